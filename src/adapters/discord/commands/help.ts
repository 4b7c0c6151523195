/** `/help` — what the bot does and how to ask, in the user's client language. */
import { setTimeout as sleep } from 'node:timers/promises';
import { MessageFlags, SlashCommandBuilder, type ChatInputCommandInteraction } from 'discord.js';
import { messages } from '../../shared/messages.js';
import { textPayload } from '../render.js';
import { languageOfLocale, type DiscordContext } from '../types.js';

export const data = new SlashCommandBuilder()
  .setName('help')
  .setDescription('How to ask the report questions')
  .setDescriptionLocalizations({ 'zh-CN': '使用说明', 'zh-TW': '使用說明' });

/** Examples are computed once per index; if that is still running, help goes out without them rather than late. */
const EXAMPLES_WAIT_MS = 2_000;

export async function execute(interaction: ChatInputCommandInteraction, context: DiscordContext): Promise<void> {
  const language = languageOfLocale(interaction.locale);
  const examples = await Promise.race([context.questions.examples(language), sleep(EXAMPLES_WAIT_MS, [] as string[], { ref: false })]);
  await interaction.reply({ ...textPayload(messages.help(language, examples)), flags: MessageFlags.Ephemeral });
}
