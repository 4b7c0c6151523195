/**
 * Routes interactions: slash commands by name through commands/index.ts,
 * citation buttons to an ephemeral ¶N. Everything runs inside the boundary.
 */
import { MessageFlags, type ButtonInteraction, type Interaction } from 'discord.js';
import { messages } from '../shared/messages.js';
import { guardInteraction } from './boundary.js';
import { commands } from './commands/index.js';
import { parseCitationButtonId } from './custom-ids.js';
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
    await guardInteraction(interaction, context.logger, () => pressCitation(interaction, context));
  }
}

/** The whole paragraph, only for the person who pressed: the public answer stays as it is. */
async function pressCitation(interaction: ButtonInteraction, context: DiscordContext): Promise<void> {
  const language = languageOfLocale(interaction.locale);
  const paragraph = parseCitationButtonId(interaction.customId);
  const payload =
    paragraph === undefined ? textPayload(messages.unknownCommand(language)) : renderSource(context.questions.source(paragraph), language);
  await interaction.reply({ ...payload, flags: MessageFlags.Ephemeral });
}
