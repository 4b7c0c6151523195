/**
 * Readiness as the health endpoint reports it. Starts `loading`; main.ts
 * moves it to `ready` once the core and the adapters are up, and to
 * `stopping` on shutdown so a load balancer stops sending traffic first.
 */
export type HealthState = { status: 'ready' } | { status: 'loading' | 'stopping'; reason: string };

export class Health {
  private state: HealthState;

  constructor(reason = 'starting') {
    this.state = { status: 'loading', reason };
  }

  get current(): HealthState {
    return this.state;
  }

  loading(reason: string): void {
    this.state = { status: 'loading', reason };
  }

  ready(): void {
    this.state = { status: 'ready' };
  }

  stopping(reason = 'shutting down'): void {
    this.state = { status: 'stopping', reason };
  }
}
