/**
 * Posts daily summaries into Discord channels and tells the scheduler what
 * happened: `gone` when the bot can no longer post there (deactivate the
 * subscription), `failed` when a retry may help.
 */
import { DiscordAPIError, RateLimitError, Routes, type REST } from 'discord.js';
import { type DeliveryResult, type Summary, type SummarySink } from '../../app/contracts.js';
import { type PlatformErrorReporter } from '../../app/observer.js';
import { reportPlatformError } from './errors.js';
import { renderSummary } from './render-summary.js';
import { type DiscordPayload } from './render.js';

/** Missing Access, Unknown Channel, Missing Permissions: the bot was removed or muted there. */
const GONE_CODES = new Set([50001, 10003, 50013]);

/** The REST body of a channel message (discord.js options use camelCase; the API does not). */
export function toApiBody(payload: DiscordPayload): Record<string, unknown> {
  return {
    content: payload.content,
    embeds: payload.embeds,
    components: payload.components,
    allowed_mentions: { parse: payload.allowedMentions.parse, replied_user: payload.allowedMentions.repliedUser },
  };
}

export function classifyDeliveryError(error: unknown): DeliveryResult {
  if (error instanceof DiscordAPIError) {
    const detail = `Discord ${error.status} ${String(error.code)}: ${error.message}`;
    if (GONE_CODES.has(Number(error.code)) || error.status === 403 || error.status === 404) return { kind: 'gone', detail };
    return { kind: 'failed', detail };
  }
  if (error instanceof RateLimitError) return { kind: 'failed', detail: `Discord rate limit on ${error.route}`, retryAfterMs: error.retryAfter };
  return { kind: 'failed', detail: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
}

export function createDiscordSink(rest: REST, onPlatformError?: PlatformErrorReporter): SummarySink {
  return {
    platform: 'discord',
    async deliver(channelId: string, summary: Summary): Promise<DeliveryResult> {
      try {
        for (const payload of renderSummary(summary)) {
          await rest.post(Routes.channelMessages(channelId), { body: toApiBody(payload) });
        }
        return { kind: 'delivered' };
      } catch (error) {
        reportPlatformError(onPlatformError, error);
        return classifyDeliveryError(error);
      }
    },
  };
}
