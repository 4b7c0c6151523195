/** `/ask question:` — answered with verbatim quotes and ¶N citations. */
import { SlashCommandBuilder, type ChatInputCommandInteraction } from 'discord.js';
import { renderOutcome } from '../render.js';
import { type DiscordContext } from '../types.js';

export const data = new SlashCommandBuilder()
  .setName('ask')
  .setDescription('Ask the report a question; the answer quotes it verbatim with ¶N citations')
  .setDescriptionLocalizations({ 'zh-CN': '向报告提问，回答逐字引用原文并标注段落 ¶N', 'zh-TW': '向報告提問，回答逐字引用原文並標注段落 ¶N' })
  .addStringOption((option) =>
    option
      .setName('question')
      .setNameLocalizations({ 'zh-CN': '问题', 'zh-TW': '問題' })
      .setDescription('Your question, in Chinese or English')
      .setDescriptionLocalizations({ 'zh-CN': '你的问题（中文或英文）', 'zh-TW': '你的問題（中文或英文）' })
      .setRequired(true),
  );

export async function execute(interaction: ChatInputCommandInteraction, context: DiscordContext): Promise<void> {
  // Acknowledge first: Discord drops interactions not answered within 3 s, and answers may queue.
  await interaction.deferReply();
  const question = interaction.options.getString('question', true);
  const outcome = await context.questions.ask({ platform: 'discord', chatId: interaction.channelId, userId: interaction.user.id }, question);
  // Edit the deferred original (not a follow-up), so the answer replaces the placeholder.
  await interaction.editReply(renderOutcome(outcome));
}
