/** `/source paragraph:` — the whole paragraph (`N`, or `DOC#N` when there are several documents) with its headline and speaker. */
import { MessageFlags, SlashCommandBuilder, type ChatInputCommandInteraction } from 'discord.js';
import { renderSource } from '../render.js';
import { languageOfLocale, type DiscordContext } from '../types.js';

export const data = new SlashCommandBuilder()
  .setName('source')
  .setDescription('Show a whole paragraph of a document (FILE#N)')
  .setDescriptionLocalizations({ 'zh-CN': '查看文件第 N 段全文（文件#N）', 'zh-TW': '查看文件第 N 段全文（文件#N）' })
  .addStringOption((option) =>
    option
      .setName('paragraph')
      .setNameLocalizations({ 'zh-CN': '段落', 'zh-TW': '段落' })
      .setDescription('FILE#N, e.g. report.txt#3 (just 3 when there is one file)')
      .setDescriptionLocalizations({ 'zh-CN': '文件#段落编号，例如 report.txt#3（只有一个文件时写 3）', 'zh-TW': '文件#段落編號，例如 report.txt#3（只有一個文件時寫 3）' })
      .setMaxLength(300)
      .setRequired(true),
  );

export async function execute(interaction: ChatInputCommandInteraction, context: DiscordContext): Promise<void> {
  const result = context.questions.source(interaction.options.getString('paragraph', true));
  const payload = renderSource(result, languageOfLocale(interaction.locale));
  // A paragraph is for everyone in the channel; a correction only for the asker.
  await interaction.reply(result.kind === 'paragraph' ? payload : { ...payload, flags: MessageFlags.Ephemeral });
}
