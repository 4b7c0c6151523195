/**
 * Keeps the core in step with the data folder. chokidar reports documents
 * added, changed or removed; `awaitWriteFinish` holds an add/change event until
 * the file's size has stopped changing (a copy in progress is not read half
 * way); bursts of events are coalesced into one rebuild after a quiet moment.
 * Rebuilds run one at a time: an event during a rebuild schedules one more
 * after it, and a failed rebuild (say a file vanished or could not be read
 * mid-way) is retried shortly after, a few times, while the old snapshot keeps
 * answering.
 */
import path from 'node:path';
import chokidar from 'chokidar';
import { type Logger } from '../logger.js';

export interface RebuildSchedulerOptions {
  /** Quiet time after the last event before rebuilding. */
  debounceMs: number;
  /** Wait before retrying a failed rebuild. */
  retryMs: number;
  /** Failed attempts in a row before waiting for the next file event. */
  maxRetries: number;
  logger: Logger;
}

/** Coalesces requests into serial rebuilds, with retries. */
export class RebuildScheduler {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private pending = false;
  private failures = 0;
  private closed = false;

  constructor(
    private readonly rebuild: () => Promise<void>,
    private readonly options: RebuildSchedulerOptions,
  ) {}

  /** Something changed: rebuild after a quiet moment (or after the rebuild in progress). */
  request(delayMs = this.options.debounceMs): void {
    if (this.closed) return;
    if (this.running) {
      this.pending = true;
      return;
    }
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.run(), delayMs);
  }

  /** Whether a rebuild is under way or waiting for its quiet moment. */
  get busy(): boolean {
    return this.running !== undefined || this.timer !== undefined || this.pending;
  }

  private run(): void {
    this.timer = undefined;
    this.running = this.rebuild()
      .then(() => {
        this.failures = 0;
      })
      .catch((error: unknown) => {
        this.failures += 1;
        const retry = this.failures <= this.options.maxRetries;
        this.options.logger.warn(
          { attempt: this.failures },
          `documents changed but the index could not be rebuilt (${(error as Error).message.split('\n')[0]}) — still answering from the previous documents${retry ? `; retrying in ${this.options.retryMs} ms` : '; will retry on the next change'}`,
        );
        if (retry) this.pending = true;
      })
      .finally(() => {
        this.running = undefined;
        if (this.pending && !this.closed) {
          this.pending = false;
          this.request(this.failures > 0 ? this.options.retryMs : this.options.debounceMs);
        }
      });
  }

  /** Stops scheduling; resolves when a rebuild in progress has finished. */
  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.timer);
    this.timer = undefined;
    await this.running;
  }
}

export interface WatchOptions {
  dataDir: string;
  /** Which file names are documents (the corpus loader's rule). */
  isDocument(name: string): boolean;
  /** A file's size must hold still this long before its add/change counts. */
  settleMs: number;
  logger: Logger;
  onChange(event: { kind: 'add' | 'change' | 'unlink'; name: string }): void;
}

export interface DocumentWatcher {
  /** Resolves once the initial scan is done (events before it are not reported). */
  ready: Promise<void>;
  close(): Promise<void>;
}

/** Watches the documents directly in the data folder (not sub-folders such as the index). */
export function watchDocuments(options: WatchOptions): DocumentWatcher {
  const watcher = chokidar.watch(options.dataDir, {
    ignoreInitial: true,
    depth: 0,
    // Files that are not documents (the index, the database, editor swap files) never wake us.
    ignored: (file, stats) => stats?.isFile() === true && !options.isDocument(path.basename(file)),
    awaitWriteFinish: { stabilityThreshold: options.settleMs, pollInterval: Math.min(100, options.settleMs) },
  });
  const report = (kind: 'add' | 'change' | 'unlink') => (file: string) => {
    const name = path.basename(file);
    if (path.dirname(path.resolve(file)) !== path.resolve(options.dataDir) || !options.isDocument(name)) return;
    options.onChange({ kind, name });
  };
  watcher.on('add', report('add')).on('change', report('change')).on('unlink', report('unlink'));
  watcher.on('error', (error: unknown) => options.logger.warn(`watching ${options.dataDir} failed (${(error as Error).message}) — documents changed from now on are picked up after a restart`));
  const ready = new Promise<void>((resolve) => watcher.once('ready', () => resolve()));
  return { ready, close: () => watcher.close() };
}
