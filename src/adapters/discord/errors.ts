/**
 * Errors as log fields. discord.js errors carry the request URL and body;
 * interaction URLs embed the interaction token, so only the name, message,
 * codes and stack are logged (the bot token is also scrubbed by the logger).
 */
import { DiscordAPIError, HTTPError, RateLimitError } from 'discord.js';

export interface ErrorFields {
  name: string;
  message: string;
  code?: number | string;
  status?: number;
  stack?: string;
}

export function describeError(error: unknown): ErrorFields {
  if (!(error instanceof Error)) return { name: 'NonError', message: String(error) };
  const fields: ErrorFields = { name: error.name, message: error.message };
  if (error.stack !== undefined) fields.stack = error.stack;
  if (error instanceof DiscordAPIError) {
    fields.code = error.code;
    fields.status = error.status;
  } else if (error instanceof HTTPError) {
    fields.status = error.status;
  } else if (error instanceof RateLimitError) {
    fields.status = 429;
  }
  return fields;
}
