/** `/summary` — this channel's summary now (anyone may ask). */
import { SlashCommandBuilder, type ChatInputCommandInteraction } from 'discord.js';
import { renderSummary } from '../render-summary.js';
import { languageOfLocale, type DiscordContext } from '../types.js';

export const data = new SlashCommandBuilder()
  .setName('summary')
  .setDescription('A summary of the report now, with verbatim quotes and ¶N')
  .setDescriptionLocalizations({ 'zh-CN': '现在发送报告摘要（逐字引用，标注 ¶N）', 'zh-TW': '現在發送報告摘要（逐字引用，標注 ¶N）' });

export async function execute(interaction: ChatInputCommandInteraction, context: DiscordContext): Promise<void> {
  // Composing may take a moment (key points use the model): acknowledge within Discord's 3 s.
  await interaction.deferReply();
  const [first, ...rest] = renderSummary(await context.digest.summaryFor('discord', interaction.channelId), languageOfLocale(interaction.locale));
  if (first) await interaction.editReply(first);
  for (const payload of rest) await interaction.followUp(payload);
}
