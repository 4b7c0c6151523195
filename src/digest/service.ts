/**
 * DigestService: what the /subscribe, /unsubscribe and /summary commands of
 * every adapter call. Reports facts (`invalid_time` with the value and an
 * example); each adapter words them in its platform's language.
 */
import { type DigestService, type Platform, type SubscribeResult, type Summary, type UnsubscribeResult } from '../app/contracts.js';
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

  /**
   * One chat's commands run in the order they arrived: the store is async, so
   * without this a quick /subscribe then /unsubscribe could finish the other way round.
   */
  const chains = new Map<string, Promise<unknown>>();
  function inOrder<T>(platform: Platform, chatId: string, work: () => Promise<T>): Promise<T> {
    const key = `${platform}:${chatId}`;
    const result = (chains.get(key) ?? Promise.resolve()).then(work);
    const settled = result.then(() => undefined, () => undefined);
    chains.set(key, settled);
    void settled.then(() => {
      if (chains.get(key) === settled) chains.delete(key);
    });
    return result;
  }

  /** The next run that is still owed: a day already claimed or sent is skipped. */
  async function nextOwedRun(subscription: Subscription, now: Date): Promise<Date> {
    let run = nextRun(subscription.time, subscription.timezone, now);
    while ((await store.getSend(subscription.id, localDate(run, subscription.timezone))) !== undefined) {
      run = nextRun(subscription.time, subscription.timezone, run);
    }
    return run;
  }

  /** On demand: a preview that does not move what the next daily summary covers. `date` defaults to today in the chat's zone. */
  async function summaryOn(platform: Platform, chatId: string, date?: string): Promise<Summary> {
    const now = clock();
    const found = await store.getSubscription({ platform, chatId });
    const subscription = found?.active ? found : undefined;
    return (await composer.compose({ platform, chatId }, subscription, date ?? localDate(now, subscription?.timezone ?? deps.defaultTimezone), now)).summary;
  }

  return {
    subscribe: (request) => inOrder(request.platform, request.chatId, () => subscribe(request)),
    unsubscribe: (platform, chatId) => inOrder(platform, chatId, () => unsubscribe(platform, chatId)),
    summaryFor: (platform, chatId) => inOrder(platform, chatId, () => summaryOn(platform, chatId)),
    summaryOn,
  };

  async function subscribe(request: Parameters<DigestService['subscribe']>[0]): Promise<SubscribeResult> {
    const time = parseTime(request.time);
    if (time === undefined) return { kind: 'invalid_time', value: request.time, example: timeExample };
    const zoneInput = request.timezone?.trim() || deps.defaultTimezone;
    const timezone = parseTimezone(zoneInput);
    if (timezone === undefined) return { kind: 'invalid_timezone', value: zoneInput, example: timezoneExample };

    const now = clock();
    const chat = { platform: request.platform, chatId: request.chatId };
    const wasActive = (await store.getSubscription(chat))?.active === true;
    const { subscription, created } = await store.upsertSubscription({ ...chat, time, timezone }, now);
    // The report as it is now is the starting point: only later changes are news.
    if (created) await store.setSeenDocuments(subscription.id, core.documents, now);
    logger.info({ platform: chat.platform, chat: chat.chatId, time, timezone, created }, wasActive ? 'subscription updated' : 'subscribed');
    return { kind: wasActive ? 'updated' : 'subscribed', time, timezone, nextRunAt: await nextOwedRun(subscription, now) };
  }

  async function unsubscribe(platform: Platform, chatId: string): Promise<UnsubscribeResult> {
    const done = await store.deactivate({ platform, chatId }, 'unsubscribed', clock());
    if (done) logger.info({ platform, chat: chatId }, 'unsubscribed');
    return { kind: done ? 'unsubscribed' : 'not_subscribed' };
  }
}
