import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The timer functions the clock uses; tests pass their own. */
export interface ClockTimers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
  now(): number;
}

const browserTimers: ClockTimers = {
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
  now: () => Date.now(),
};

const MINUTE = 60_000;
/** A little after the boundary, so that a timer that fires a few milliseconds early still sees the new minute. */
const SLACK = 25;

/**
 * Re-renders its host at every minute boundary while the host is connected ("starts in 2 hours" becomes
 * "now open until 12:00" on time), and stops when it is disconnected. `active()` says whether a tick
 * should re-render (not while the host shows a fixed time).
 */
export class MinuteClock implements ReactiveController {
  private handle: unknown;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly active: () => boolean = () => true,
    private readonly timers: ClockTimers = browserTimers,
  ) {
    host.addController(this);
  }

  /** Whether a tick is scheduled. */
  get running(): boolean {
    return this.handle !== undefined;
  }

  hostConnected(): void {
    this.schedule();
  }

  hostDisconnected(): void {
    if (this.handle !== undefined) this.timers.clearTimeout(this.handle);
    this.handle = undefined;
  }

  private schedule(): void {
    if (this.handle !== undefined) this.timers.clearTimeout(this.handle);
    const wait = MINUTE - (this.timers.now() % MINUTE) + SLACK;
    this.handle = this.timers.setTimeout(() => {
      this.handle = undefined;
      if (this.active()) this.host.requestUpdate();
      this.schedule();
    }, wait);
  }
}
