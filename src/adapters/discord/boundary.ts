/**
 * The adapter's one error boundary. Whatever fails inside a handler is logged
 * with the interaction or message id (never a token) and answered with an
 * apology; nothing propagates, so one bad answer never stops the bot.
 */
import { MessageFlags, type Message, type RepliableInteraction } from 'discord.js';
import { detectLanguage } from '../../core/query/language.js';
import { messages } from '../shared/messages.js';
import { describeError, reportPlatformError } from './errors.js';
import { textPayload } from './render.js';
import { languageOfLocale, type DiscordContext } from './types.js';

/** What the boundary needs: where to log, and where to count platform errors. */
type Reporting = Pick<DiscordContext, 'logger' | 'onPlatformError'>;

/** Runs `work` for an interaction; on failure apologises where the user will see it. */
export async function guardInteraction(interaction: RepliableInteraction, reporting: Reporting, work: () => Promise<void>): Promise<void> {
  const { logger } = reporting;
  try {
    await work();
  } catch (error) {
    reportPlatformError(reporting.onPlatformError, error);
    const what = interaction.isChatInputCommand() ? `/${interaction.commandName}` : interaction.isButton() ? `button ${interaction.customId}` : 'interaction';
    logger.error({ err: describeError(error), interaction: interaction.id, what }, 'discord: answering an interaction failed');
    const apology = textPayload(messages.failed(languageOfLocale(interaction.locale)));
    try {
      // Deferred but not yet answered: replace the "thinking…" placeholder.
      if (interaction.deferred && !interaction.replied) await interaction.editReply(apology);
      else if (interaction.replied) await interaction.followUp({ ...apology, flags: MessageFlags.Ephemeral });
      else await interaction.reply({ ...apology, flags: MessageFlags.Ephemeral });
    } catch (second) {
      reportPlatformError(reporting.onPlatformError, second);
      logger.warn({ err: describeError(second), interaction: interaction.id }, 'discord: could not send the apology either');
    }
  }
}

/** Runs `work` for a channel message or DM; on failure replies with an apology. */
export async function guardMessage(message: Message, reporting: Reporting, work: () => Promise<void>): Promise<void> {
  const { logger } = reporting;
  try {
    await work();
  } catch (error) {
    reportPlatformError(reporting.onPlatformError, error);
    logger.error({ err: describeError(error), message: message.id, channel: message.channelId }, 'discord: answering a message failed');
    try {
      await message.reply({ ...textPayload(messages.failed(detectLanguage(message.content))), failIfNotExists: false });
    } catch (second) {
      reportPlatformError(reporting.onPlatformError, second);
      logger.warn({ err: describeError(second), message: message.id }, 'discord: could not send the apology either');
    }
  }
}
