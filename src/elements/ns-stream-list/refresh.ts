import type {ReactiveController, ReactiveControllerHost} from 'lit';

/**
 * Calls `refresh` every `seconds` while the host is connected and the document is visible. A tick
 * that falls while the tab is hidden is held back and run as soon as the tab is visible again, so
 * a hidden tab sends no requests and a returning user sees fresh data.
 */
export class RefreshController implements ReactiveController {
  private seconds = 0;
  private timer: ReturnType<typeof setInterval> | undefined;
  private missed = false;
  private connected = false;

  constructor(
    host: ReactiveControllerHost,
    private readonly refresh: () => void,
  ) {
    host.addController(this);
  }

  /** Sets the interval in seconds; 0, a negative number or NaN turns refreshing off. */
  setInterval(seconds: number): void {
    const next = Number.isFinite(seconds) && seconds > 0 ? seconds : 0;
    if (next === this.seconds) return;
    this.seconds = next;
    this.restart();
  }

  hostConnected(): void {
    this.connected = true;
    document.addEventListener('visibilitychange', this.onVisibilityChange);
    this.restart();
  }

  hostDisconnected(): void {
    this.connected = false;
    document.removeEventListener('visibilitychange', this.onVisibilityChange);
    this.stop();
  }

  private restart(): void {
    this.stop();
    this.missed = false;
    if (this.connected && this.seconds > 0) {
      this.timer = setInterval(this.tick, this.seconds * 1000);
    }
  }

  private stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }

  private readonly tick = (): void => {
    if (document.hidden) {
      this.missed = true;
      return;
    }
    this.refresh();
  };

  private readonly onVisibilityChange = (): void => {
    if (document.hidden || !this.missed) return;
    this.missed = false;
    this.refresh();
  };
}
