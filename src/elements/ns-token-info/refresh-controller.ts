import type {ReactiveController, ReactiveControllerHost} from 'lit';

/** The timer functions the controller uses; injectable so tests can watch them. */
export interface Timers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(id: unknown): void;
}

const globalTimers: Timers = {
  setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
  clearTimeout: id => globalThis.clearTimeout(id as ReturnType<typeof setTimeout>),
};

/**
 * Redraws its host when time alone changes what it shows (an "expires in …" badge). After every
 * update it asks `delay()` how long the current picture stays right and sets one timer for that;
 * `undefined` means it never goes stale. The timer is cleared when the host disconnects, and the
 * host is redrawn when it connects again (time went on meanwhile).
 */
export class RefreshController implements ReactiveController {
  private timer: unknown;
  private connected = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly delay: () => number | undefined,
    private readonly timers: Timers = globalTimers,
  ) {
    host.addController(this);
  }

  /** Whether a redraw is scheduled. */
  get scheduled(): boolean {
    return this.timer !== undefined;
  }

  hostConnected(): void {
    this.connected = true;
    this.host.requestUpdate();
  }

  hostUpdated(): void {
    this.schedule();
  }

  hostDisconnected(): void {
    this.connected = false;
    this.clear();
  }

  private schedule(): void {
    this.clear();
    if (!this.connected) return;
    const ms = this.delay();
    if (ms === undefined) return;
    this.timer = this.timers.setTimeout(() => {
      this.timer = undefined;
      this.host.requestUpdate();
    }, ms);
  }

  private clear(): void {
    if (this.timer === undefined) return;
    this.timers.clearTimeout(this.timer);
    this.timer = undefined;
  }
}
