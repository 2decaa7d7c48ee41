/**
 * Long work as steps: a generator that `yield`s wherever it may pause. {@link runSteps} runs it to the end
 * at once (tests, the command line, small inputs); {@link runStepsInSlices} runs it in slices of a few
 * milliseconds and gives the main thread back in between, so that a reader's key press or tap is never
 * kept waiting behind a large dataset being parsed, checked, stored or indexed. No DOM.
 */

/** Work that pauses at each `yield` and returns a `T` at the end. */
export type Steps<T> = Generator<void, T, void>;

/** Options of {@link runStepsInSlices}. */
export interface SliceOptions {
  /** Gives the main thread back (default {@link yieldToMain}). */
  yieldToMain?: () => Promise<void>;
  /** Work this long between yields, in ms (default 8: half a frame). */
  sliceMs?: number;
  /** A monotonic clock in ms (default `performance.now`). */
  clock?: () => number;
  /** Stops the work: the promise rejects with the signal's reason. */
  signal?: AbortSignal | undefined;
}

interface Scheduler {
  yield?: () => Promise<void>;
}

/**
 * Lets input, rendering and other tasks run, then resolves: `scheduler.yield()` where the browser has it
 * (the rest of the work keeps its place in the queue), else a message to a channel (unlike a zero-delay
 * timeout, not clamped to 4 ms after a few rounds), else a timeout.
 */
export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  if (typeof MessageChannel === 'function') {
    return new Promise((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        resolve();
      };
      channel.port2.postMessage(undefined);
    });
  }
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Runs `steps` to the end at once and returns their result. */
export function runSteps<T>(steps: Steps<T>): T {
  for (let step = steps.next(); ; step = steps.next()) if (step.done) return step.value;
}

/** A zero-delay timeout: unlike `scheduler.yield()`, lets the timers that are due run first. */
const timeout = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** At least this often (ms), a pause is a timeout, so that timers (a notice, a retry, an announcement) are not held back by long work. */
const TIMERS_EVERY_MS = 100;

/** Runs `steps` in slices of `sliceMs`, yielding in between; the same result as {@link runSteps}. */
export async function runStepsInSlices<T>(
  steps: Steps<T>,
  { yieldToMain: pause = yieldToMain, sliceMs = 8, clock = () => performance.now(), signal }: SliceOptions = {},
): Promise<T> {
  signal?.throwIfAborted();
  let sliceStart = clock();
  let timersRan = sliceStart;
  for (let step = steps.next(); ; step = steps.next()) {
    if (step.done) return step.value;
    if (clock() - sliceStart > sliceMs) {
      // scheduler.yield() continuations go before timers: every TIMERS_EVERY_MS, give them their turn.
      if (pause === yieldToMain && clock() - timersRan > TIMERS_EVERY_MS) {
        await timeout();
        timersRan = clock();
      } else {
        await pause();
      }
      signal?.throwIfAborted();
      sliceStart = clock();
    }
  }
}

/**
 * Resolves once the next frame has been painted (a frame, then a task after it), or after `maxMs` where
 * no frame comes (a hidden page, no DOM): for work that must not delay what the reader is about to see.
 */
export function afterNextPaint(maxMs = 100): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, maxMs);
    globalThis.requestAnimationFrame?.(() =>
      setTimeout(() => {
        clearTimeout(timer);
        resolve();
      }, 0),
    );
  });
}

type IdleScheduler = (callback: () => void, options: { timeout: number }) => number;

/**
 * Runs `f` once the main thread has nothing else to do (`requestIdleCallback`: after the tasks already
 * queued), or after `maxMs` at the latest; where the browser has no idle callbacks, after a timeout.
 */
export function whenIdle(f: () => void, maxMs = 1000): void {
  const idle = (globalThis as { requestIdleCallback?: IdleScheduler }).requestIdleCallback;
  if (typeof idle === 'function') idle(f, { timeout: maxMs });
  else setTimeout(f, 1);
}
