import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {systemClock, type Clock} from './clock.js';

export interface PollingOptions {
  /**
   * How long until the next run, in milliseconds, asked after every update of the host;
   * `undefined` (or a value that is not a positive number) schedules nothing.
   */
  delay: () => number | undefined;
  /**
   * `interval`: runs every `delay()` ms, and only a change of `delay()` restarts the count (a
   * refresh every n seconds). `stale`: one run `delay()` ms after the latest update (a picture that
   * goes stale, such as "expires in 5 minutes").
   */
  mode: 'interval' | 'stale';
  /** What a run does; by default the host is redrawn. */
  run?: () => void;
  clock?: Clock;
}

/**
 * Runs something on a timer while the host is connected and the document is visible, and holds
 * the instant the host's current update describes (`now`), so every part of one picture agrees.
 *
 * A run that falls due while the tab is hidden is held back and made as soon as the tab is visible
 * again: a hidden tab sends no requests, and a returning user sees fresh data. The timer is cleared
 * when the host disconnects; on connecting again the host is redrawn (time went on meanwhile).
 */
export class PollingController implements ReactiveController {
  /** The instant the host's current update describes. */
  now: number;

  private readonly clock: Clock;
  private timer: unknown;
  private scheduledDelay: number | undefined;
  private missed = false;
  private connected = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: PollingOptions,
  ) {
    this.clock = options.clock ?? systemClock;
    this.now = this.clock.now();
    host.addController(this);
  }

  /** Whether a run is scheduled. */
  get scheduled(): boolean {
    return this.timer !== undefined;
  }

  hostConnected(): void {
    this.connected = true;
    globalThis.document?.addEventListener('visibilitychange', this.onVisibilityChange);
    this.scheduledDelay = undefined;
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.connected = false;
    globalThis.document?.removeEventListener('visibilitychange', this.onVisibilityChange);
    this.clear();
    this.missed = false;
  }

  hostUpdate(): void {
    this.now = this.clock.now();
  }

  hostUpdated(): void {
    const delay = this.currentDelay();
    // An interval keeps counting through updates; only a new interval starts it again.
    if (this.options.mode === 'interval' && this.scheduled && delay === this.scheduledDelay) return;
    this.schedule(delay);
  }

  private currentDelay(): number | undefined {
    const delay = this.options.delay();
    return typeof delay === 'number' && Number.isFinite(delay) && delay > 0 ? delay : undefined;
  }

  private schedule(delay: number | undefined): void {
    this.clear();
    this.scheduledDelay = delay;
    if (!this.connected || delay === undefined) return;
    this.timer = this.clock.setTimeout(this.due, delay);
  }

  private clear(): void {
    if (this.timer === undefined) return;
    this.clock.clearTimeout(this.timer);
    this.timer = undefined;
  }

  private readonly due = (): void => {
    this.timer = undefined;
    if (this.options.mode === 'interval') this.schedule(this.currentDelay());
    if (globalThis.document?.hidden) {
      this.missed = true;
      return;
    }
    this.fire();
  };

  private fire(): void {
    if (this.options.run) this.options.run();
    else this.host.requestUpdate();
  }

  private readonly onVisibilityChange = (): void => {
    if (globalThis.document?.hidden || !this.missed || !this.connected) return;
    this.missed = false;
    this.fire();
  };
}
