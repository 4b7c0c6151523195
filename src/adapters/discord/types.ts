/**
 * What every slash command module provides, and what handlers receive.
 * Handlers see services only — never the core, the model or the index.
 */
import { type ChatInputCommandInteraction, type RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import { type DigestService, type QuestionService } from '../../app/contracts.js';
import { type PlatformErrorReporter } from '../../app/observer.js';
import { type Language } from '../../core/reply.js';
import { type Logger } from '../../logger.js';

export interface DiscordContext {
  questions: QuestionService;
  digest: DigestService;
  logger: Logger;
  /** Counts failed Discord calls (metrics); optional. */
  onPlatformError?: PlatformErrorReporter;
}

/** One slash command: its definition (uploaded by `npm run discord:commands`) and its handler. */
export interface Command {
  data: { readonly name: string; toJSON(): RESTPostAPIChatInputApplicationCommandsJSONBody };
  execute(interaction: ChatInputCommandInteraction, context: DiscordContext): Promise<void>;
}

/** Chinese for Chinese Discord clients, English otherwise (for replies that have no question to go by). */
export function languageOfLocale(locale: string | null | undefined): Language {
  return locale?.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}
