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

/**
 * The label a failed Discord call is counted under: Discord's JSON error code
 * (50013 Missing Permissions, 10062 Unknown Interaction…), else the HTTP
 * status, `rate_limited` or `network`; undefined for errors that are not the
 * platform's (a bug of ours is not a Discord error).
 */
export function platformErrorCode(error: unknown): string | undefined {
  if (error instanceof DiscordAPIError) return String(error.code === 0 ? error.status : error.code);
  if (error instanceof HTTPError) return String(error.status);
  if (error instanceof RateLimitError) return 'rate_limited';
  if (error instanceof Error && (error.name === 'AbortError' || /ECONN|ETIMEDOUT|ENOTFOUND|EAI_AGAIN|fetch failed|socket/i.test(`${error.message} ${String((error as { code?: unknown }).code ?? '')}`))) return 'network';
  return undefined;
}

/** Calls `report` with the error's code when it is a platform error. */
export function reportPlatformError(report: ((code: string) => void) | undefined, error: unknown): void {
  const code = report === undefined ? undefined : platformErrorCode(error);
  if (code !== undefined) report?.(code);
}
