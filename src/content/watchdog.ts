/**
 * How long the network has been quiet, measured with timestamps rather than trusted to one timer.
 *
 * A single `setTimeout(abort, 8000)` fires late when the main thread is busy (the host page's own
 * scripts, a long parse), and then runs before the network events that queued up meanwhile: a download
 * that was fine is aborted. Here a check runs every `limit / 4` (at most every second); each check counts
 * the time since the last one, but a check that comes much later than asked (the thread was busy, or the
 * tab was hidden and its timers slowed down) counts only the time it asked for, and never ends the wait:
 * the events that queued meanwhile run first. So the limit is reached only through time in which the
 * page was free to hear from the network and heard nothing.
 */
export class Watchdog {
  private limit: number;
  private quiet = 0;
  private last = 0;
  private step = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private stopped = false;

  /** Calls `expire` once `limitMs` of quiet have passed; `clock` gives milliseconds (default performance.now). */
  constructor(
    limitMs: number,
    private readonly expire: () => void,
    private readonly clock: () => number = () => performance.now(),
  ) {
    this.limit = limitMs;
    this.restart(limitMs);
  }

  /** Something arrived: the quiet starts again, with `limitMs` as the new limit when given. */
  restart(limitMs: number = this.limit): void {
    if (this.stopped) return;
    this.limit = limitMs;
    this.quiet = 0;
    this.last = this.clock();
    this.step = Math.max(10, Math.min(1000, limitMs / 4));
    clearTimeout(this.timer);
    this.timer = setTimeout(this.check, this.step);
  }

  /** No more waiting (the answer is here, or the request ended). */
  stop(): void {
    this.stopped = true;
    clearTimeout(this.timer);
  }

  private readonly check = (): void => {
    if (this.stopped) return;
    const now = this.clock();
    const elapsed = now - this.last;
    this.last = now;
    // Late by more than half a step: the thread was busy or timers were slowed; count what was asked for.
    const late = elapsed > this.step * 1.5 + 20;
    this.quiet += late ? this.step : elapsed;
    if (!late && this.quiet >= this.limit) {
      this.stopped = true;
      this.expire();
      return;
    }
    this.timer = setTimeout(this.check, Math.max(1, Math.min(this.step, this.limit - this.quiet)));
  };
}
