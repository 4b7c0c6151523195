/**
 * Answers run detached from telegraf's update loop (polling would otherwise
 * wait for the slowest answer of a batch before fetching the next, and a
 * webhook would hold Telegram's request open). This tracks them so `stop()`
 * can finish answers in flight before resolving.
 */
export class InFlight {
  private readonly tasks = new Set<Promise<void>>();

  /** Starts `task`; a failure goes to `onError` (the adapter's error boundary), never unhandled. */
  run(task: () => Promise<void>, onError: (error: unknown) => Promise<void>): void {
    const running = task()
      .catch(onError)
      .catch(() => undefined)
      .finally(() => this.tasks.delete(running));
    this.tasks.add(running);
  }

  get size(): number {
    return this.tasks.size;
  }

  /** Resolves when every task has finished, or after `timeoutMs` (true when all finished). */
  async drain(timeoutMs: number): Promise<boolean> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<false>((resolve) => {
      timer = setTimeout(() => resolve(false), timeoutMs);
    });
    try {
      while (this.tasks.size > 0) {
        const finished = await Promise.race([Promise.allSettled([...this.tasks]).then(() => true), timeout]);
        if (!finished) return false;
      }
      return true;
    } finally {
      clearTimeout(timer);
    }
  }
}
