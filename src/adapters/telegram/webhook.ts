/**
 * Webhook mode: a plain HTTP server that accepts Telegram's POSTs on the
 * webhook URL's path only when they carry the secret we registered
 * (`X-Telegram-Bot-Api-Secret-Token`); anything else gets 401, so forged
 * updates never reach the bot. We answer 401 (telegraf's own filter answers 403).
 */
import crypto from 'node:crypto';
import http from 'node:http';
import { type Telegraf } from 'telegraf';
import { type Update } from 'telegraf/types';
import { type Logger } from '../../logger.js';

const MAX_BODY_BYTES = 1_000_000;

export interface WebhookOptions {
  bot: Telegraf;
  path: string;
  secret: string;
  port: number;
  host?: string;
  logger: Logger;
}

export async function startWebhookServer(options: WebhookOptions): Promise<http.Server> {
  const { bot, path, secret, logger } = options;
  const server = http.createServer((req, res) => {
    void (async () => {
      if (req.method !== 'POST' || new URL(req.url ?? '/', 'http://localhost').pathname !== path) {
        res.writeHead(404).end();
        return;
      }
      const given = req.headers['x-telegram-bot-api-secret-token'];
      if (typeof given !== 'string' || !sameSecret(given, secret)) {
        logger.warn({ remote: req.socket.remoteAddress }, 'Telegram webhook: request without the right secret token refused (401)');
        res.writeHead(401).end();
        return;
      }
      let update: Update;
      try {
        update = JSON.parse(await readBody(req)) as Update;
      } catch {
        res.writeHead(400).end();
        return;
      }
      // Errors inside are handled by bot.catch; answers run detached, so this returns quickly.
      await bot.handleUpdate(update);
      res.writeHead(200).end();
    })().catch((error: unknown) => {
      logger.error({ err: error instanceof Error ? error.message : String(error) }, 'Telegram webhook request failed');
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  return server;
}

/** Constant-time comparison that does not leak the secret's length either. */
function sameSecret(given: string, secret: string): boolean {
  const digest = (text: string): Buffer => crypto.createHash('sha256').update(text).digest();
  return crypto.timingSafeEqual(digest(given), digest(secret));
}

async function readBody(req: http.IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) throw new Error('update too large');
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** Stops accepting updates; a request still open after `graceMs` is cut (its update is redelivered by Telegram). */
export function closeServer(server: http.Server, graceMs = 2_000): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => server.closeAllConnections(), graceMs).unref();
    server.close(() => {
      clearTimeout(timer);
      resolve();
    });
    server.closeIdleConnections();
  });
}
