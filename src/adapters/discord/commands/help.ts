/** `/help` — what the bot does and how to ask, in the user's client language. */
import { MessageFlags, SlashCommandBuilder, type ChatInputCommandInteraction } from 'discord.js';
import { messages } from '../../shared/messages.js';
import { textPayload } from '../render.js';
import { languageOfLocale } from '../types.js';

export const data = new SlashCommandBuilder()
  .setName('help')
  .setDescription('How to ask the report questions')
  .setDescriptionLocalizations({ 'zh-CN': '使用说明', 'zh-TW': '使用說明' });

export async function execute(interaction: ChatInputCommandInteraction): Promise<void> {
  await interaction.reply({ ...textPayload(messages.help(languageOfLocale(interaction.locale))), flags: MessageFlags.Ephemeral });
}
