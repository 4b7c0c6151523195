/**
 * A local fake of Discord's REST API and gateway on 127.0.0.1, enough for a
 * real discord.js v14 Client: GET /gateway/bot points the client at our own
 * WebSocket; the gateway speaks JSON (no compression) with HELLO, IDENTIFY →
 * READY + GUILD_CREATE, RESUME → RESUMED and heartbeat ACKs. Every REST
 * request is recorded so tests can assert on what the bot sent; tests inject
 * gateway events, close the socket, or answer one request with an error/429.
 */
import http from 'node:http';
import { type AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import { routeRest } from './discord-routes.js';
import { FakeIds, type RecordedRequest, type CannedResponse, type FakeState } from './discord-state.js';

export { type RecordedRequest } from './discord-state.js';

interface GatewayFrame {
  op: number;
  d?: unknown;
  s?: number | null;
  t?: string | null;
}

export class FakeDiscord {
  readonly ids = new FakeIds();
  readonly requests: RecordedRequest[] = [];
  /** Gateway frames the client sent (IDENTIFY, RESUME, heartbeats). */
  readonly gatewayFrames: GatewayFrame[] = [];
  private readonly state: FakeState;
  private readonly server: http.Server;
  private readonly wss: WebSocketServer;
  private socket: WebSocket | undefined;
  private seq = 0;
  private readonly waiters = new Set<() => void>();
  port = 0;

  private constructor() {
    this.state = { ids: this.ids, requests: this.requests, canned: [], interactionChannels: new Map(), nextId: 1_000 };
    this.server = http.createServer((req, res) => void this.onRequest(req, res));
    this.wss = new WebSocketServer({ server: this.server });
    this.wss.on('connection', (socket) => this.onConnection(socket));
  }

  static async start(): Promise<FakeDiscord> {
    const fake = new FakeDiscord();
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

  /** Sends a DISPATCH event to the connected client. */
  dispatch(t: string, d: unknown): void {
    if (!this.socket) throw new Error('FakeDiscord: no client is connected to the gateway — await client readiness first');
    this.send({ op: 0, t, s: ++this.seq, d });
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
    return this.socket !== undefined;
  }

  /** Closes the gateway socket the way Discord does on a server-side disconnect. */
  closeGateway(code = 4000): void {
    this.socket?.close(code, 'fake disconnect');
    this.socket = undefined;
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
    this.socket = socket;
    socket.on('message', (data) => {
      const frame = safeJson(String(data)) as GatewayFrame;
      this.gatewayFrames.push(frame);
      this.onFrame(socket, frame);
      this.notify();
    });
    this.sendTo(socket, { op: 10, d: { heartbeat_interval: 41_250 } });
  }

  private onFrame(socket: WebSocket, frame: GatewayFrame): void {
    switch (frame.op) {
      case 1: // heartbeat
        this.sendTo(socket, { op: 11 });
        break;
      case 2: // identify: READY lists the guild as unavailable, so discord.js waits for its GUILD_CREATE
        this.sendTo(socket, { op: 0, t: 'READY', s: ++this.seq, d: this.ids.ready(this.gatewayUrl) });
        this.sendTo(socket, { op: 0, t: 'GUILD_CREATE', s: ++this.seq, d: this.ids.guild() });
        break;
      case 6: // resume
        this.sendTo(socket, { op: 0, t: 'RESUMED', s: ++this.seq, d: {} });
        break;
      default:
        break;
    }
  }

  private send(frame: GatewayFrame): void {
    if (this.socket) this.sendTo(this.socket, frame);
  }

  private sendTo(socket: WebSocket, frame: GatewayFrame): void {
    if (socket.readyState === socket.OPEN) socket.send(JSON.stringify(frame));
  }
}

function safeJson(raw: string): unknown {
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return raw;
  }
}
