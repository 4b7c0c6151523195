/**
 * A local fake of Discord's REST API and gateway on 127.0.0.1, enough for a
 * real discord.js v14 Client: GET /gateway/bot points the client at our own
 * WebSocket; the gateway speaks JSON (no compression) with HELLO, IDENTIFY →
 * READY + GUILD_CREATE, RESUME → RESUMED and heartbeat ACKs. Every REST
 * request is recorded so tests can assert on what the bot sent; tests inject
 * gateway events, close the socket, or answer one request with an error/429.
 *
 * Sharding as Discord does it: GET /gateway/bot recommends `shards`; each
 * connection's IDENTIFY names `shard: [id, count]`; READY and GUILD_CREATE list
 * only that shard's guilds, and a guild's events go only to the connection of
 * shard (guild_id >> 22) % count (DMs to shard 0).
 */
import http from 'node:http';
import { type AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import { routeRest } from './discord-routes.js';
import { FakeIds, shardOf, type RecordedRequest, type CannedResponse, type FakeState } from './discord-state.js';

export { type RecordedRequest } from './discord-state.js';

interface GatewayFrame {
  op: number;
  d?: unknown;
  s?: number | null;
  t?: string | null;
}

/** A frame the client sent, with the shard of the connection it came on (undefined before IDENTIFY/RESUME). */
export type ReceivedFrame = GatewayFrame & { shard?: number };

export interface FakeDiscordOptions {
  /** Shard count GET /gateway/bot recommends (default 1). */
  shards?: number;
  /** Identify concurrency it reports (default: the shard count, so shards connect without the 5 s spacing). */
  maxConcurrency?: number;
}

/** One gateway connection: its shard once identified, and its own sequence numbers. */
interface Connection {
  shard: [number, number] | undefined;
  seq: number;
}

export class FakeDiscord {
  readonly ids = new FakeIds();
  readonly requests: RecordedRequest[] = [];
  /** Gateway frames the client sent (IDENTIFY, RESUME, heartbeats), each with its connection's shard. */
  readonly gatewayFrames: ReceivedFrame[] = [];
  /** Every DISPATCH the tests injected, with the shard it was sent on. */
  readonly dispatched: { t: string; shard: number }[] = [];
  private readonly state: FakeState;
  private readonly server: http.Server;
  private readonly wss: WebSocketServer;
  private readonly connections = new Map<WebSocket, Connection>();
  private readonly waiters = new Set<() => void>();
  port = 0;

  private constructor(options: FakeDiscordOptions) {
    const shards = options.shards ?? 1;
    this.state = { ids: this.ids, gateway: { shards, maxConcurrency: options.maxConcurrency ?? shards }, requests: this.requests, canned: [], interactionChannels: new Map(), nextId: 1_000 };
    this.server = http.createServer((req, res) => void this.onRequest(req, res));
    this.wss = new WebSocketServer({ server: this.server });
    this.wss.on('connection', (socket) => this.onConnection(socket));
  }

  static async start(options: FakeDiscordOptions = {}): Promise<FakeDiscord> {
    const fake = new FakeDiscord(options);
    await new Promise<void>((resolve) => fake.server.listen(0, '127.0.0.1', resolve));
    fake.port = (fake.server.address() as AddressInfo).port;
    return fake;
  }

  /** For DiscordConfig.apiUrl / discord.js `rest.api`. */
  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api`;
  }

  get gatewayUrl(): string {
    return `ws://127.0.0.1:${this.port}`;
  }

  /** Answer the next request that matches with this response instead of the normal one. */
  respondOnce(match: (request: RecordedRequest) => boolean, response: CannedResponse): void {
    this.state.canned.push({ match, response });
  }

  /** Answer the next matching request with 429 and `retry_after` seconds, as Discord does. */
  rateLimitOnce(match: (request: RecordedRequest) => boolean, retryAfterSeconds: number): void {
    this.respondOnce(match, {
      status: 429,
      headers: { 'retry-after': String(retryAfterSeconds), 'x-ratelimit-scope': 'user' },
      body: { message: 'You are being rate limited.', retry_after: retryAfterSeconds, global: false },
    });
  }

  /** Resolves with the first request (already recorded or future) that matches. */
  waitForRequest(match: (request: RecordedRequest) => boolean, timeoutMs = 10_000, after = 0): Promise<RecordedRequest> {
    return this.waitFor(() => this.requests.slice(after).find(match), timeoutMs, 'request');
  }

  /** Resolves once the client has sent a gateway frame with this opcode (2 IDENTIFY, 6 RESUME). */
  waitForGatewayOp(op: number, count = 1, timeoutMs = 10_000): Promise<GatewayFrame> {
    return this.waitFor(() => this.gatewayFrames.filter((f) => f.op === op)[count - 1], timeoutMs, `gateway op ${op}`);
  }

  /** Sends a DISPATCH event on the shard that owns its guild (DMs: shard 0); returns that shard. */
  dispatch(t: string, d: unknown): number {
    const guildId = typeof d === 'object' && d !== null && typeof (d as { guild_id?: unknown }).guild_id === 'string' ? (d as { guild_id: string }).guild_id : undefined;
    const target = [...this.connections].find(([, c]) => c.shard !== undefined && (guildId === undefined ? c.shard[0] === 0 : shardOf(guildId, c.shard[1]) === c.shard[0]));
    if (!target) throw new Error(`FakeDiscord: no client shard is connected for ${guildId === undefined ? 'DMs' : `guild ${guildId}`} — await client readiness first`);
    const [socket, connection] = target;
    this.sendTo(socket, { op: 0, t, s: ++connection.seq, d });
    const shard = connection.shard?.[0] ?? 0;
    this.dispatched.push({ t, shard });
    return shard;
  }

  /** The shards that have identified, as [id, count]. */
  get shards(): [number, number][] {
    return [...this.connections.values()].flatMap((c) => (c.shard ? [c.shard] : []));
  }

  /**
   * Delivers an INTERACTION_CREATE (see discord-interactions.ts) and remembers
   * its token's channel so webhook edits answer like Discord. Returns the payload.
   */
  interact(payload: Record<string, unknown>): Record<string, unknown> {
    if (typeof payload.token === 'string' && typeof payload.channel_id === 'string') {
      this.state.interactionChannels.set(payload.token, payload.channel_id);
    }
    this.dispatch('INTERACTION_CREATE', payload);
    return payload;
  }

  /** Whether a client is connected and past IDENTIFY/RESUME. */
  get connected(): boolean {
    return this.shards.length > 0;
  }

  /** Closes every gateway socket (or one shard's) the way Discord does on a server-side disconnect. */
  closeGateway(code = 4000, shard?: number): void {
    for (const [socket, connection] of this.connections) {
      if (shard !== undefined && connection.shard?.[0] !== shard) continue;
      socket.close(code, 'fake disconnect');
      this.connections.delete(socket);
    }
  }

  async stop(): Promise<void> {
    for (const client of this.wss.clients) client.terminate();
    await new Promise<void>((resolve) => this.wss.close(() => resolve()));
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private waitFor<T>(find: () => T | undefined, timeoutMs: number, what: string): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const check = (): void => {
        const found = find();
        if (found === undefined) return;
        clearTimeout(timer);
        this.waiters.delete(check);
        resolve(found);
      };
      const timer = setTimeout(() => {
        this.waiters.delete(check);
        reject(new Error(`FakeDiscord: no matching ${what} within ${timeoutMs} ms`));
      }, timeoutMs);
      this.waiters.add(check);
      check();
    });
  }

  private notify(): void {
    for (const check of [...this.waiters]) check();
  }

  private async onRequest(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const request: RecordedRequest = {
      method: req.method ?? 'GET',
      // Segments arrive URL-encoded (`%40original`); tests compare decoded paths.
      path: url.pathname.split('/').map((part) => decodeURIComponent(part)).join('/'),
      query: url.searchParams,
      body: raw === '' ? undefined : safeJson(raw),
      at: Date.now(),
    };
    this.requests.push(request);
    const { status, headers, body } = routeRest(this.state, request, this.gatewayUrl);
    request.status = status;
    request.response = body;
    res.writeHead(status, { ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers });
    res.end(body === undefined ? undefined : JSON.stringify(body));
    this.notify();
  }

  private onConnection(socket: WebSocket): void {
    const connection: Connection = { shard: undefined, seq: 0 };
    socket.on('message', (data) => {
      const frame = safeJson(String(data)) as GatewayFrame;
      this.onFrame(socket, connection, frame);
      this.gatewayFrames.push({ ...frame, ...(connection.shard ? { shard: connection.shard[0] } : {}) });
      this.notify();
    });
    socket.on('close', () => {
      if (this.connections.get(socket) === connection) this.connections.delete(socket);
    });
    this.sendTo(socket, { op: 10, d: { heartbeat_interval: 41_250 } });
  }

  private onFrame(socket: WebSocket, connection: Connection, frame: GatewayFrame): void {
    switch (frame.op) {
      case 1: // heartbeat
        this.sendTo(socket, { op: 11 });
        break;
      case 2: {
        // identify: READY lists the shard's guilds as unavailable, so discord.js waits for each GUILD_CREATE
        const shard = shardOfIdentify(frame.d);
        connection.shard = shard;
        this.connections.set(socket, connection);
        this.sendTo(socket, { op: 0, t: 'READY', s: ++connection.seq, d: this.ids.ready(this.gatewayUrl, shard) });
        for (const guildId of this.ids.guildsOnShard(shard)) this.sendTo(socket, { op: 0, t: 'GUILD_CREATE', s: ++connection.seq, d: this.ids.guild(guildId) });
        break;
      }
      case 6: {
        // resume: the session id says which shard (`fake-session-N`); the count is the one identified with
        const id = Number(/(\d+)$/.exec(String((frame.d as { session_id?: unknown } | undefined)?.session_id ?? ''))?.[1] ?? 0);
        connection.shard = [id, this.identifiedCount(id)];
        this.connections.set(socket, connection);
        this.sendTo(socket, { op: 0, t: 'RESUMED', s: ++connection.seq, d: {} });
        break;
      }
      default:
        break;
    }
  }

  /** The shard count a shard last identified with (for a RESUME when no other shard is connected). */
  private identifiedCount(id: number): number {
    const identify = this.gatewayFrames.filter((f) => f.op === 2).map((f) => shardOfIdentify(f.d)).findLast((shard) => shard[0] === id);
    return identify?.[1] ?? 1;
  }

  private sendTo(socket: WebSocket, frame: GatewayFrame): void {
    if (socket.readyState === socket.OPEN) socket.send(JSON.stringify(frame));
  }
}

/** IDENTIFY's `shard: [id, count]`; a client that sends none is shard [0, 1]. */
function shardOfIdentify(d: unknown): [number, number] {
  const shard = (d as { shard?: unknown } | undefined)?.shard;
  if (Array.isArray(shard) && shard.length === 2 && shard.every((n) => Number.isInteger(n))) return [Number(shard[0]), Number(shard[1])];
  return [0, 1];
}

function safeJson(raw: string): unknown {
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return raw;
  }
}
