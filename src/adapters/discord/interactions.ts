/**
 * Routes interactions: slash commands by name through commands/index.ts,
 * citation buttons to an ephemeral ¶N. Everything runs inside the boundary.
 */
import { MessageFlags, type ButtonInteraction, type Interaction } from 'discord.js';
import { type Vote } from '../../app/contracts.js';
import { messages } from '../shared/messages.js';
import { guardInteraction } from './boundary.js';
import { commands } from './commands/index.js';
import { parseCitationButtonId, parseVoteButtonId } from './custom-ids.js';
import { renderSource, textPayload } from './render.js';
import { languageOfLocale, type Command, type DiscordContext } from './types.js';

const byName = new Map<string, Command>(commands.map((command) => [command.data.name, command]));

export async function handleInteraction(interaction: Interaction, context: DiscordContext): Promise<void> {
  if (interaction.isChatInputCommand()) {
    const command = byName.get(interaction.commandName);
    await guardInteraction(interaction, context.logger, async () => {
      if (command) return command.execute(interaction, context);
      // A command registered by an older version of the bot.
      await interaction.reply({ ...textPayload(messages.unknownCommand(languageOfLocale(interaction.locale))), flags: MessageFlags.Ephemeral });
    });
  } else if (interaction.isButton()) {
    const vote = parseVoteButtonId(interaction.customId);
    await guardInteraction(interaction, context.logger, () => (vote ? pressVote(interaction, context, vote) : pressCitation(interaction, context)));
  }
}

/** 👍/👎: stored against the logged answer; only the voter sees the thanks, the public answer stays as it is. */
async function pressVote(interaction: ButtonInteraction, context: DiscordContext, pressed: { vote: Vote; questionId: number }): Promise<void> {
  const voter = { platform: 'discord' as const, chatId: interaction.channelId, userId: interaction.user.id };
  const result = await context.questions.vote(voter, pressed.questionId, pressed.vote);
  await interaction.reply({ ...textPayload(messages.voted(languageOfLocale(interaction.locale), result, pressed.vote)), flags: MessageFlags.Ephemeral });
}

/** The whole paragraph, only for the person who pressed: the public answer stays as it is. */
async function pressCitation(interaction: ButtonInteraction, context: DiscordContext): Promise<void> {
  const language = languageOfLocale(interaction.locale);
  const paragraph = parseCitationButtonId(interaction.customId);
  const payload =
    paragraph === undefined ? textPayload(messages.unknownCommand(language)) : renderSource(context.questions.source(paragraph), language);
  await interaction.reply({ ...payload, flags: MessageFlags.Ephemeral });
}
