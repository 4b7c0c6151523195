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
import fs from 'node:fs';
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
  /** Folders under the data folder that hold no documents (the index): never watched. */
  exclude: readonly string[];
  /** Which file names are documents (the corpus loader's rule). */
  isDocument(name: string): boolean;
  /** A file's size must hold still this long before its add/change counts. */
  settleMs: number;
  logger: Logger;
  /** `name` is the path relative to the data folder with `/` separators, as the loader names documents. */
  onChange(event: { kind: 'add' | 'change' | 'unlink' | 'unlinkDir'; name: string }): void;
}

export interface DocumentWatcher {
  /** Resolves once the initial scan is done (events before it are not reported). */
  ready: Promise<void>;
  close(): Promise<void>;
}

/** Deeper than any real folder tree; bounds a chain of links that keeps finding "new" folders. */
const MAX_DEPTH = 32;

/** Whether `p` inside `dir` (or `dir` itself). */
const within = (p: string, dir: string): boolean => p === dir || p.startsWith(dir + path.sep);

/**
 * A folder reached through a link whose real place is watched already: inside
 * the data folder (a link back up the tree, or to a sibling), or an ancestor of
 * the link itself (a loop outside the data folder). chokidar would walk such a
 * folder again under every longer path, down to its depth limit; the loader
 * reads each real folder once, and so do we.
 */
function linkedBack(file: string, stats: fs.Stats | undefined, root: string): boolean {
  try {
    if (!(stats ?? fs.statSync(file)).isDirectory()) return false;
    const full = path.resolve(file);
    const real = fs.realpathSync(full);
    if (real === full) return false;
    return within(real, root) || within(fs.realpathSync(path.dirname(full)), real);
  } catch (error) {
    // A link loop cannot even be resolved; anything else (gone meanwhile) chokidar handles.
    return (error as NodeJS.ErrnoException).code === 'ELOOP';
  }
}

/**
 * Watches the data folder and its subfolders, as the loader reads them: hidden
 * files and folders and the excluded folders (the index) are not watched at
 * all, so the index being written never wakes us; a linked folder is watched
 * once, where it really is, so link loops do not multiply the watch.
 */
export function watchDocuments(options: WatchOptions): DocumentWatcher {
  const root = path.resolve(options.dataDir);
  const excluded = options.exclude.map((dir) => path.resolve(dir)).filter((dir) => dir !== root);
  const relative = (file: string): string => path.relative(root, path.resolve(file));
  const watcher = chokidar.watch(root, {
    ignoreInitial: true,
    depth: MAX_DEPTH,
    ignored: (file, stats) => {
      const rel = relative(file);
      if (rel === '') return false;
      if (rel.startsWith('..') || rel.split(path.sep).some((part) => part.startsWith('.'))) return true;
      if (excluded.some((dir) => within(path.resolve(file), dir))) return true;
      // Files that are not documents (the database, editor swap files) never wake us.
      if (stats?.isFile() === true) return !options.isDocument(path.basename(file));
      return linkedBack(file, stats, root);
    },
    awaitWriteFinish: { stabilityThreshold: options.settleMs, pollInterval: Math.min(100, options.settleMs) },
  });
  const report = (kind: 'add' | 'change' | 'unlink' | 'unlinkDir') => (file: string) => {
    const name = relative(file).split(path.sep).join('/');
    if (name === '' || (kind !== 'unlinkDir' && !options.isDocument(name))) return;
    options.onChange({ kind, name });
  };
  // A folder removed or renamed away: its documents go with it (chokidar may not report each file).
  watcher.on('add', report('add')).on('change', report('change')).on('unlink', report('unlink')).on('unlinkDir', report('unlinkDir'));
  watcher.on('error', (error: unknown) => options.logger.warn(`watching ${options.dataDir} failed (${(error as Error).message}) — documents changed from now on are picked up after a restart`));
  const ready = new Promise<void>((resolve) => watcher.once('ready', () => resolve()));
  return { ready, close: () => watcher.close() };
}
