/**
 * The operator's side of the bot: readiness, Prometheus metrics and the HTTP
 * server that serves both, started before the core loads so a probe sees
 * 503 "loading" rather than a refused connection.
 */
import { type HttpConfig } from '../config.js';
import { type Logger } from '../logger.js';
import { Health } from './health.js';
import { createMetrics, type Metrics } from './metrics.js';
import { startHttpServer } from './server.js';

export { Health } from './health.js';
export { createMetrics, type Metrics } from './metrics.js';
export { startHttpServer, type HttpServer } from './server.js';

export interface Operations {
  health: Health;
  metrics: Metrics;
  port: number;
  close(): Promise<void>;
}

export async function startOperations(config: HttpConfig, logger: Logger, host?: string): Promise<Operations> {
  const health = new Health('loading the model and building the index');
  const metrics = createMetrics();
  try {
    const server = await startHttpServer({ port: config.port, ...(host === undefined ? {} : { host }), health, metrics, logger });
    logger.info({ port: server.port }, 'health and metrics on /healthz and /metrics');
    return { health, metrics, port: server.port, close: () => server.close() };
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    const why = code === 'EADDRINUSE' ? 'the port is in use' : code === 'EACCES' ? 'no permission for that port' : String(error);
    throw new Error(`HTTP_PORT=${config.port}: cannot listen (${why}) — choose another port or unset HTTP_PORT`, { cause: error });
  }
}
