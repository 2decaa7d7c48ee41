/**
 * The waits between a store's attempts after a failure. A few quick retries (exponential backoff with
 * jitter) for failures that may pass in seconds; then, for every failure, slow retries minutes apart
 * (with jitter, so that the readers of one host do not all ask at the same second), for as long as an
 * element shows the dataset. A page left open all day recovers by itself after an outage.
 *
 * Every wait ends early when the device comes back online, when the reader asks ("Try again"), and when
 * the page becomes visible again (not more often than every `visibleGapMs`). A slow retry that falls due
 * while the page is hidden or the device is offline waits for the page to show or the device to be
 * online: no data is spent on a request nobody sees or that cannot succeed.
 */
/** Whether the browser says the device is offline (it never says so wrongly; "online" may be wrong). */
export const deviceOffline = (): boolean => globalThis.navigator?.onLine === false;

/** Why a wait ended. */
export type WaitEnd = 'timer' | 'woken';

interface WaitOptions {
  /** How long to wait at most, in ms. */
  delay: number;
  /** A slow retry: it does not run while the page is hidden or the device offline. */
  slow: boolean;
  /** When the last attempt ended (performance.now()), to space out attempts on visibility changes. */
  lastAttempt: number;
  /** The least time between two attempts started by the page becoming visible. */
  visibleGapMs: number;
}

const hidden = () => globalThis.document?.visibilityState === 'hidden';

/** The quick retry's delay: half to full of `backoffMs * 2^attempt`, at most `maxBackoffMs`. */
export function backoffDelay(attempt: number, backoffMs: number, maxBackoffMs: number, random: () => number): number {
  const ceiling = Math.min(maxBackoffMs, backoffMs * 2 ** attempt);
  return ceiling / 2 + (random() * ceiling) / 2;
}

/** The slow retry's delay: three quarters to five quarters of `slowRetryMs`. */
export function slowDelay(slowRetryMs: number, random: () => number): number {
  return slowRetryMs * (0.75 + random() / 2);
}

/**
 * Waits as described above. Returns the wait and the function that ends it at once (the reader's "Try
 * again"); the promise says whether the timer ran out or something woke it.
 */
export function waitForRetry(options: WaitOptions): { done: Promise<WaitEnd>; wake: () => void } {
  let wake!: () => void;
  const done = new Promise<WaitEnd>((resolve) => {
    let soon: ReturnType<typeof setTimeout> | undefined;
    let due = false;
    const finish = (end: WaitEnd): void => {
      clearTimeout(timer);
      clearTimeout(soon);
      globalThis.removeEventListener?.('online', onOnline);
      globalThis.document?.removeEventListener('visibilitychange', onVisibility);
      resolve(end);
    };
    const onOnline = () => finish('woken');
    const onVisibility = () => {
      if (hidden()) return;
      if (due && !deviceOffline()) return finish('timer');
      const gap = options.lastAttempt + options.visibleGapMs - performance.now();
      if (gap <= 0) return finish('woken');
      clearTimeout(soon);
      soon = setTimeout(() => (hidden() ? undefined : finish('woken')), gap);
    };
    const timer = setTimeout(() => {
      // Due while hidden or offline: the page showing again, or the device going online, ends the wait.
      if (options.slow && (hidden() || deviceOffline())) due = true;
      else finish('timer');
    }, options.delay);
    globalThis.addEventListener?.('online', onOnline);
    globalThis.document?.addEventListener('visibilitychange', onVisibility);
    wake = () => finish('woken');
  });
  return { done, wake };
}
