/** `/subscribe time:HH:MM timezone:<IANA>` — a daily summary in this channel (Manage Channels only). */
import { InteractionContextType, MessageFlags, PermissionFlagsBits, SlashCommandBuilder, type ChatInputCommandInteraction } from 'discord.js';
import { subscribeResult } from '../../shared/messages.js';
import { requireManageChannels } from '../permissions.js';
import { textPayload } from '../render.js';
import { languageOfLocale, type DiscordContext } from '../types.js';

export const data = new SlashCommandBuilder()
  .setName('subscribe')
  .setDescription('Post a summary of the report in this channel every day')
  .setDescriptionLocalizations({ 'zh-CN': '每天在本频道发送报告摘要', 'zh-TW': '每天在本頻道發送報告摘要' })
  .setDefaultMemberPermissions(PermissionFlagsBits.ManageChannels)
  .setContexts(InteractionContextType.Guild)
  .addStringOption((option) =>
    option
      .setName('time')
      .setNameLocalizations({ 'zh-CN': '时间', 'zh-TW': '時間' })
      .setDescription('Local time, 24-hour HH:MM, e.g. 09:00')
      .setDescriptionLocalizations({ 'zh-CN': '当地时间，24 小时制 HH:MM，例如 09:00', 'zh-TW': '當地時間，24 小時制 HH:MM，例如 09:00' })
      .setRequired(true)
      .setMaxLength(5),
  )
  .addStringOption((option) =>
    option
      .setName('timezone')
      .setNameLocalizations({ 'zh-CN': '时区', 'zh-TW': '時區' })
      .setDescription('IANA time zone, e.g. Asia/Shanghai (the default) or Europe/Berlin')
      .setDescriptionLocalizations({ 'zh-CN': 'IANA 时区，例如 Asia/Shanghai（默认）', 'zh-TW': 'IANA 時區，例如 Asia/Shanghai（預設）' })
      .setMaxLength(64),
  );

export async function execute(interaction: ChatInputCommandInteraction, context: DiscordContext): Promise<void> {
  if (!(await requireManageChannels(interaction))) return;
  const timezone = interaction.options.getString('timezone') ?? undefined;
  const result = await context.digest.subscribe({ platform: 'discord', chatId: interaction.channelId, time: interaction.options.getString('time', true), ...(timezone ? { timezone } : {}) });
  const payload = textPayload(subscribeResult(result, languageOfLocale(interaction.locale)));
  // The channel should see that it now gets summaries; a typo is only the asker's business.
  const ok = result.kind === 'subscribed' || result.kind === 'updated';
  await interaction.reply(ok ? payload : { ...payload, flags: MessageFlags.Ephemeral });
}
