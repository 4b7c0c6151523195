/**
 * The operator's HTTP endpoints, on node:http: `GET /healthz` (200 when
 * ready, 503 with the reason while loading or stopping) and `GET /metrics`
 * (Prometheus text). Two fixed read-only routes need no framework; node:http
 * is what the Telegram webhook server already uses.
 */
import http from 'node:http';
import { type AddressInfo } from 'node:net';
import { type Logger } from '../logger.js';
import { type Health } from './health.js';
import { type Metrics } from './metrics.js';

export interface HttpServer {
  /** The bound port (useful with port 0). */
  port: number;
  close(): Promise<void>;
}

export async function startHttpServer(options: { port: number; host?: string; health: Health; metrics: Metrics; logger: Logger }): Promise<HttpServer> {
  const { health, metrics, logger } = options;
  const server = http.createServer((req, res) => {
    void (async () => {
      const path = new URL(req.url ?? '/', 'http://localhost').pathname;
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        res.writeHead(405, { allow: 'GET, HEAD' }).end();
        return;
      }
      if (path === '/healthz') {
        const state = health.current;
        res.writeHead(state.status === 'ready' ? 200 : 503, { 'content-type': 'application/json', 'cache-control': 'no-store' });
        res.end(JSON.stringify(state));
      } else if (path === '/metrics') {
        const body = await metrics.registry.metrics();
        res.writeHead(200, { 'content-type': metrics.registry.contentType, 'cache-control': 'no-store' });
        res.end(body);
      } else {
        res.writeHead(404, { 'content-type': 'application/json' }).end(JSON.stringify({ error: 'not found: try /healthz or /metrics' }));
      }
    })().catch((error: unknown) => {
      logger.error({ err: error instanceof Error ? error.message : String(error) }, 'HTTP endpoint failed');
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  });
  // A scrape must never hold the shutdown.
  server.keepAliveTimeout = 5_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
