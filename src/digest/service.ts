/**
 * DigestService: what the /subscribe, /unsubscribe and /summary commands of
 * every adapter call. Reports facts (`invalid_time` with the value and an
 * example); each adapter words them in its platform's language.
 */
import { type DigestService, type Platform, type SubscribeResult, type Summary } from '../app/contracts.js';
import { type ReportCore } from '../core/core.js';
import { type Logger } from '../logger.js';
import { localDate, nextRun, parseTime, parseTimezone, timeExample, timezoneExample } from './schedule.js';
import { type DigestStore, type Subscription } from './store.js';
import { type Composer } from './summary.js';

export function createDigestService(deps: {
  core: ReportCore;
  store: DigestStore;
  composer: Composer;
  defaultTimezone: string;
  logger: Logger;
  clock: () => Date;
}): DigestService & { summaryOn(platform: Platform, chatId: string, date?: string): Promise<Summary> } {
  const { core, store, composer, logger, clock } = deps;

  /** The next run that is still owed: a day already claimed or sent is skipped. */
  function nextOwedRun(subscription: Subscription, now: Date): Date {
    let run = nextRun(subscription.time, subscription.timezone, now);
    while (store.getSend(subscription.id, localDate(run, subscription.timezone)) !== undefined) {
      run = nextRun(subscription.time, subscription.timezone, run);
    }
    return run;
  }

  /** On demand: a preview that does not move what the next daily summary covers. `date` defaults to today in the chat's zone. */
  async function summaryOn(platform: Platform, chatId: string, date?: string): Promise<Summary> {
    const now = clock();
    const found = store.getSubscription({ platform, chatId });
    const subscription = found?.active ? found : undefined;
    return (await composer.compose({ platform, chatId }, subscription, date ?? localDate(now, subscription?.timezone ?? deps.defaultTimezone), now)).summary;
  }

  return {
    subscribe(request): SubscribeResult {
      const time = parseTime(request.time);
      if (time === undefined) return { kind: 'invalid_time', value: request.time, example: timeExample };
      const zoneInput = request.timezone?.trim() || deps.defaultTimezone;
      const timezone = parseTimezone(zoneInput);
      if (timezone === undefined) return { kind: 'invalid_timezone', value: zoneInput, example: timezoneExample };

      const now = clock();
      const chat = { platform: request.platform, chatId: request.chatId };
      const wasActive = store.getSubscription(chat)?.active === true;
      const { subscription, created } = store.upsertSubscription({ ...chat, time, timezone }, now);
      // The report as it is now is the starting point: only later changes are news.
      if (created) store.setSeenDocuments(subscription.id, core.documents, now);
      logger.info({ platform: chat.platform, chat: chat.chatId, time, timezone, created }, wasActive ? 'subscription updated' : 'subscribed');
      return { kind: wasActive ? 'updated' : 'subscribed', time, timezone, nextRunAt: nextOwedRun(subscription, now) };
    },

    unsubscribe(platform: Platform, chatId: string) {
      const done = store.deactivate({ platform, chatId }, 'unsubscribed', clock());
      if (done) logger.info({ platform, chat: chatId }, 'unsubscribed');
      return { kind: done ? 'unsubscribed' : 'not_subscribed' };
    },

    summaryFor(platform: Platform, chatId: string) {
      return summaryOn(platform, chatId);
    },
    summaryOn,
  };
}
