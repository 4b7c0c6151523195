/** `/unsubscribe` — stop this channel's daily summary (Manage Channels only). */
import { InteractionContextType, PermissionFlagsBits, SlashCommandBuilder, type ChatInputCommandInteraction } from 'discord.js';
import { messages } from '../../shared/messages.js';
import { requireManageChannels } from '../permissions.js';
import { textPayload } from '../render.js';
import { languageOfLocale, type DiscordContext } from '../types.js';

export const data = new SlashCommandBuilder()
  .setName('unsubscribe')
  .setDescription("Stop this channel's daily summary")
  .setDescriptionLocalizations({ 'zh-CN': '取消本频道的每日摘要', 'zh-TW': '取消本頻道的每日摘要' })
  .setDefaultMemberPermissions(PermissionFlagsBits.ManageChannels)
  .setContexts(InteractionContextType.Guild);

export async function execute(interaction: ChatInputCommandInteraction, context: DiscordContext): Promise<void> {
  if (!(await requireManageChannels(interaction))) return;
  const result = await context.digest.unsubscribe('discord', interaction.channelId);
  const language = languageOfLocale(interaction.locale);
  await interaction.reply(textPayload(result.kind === 'unsubscribed' ? messages.unsubscribed(language) : messages.notSubscribed(language)));
}
