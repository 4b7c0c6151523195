/**
 * A local Telegram Bot API for end-to-end tests.
 *
 * Which: the `telegram-test-api` emulator (its getMe, sendMessage storage,
 * getUpdates queue, callback queries), extended with ONE express middleware
 * inserted into its router BEFORE its routes. Why: the emulator already models
 * the parts telegraf exercises most; what it lacks is small and fits in one
 * middleware: (a) stubs for sendChatAction/setMyCommands (it answers 500),
 * getChatMember, setWebhook/deleteWebhook, each call recorded; (b) a long-poll
 * hold for getUpdates (it ignores `timeout`, so polling would spin); (c) fault
 * injection — 429 with retry_after, 5xx, 403/400, or a stalled response — for
 * the next N calls of a method. Writing a whole Bot API fake would duplicate
 * the emulator's update bookkeeping for no gain.
 */
import { freePort } from '../helpers/ports.js';
import type { NextFunction, Request, Response } from 'express';
import { TelegramServer } from 'telegram-test-api/lib/telegramServer.js';
import { type MessageRequest } from 'telegram-test-api/lib/modules/telegramClient.js';
import { type Chat, type Message, type MessageEntity, type Update, type User } from 'telegraf/types';

export interface RecordedCall {
  method: string;
  body: Record<string, unknown>;
  at: number;
  /** Which bot process made the call, when it was pointed at `apiRootFor(instance)`. */
  instance?: string;
}

/** What the bot sent, as the emulator stored it (the sendMessage parameters). */
export interface SentMessage {
  messageId: number;
  chatId: string;
  text: string;
  parseMode?: string;
  replyTo?: number;
  buttons: { text: string; callback_data: string }[];
}

export type Failure =
  | { status: 429; retryAfter: number }
  | { status: 500 | 502 | 503 }
  | { status: 400 | 401 | 403; description: string }
  /** Hold the request this long before answering normally (or until the client gives up). */
  | { stallMs: number }
  /** Close the connection without answering, as a server closing an idle keep-alive socket does. */
  | { reset: true }
  /** Execute the call (a message is posted) but never answer: the sender cannot know it arrived. */
  | { acceptThenHang: true };

type Layer = { route?: unknown };
type ExpressApp = { use(fn: (req: Request, res: Response, next: NextFunction) => void): void; _router?: { stack: Layer[] } };

export const BOT = { id: 666, username: 'TestNameBot' } as const;
export const TOKEN = '123456789:fake-token-for-tests-only';

export class FakeTelegram {
  readonly calls: RecordedCall[] = [];
  /** `${chatId}:${userId}` → status answered by getChatMember (default `member`). */
  readonly members = new Map<string, string>();
  webhook: { url: string; secret?: string } | undefined;
  private readonly failures = new Map<string, Failure[]>();
  private readonly matchedFailures: { method: string; match: (body: Record<string, unknown>) => boolean; failure: Failure }[] = [];
  private readonly holds = new Set<() => void>();
  private readonly hung = new Set<Response>();
  private webhookUpdateId = 900_000;
  private sending: Promise<unknown> = Promise.resolve();

  private constructor(
    readonly emulator: TelegramServer,
    readonly apiRoot: string,
    private readonly holdMs: number,
  ) {}

  /** Starts on 127.0.0.1 at a free port. `holdMs` bounds the getUpdates long-poll hold. */
  static async start(options: { holdMs?: number } = {}): Promise<FakeTelegram> {
    const port = await freePort();
    const emulator = new TelegramServer({ port, host: '127.0.0.1', storeTimeout: 600 });
    const fake = new FakeTelegram(emulator, `http://127.0.0.1:${port}`, options.holdMs ?? 1_000);
    fake.insertBeforeRoutes((req, res, next) => fake.handle(req, res, next));
    await emulator.start();
    return fake;
  }

  /** The emulator registers its routes in its constructor; move our middleware in front of the first one. */
  private insertBeforeRoutes(middleware: (req: Request, res: Response, next: NextFunction) => void): void {
    const app = (this.emulator as unknown as { webServer: ExpressApp }).webServer;
    app.use(middleware);
    const stack = app._router?.stack;
    const ours = stack?.pop();
    const firstRoute = stack?.findIndex((layer) => layer.route !== undefined) ?? -1;
    if (stack === undefined || ours === undefined || firstRoute < 0) {
      throw new Error('FakeTelegram: telegram-test-api no longer exposes an express 4 router stack — update insertBeforeRoutes');
    }
    stack.splice(firstRoute, 0, ours);
  }

  /** The next `times` calls of `method` fail this way. */
  failNext(method: string, failure: Failure, times = 1): void {
    this.failures.set(method, [...(this.failures.get(method) ?? []), ...Array<Failure>(times).fill(failure)]);
  }

  /** The next call of `method` whose parameters match fails this way (once). */
  failWhen(method: string, match: (body: Record<string, unknown>) => boolean, failure: Failure): void {
    this.matchedFailures.push({ method, match, failure });
  }

  /**
   * An API root for one of several bot processes: calls through it reach the
   * same emulator, recorded with `instance`, so a test knows which process
   * made a call (in production each simply uses https://api.telegram.org).
   */
  apiRootFor(instance: string): string {
    if (!/^[a-z0-9-]+$/.test(instance)) throw new Error(`FakeTelegram: instance name ${JSON.stringify(instance)} must be a-z 0-9 -`);
    return `${this.apiRoot}/i/${instance}`;
  }

  callsOf(method: string): RecordedCall[] {
    return this.calls.filter((call) => call.method === method);
  }

  private handle(req: Request, res: Response, next: NextFunction): void {
    const match = /^(?:\/i\/([a-z0-9-]+))?\/bot[^/]+\/([A-Za-z]+)$/.exec(req.path);
    if (match?.[2] === undefined) return next();
    const [, instance, method] = match;
    // The emulator's routes know no instance prefix: strip it before they match.
    if (instance !== undefined) req.url = req.url.slice(`/i/${instance}`.length);
    const body = { ...(req.query as Record<string, unknown>), ...((req.body ?? {}) as Record<string, unknown>) };
    this.calls.push({ method, body, at: Date.now(), ...(instance === undefined ? {} : { instance }) });
    const matched = this.matchedFailures.findIndex((entry) => entry.method === method && entry.match(body));
    const failure = matched >= 0 ? this.matchedFailures.splice(matched, 1)[0]?.failure : this.failures.get(method)?.shift();
    if (failure !== undefined) return this.fail(failure, res, () => this.serve(method, body, res, next));
    this.serve(method, body, res, next);
  }

  private serve(method: string, body: Record<string, unknown>, res: Response, next: NextFunction): void {
    const ok = (result: unknown): void => void res.json({ ok: true, result });
    switch (method) {
      case 'sendChatAction':
      case 'setMyCommands':
      case 'deleteWebhook':
        return ok(true);
      case 'setWebhook':
        this.webhook = { url: String(body.url), ...(typeof body.secret_token === 'string' ? { secret: body.secret_token } : {}) };
        return ok(true);
      case 'getChatMember':
        return ok({ user: { id: Number(body.user_id), is_bot: false, first_name: 'Member' }, status: this.members.get(`${String(body.chat_id)}:${String(body.user_id)}`) ?? 'member' });
      case 'getUpdates':
        return this.holdUpdates(body, res, next);
      default:
        return next();
    }
  }

  private fail(failure: Failure, res: Response, passThrough: () => void): void {
    if ('stallMs' in failure) {
      this.hold(failure.stallMs, res, passThrough);
      return;
    }
    if ('reset' in failure) {
      res.socket?.destroy();
      return;
    }
    if ('acceptThenHang' in failure) {
      // The emulator stores the message; its answer is swallowed and the connection left open until stop().
      const silent = res as Response & { sendResult?: unknown };
      silent.sendResult = () => undefined;
      silent.json = () => res;
      silent.send = () => res;
      this.hung.add(res);
      res.once('close', () => this.hung.delete(res));
      passThrough();
      return;
    }
    if (failure.status === 429) {
      res.status(429).json({ ok: false, error_code: 429, description: `Too Many Requests: retry after ${failure.retryAfter}`, parameters: { retry_after: failure.retryAfter } });
    } else if (failure.status === 400 || failure.status === 401 || failure.status === 403) {
      res.status(failure.status).json({ ok: false, error_code: failure.status, description: failure.description });
    } else {
      res.status(failure.status).send('Bad Gateway');
    }
  }

  /** Long polling: with nothing queued, wait for a user update (or the hold limit) before answering. */
  private holdUpdates(body: Record<string, unknown>, res: Response, next: NextFunction): void {
    const waitMs = Math.min(Number(body.timeout ?? 0) * 1000, this.holdMs);
    const queued = this.emulator.storage.userMessages.some((update) => !update.isRead);
    if (queued || !(waitMs > 0)) return next();
    const events = ['AddedUserMessage', 'AddedUserCommand', 'AddedUserCallbackQuery'];
    const wake = (): void => release();
    const release = this.hold(waitMs, res, next, () => events.forEach((event) => this.emulator.off(event, wake)));
    events.forEach((event) => this.emulator.on(event, wake));
  }

  /** Calls `then` after `ms` or when released; drops it if the client hung up. Returns the releaser. */
  private hold(ms: number, res: Response, then: () => void, cleanup: () => void = () => undefined): () => void {
    let done = false;
    const release = (): void => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      cleanup();
      this.holds.delete(release);
      if (!res.destroyed && !res.writableEnded) then();
    };
    const timer = setTimeout(release, ms);
    // 'close' before we answered: the client gave up (telegraf's abort on stop, or our poll deadline).
    res.once('close', release);
    this.holds.add(release);
    return release;
  }

  /**
   * A user writes in a chat; resolves with the message_id the bot will see.
   * Sends are serialised: the emulator reads its message counter before an
   * await and bumps it after, so two concurrent sends would share an id.
   */
  send(message: UserMessage): Promise<number> {
    const sent = this.sending.then(async () => {
      await this.emulator.addUserMessage({ ...message, botToken: TOKEN, date: Math.floor(Date.now() / 1000) } as unknown as MessageRequest);
      const stored = this.emulator.storage.userMessages.at(-1);
      if (stored === undefined) throw new Error('FakeTelegram: the emulator did not store the message');
      return stored.messageId;
    });
    this.sending = sent.catch(() => undefined);
    return sent;
  }

  /** A user presses an inline button under `message` (one of the bot's). */
  async press(data: string, from: User, message: SentMessage, chat: Chat): Promise<void> {
    await this.emulator.addUserCallback({ botToken: TOKEN, date: Math.floor(Date.now() / 1000), from, data, message: { message_id: message.messageId, chat, date: 0 } });
  }

  /**
   * Posts a message update to the registered webhook, as Telegram would: with the
   * registered secret unless told otherwise (null: no header). `url` overrides
   * where it goes (one of several instances behind the public URL). Resolves
   * with the HTTP status the bot answered.
   */
  async deliverToWebhook(message: UserMessage, secret: string | null = this.webhook?.secret ?? null, url?: string): Promise<number> {
    const id = ++this.webhookUpdateId;
    return this.postUpdate({ update_id: id, message: { ...message, message_id: id, date: Math.floor(Date.now() / 1000) } }, secret, url);
  }

  /** Posts a press of button `data` under the bot's `message` to the webhook (see deliverToWebhook). */
  async deliverPressToWebhook(data: string, from: User, message: SentMessage, chat: Chat, secret: string | null = this.webhook?.secret ?? null, url?: string): Promise<number> {
    const id = ++this.webhookUpdateId;
    const callback = { id: String(id), from, chat_instance: String(chat.id), data, message: { message_id: message.messageId, chat, date: 0, text: message.text } };
    return this.postUpdate({ update_id: id, callback_query: callback }, secret, url);
  }

  /** The message_id the last deliverToWebhook gave its message. */
  get lastWebhookMessageId(): number {
    return this.webhookUpdateId;
  }

  private async postUpdate(update: Record<string, unknown>, secret: string | null, url: string | undefined): Promise<number> {
    const target = url ?? this.webhook?.url;
    if (target === undefined) throw new Error('FakeTelegram: no webhook registered');
    const response = await fetch(target, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(secret === null ? {} : { 'x-telegram-bot-api-secret-token': secret }) },
      body: JSON.stringify(update as unknown as Update),
    });
    return response.status;
  }

  sent(chatId?: number): SentMessage[] {
    return this.emulator.storage.botMessages
      .filter((stored) => chatId === undefined || String(stored.message.chat_id) === String(chatId))
      .map((stored) => {
        const body = stored.message as unknown as Record<string, unknown>;
        const markup = body.reply_markup as { inline_keyboard?: { text: string; callback_data: string }[][] } | undefined;
        const replyParameters = body.reply_parameters as { message_id?: number } | undefined;
        return {
          messageId: stored.messageId,
          chatId: String(body.chat_id),
          text: String(body.text),
          ...(typeof body.parse_mode === 'string' ? { parseMode: body.parse_mode } : {}),
          ...(replyParameters?.message_id === undefined ? {} : { replyTo: Number(replyParameters.message_id) }),
          buttons: markup?.inline_keyboard?.flat() ?? [],
        };
      });
  }

  /** Waits until `chatId` has received at least `count` messages after `after` of them; returns the new ones. */
  async waitForMessages(chatId: number, count = 1, options: { after?: number; timeoutMs?: number } = {}): Promise<SentMessage[]> {
    const after = options.after ?? 0;
    const deadline = Date.now() + (options.timeoutMs ?? 10_000);
    for (;;) {
      const fresh = this.sent(chatId).slice(after);
      if (fresh.length >= count) return fresh;
      if (Date.now() > deadline) throw new Error(`FakeTelegram: chat ${chatId} got ${fresh.length} of ${count} messages in time`);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }

  async stop(): Promise<void> {
    for (const release of [...this.holds]) release();
    for (const res of [...this.hung]) res.socket?.destroy();
    await this.emulator.stop();
  }
}

export type UserMessage = Omit<Partial<Message.TextMessage>, 'chat' | 'from'> & { chat: Chat; from: User } & Record<string, unknown>;

export const user = (id: number, language_code?: string): User => ({ id, is_bot: false, first_name: `User${id}`, ...(language_code === undefined ? {} : { language_code }) });
export const privateChat = (id: number): Chat.PrivateChat => ({ id, type: 'private', first_name: `User${id}` });
export const groupChat = (id: number): Chat.SupergroupChat => ({ id, type: 'supergroup', title: `Group ${id}` });

/** A text message, with `bot_command` / `mention` entities marked as Telegram would. */
export function text(chat: Chat, from: User, body: string, extra: Partial<UserMessage> = {}): UserMessage {
  const entities: MessageEntity[] = [];
  const command = /^\/[A-Za-z0-9_]+(@[A-Za-z0-9_]+)?/.exec(body);
  if (command !== null) entities.push({ type: 'bot_command', offset: 0, length: command[0].length });
  for (const mention of body.matchAll(/@[A-Za-z0-9_]{5,32}/g)) {
    // `/ask@bot` is one command entity, not a mention.
    if (command !== null && mention.index < command[0].length) continue;
    entities.push({ type: 'mention', offset: mention.index, length: mention[0].length });
  }
  return { chat, from, text: body, ...(entities.length > 0 ? { entities } : {}), ...extra };
}

/** The bot's message as it appears in `reply_to_message`. */
export function botMessage(sent: SentMessage, chat: Chat): NonNullable<Message.TextMessage['reply_to_message']> {
  return { message_id: sent.messageId, from: { id: BOT.id, is_bot: true, first_name: 'Bot', username: BOT.username }, chat, date: 0, text: sent.text } as unknown as NonNullable<Message.TextMessage['reply_to_message']>;
}

export { freePort };
