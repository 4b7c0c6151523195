/** `/source paragraph:` — the whole ¶N with its headline and speaker. */
import { MessageFlags, SlashCommandBuilder, type ChatInputCommandInteraction } from 'discord.js';
import { renderSource } from '../render.js';
import { languageOfLocale, type DiscordContext } from '../types.js';

export const data = new SlashCommandBuilder()
  .setName('source')
  .setDescription('Show a whole paragraph of the report (¶N)')
  .setDescriptionLocalizations({ 'zh-CN': '查看报告第 N 段全文（¶N）', 'zh-TW': '查看報告第 N 段全文（¶N）' })
  .addIntegerOption((option) =>
    option
      .setName('paragraph')
      .setNameLocalizations({ 'zh-CN': '段落', 'zh-TW': '段落' })
      .setDescription('Paragraph number, e.g. 3')
      .setDescriptionLocalizations({ 'zh-CN': '段落编号，例如 3', 'zh-TW': '段落編號，例如 3' })
      .setRequired(true),
  );

export async function execute(interaction: ChatInputCommandInteraction, context: DiscordContext): Promise<void> {
  const result = context.questions.source(interaction.options.getInteger('paragraph', true));
  const payload = renderSource(result, languageOfLocale(interaction.locale));
  // A paragraph is for everyone in the channel; a correction only for the asker.
  await interaction.reply(result.kind === 'paragraph' ? payload : { ...payload, flags: MessageFlags.Ephemeral });
}
