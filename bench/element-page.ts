/**
 * The element benchmark as it runs in Chromium: a <fl-service-finder> loads the generated services
 * through the real content layer (manifest, integrity check, validation, device cache), indexes them,
 * then scripts/bench/run.mjs types into it with real key events. For each `input` or `change` event
 * this page records the time from the event to the end of the element's update, and to the next frame
 * (a task posted from requestAnimationFrame runs after that frame is painted).
 */
// Imported by name: package.json marks only dist/ as having side effects, so a bare import would be dropped.
import { FlServiceFinder } from '../src/components/fl-service-finder/fl-service-finder.js';

interface Sample {
  /** `input:query` (typing), `change:checkbox`... */
  event: string;
  /** Event to the end of the element's update (search and render done). */
  renderedMs: number;
  /** Event to the next frame painted. */
  paintMs: number;
  /** The element's update done to the start of the next frame (idle: the main thread waits for the display's next frame). */
  waitMs: number;
  /** The frame's own work: from its animation callbacks to after its style, layout and paint. */
  frameMs: number;
  results: number;
}

interface LongFrame {
  startTime: number;
  duration: number;
  blockingDuration: number;
  scripts: { invoker: string; invokerType: string; sourceFunctionName: string; duration: number }[];
}

const samples: Sample[] = [];
const longFrames: { start: number; duration: number; blocking: number; scripts: string[] }[] = [];
const longTasks: { start: number; duration: number }[] = [];
const slowEvents: { name: string; duration: number }[] = [];
let finder: FlServiceFinder | undefined;

function observe(): void {
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
  // Long animation frames (over 50 ms) with the scripts that ran in them: what made a long task.
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as unknown as LongFrame[]) {
      longFrames.push({
        start: entry.startTime,
        duration: entry.duration,
        blocking: entry.blockingDuration,
        scripts: entry.scripts
          .filter((script) => script.duration >= 5)
          .map((script) => `${script.invoker || script.invokerType} → ${script.sourceFunctionName || '?'} ${Math.round(script.duration)} ms`),
      });
    }
  }).observe({ type: 'long-animation-frame', buffered: true });
  // Event Timing (what Chromium reports as INP): every keyboard and input event that took 16 ms or more.
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) slowEvents.push({ name: entry.name, duration: entry.duration });
  }).observe({ type: 'event', durationThreshold: 16, buffered: true } as PerformanceObserverInit);
}

/**
 * An event listener that records, for each event, the time to `updated()` (the element's update done), to
 * the next frame, and to after that frame's paint.
 */
function recorder(updated: () => Promise<unknown>, results: () => number) {
  return (event: Event) => {
    const t0 = event.timeStamp;
    const target = event.composedPath()[0] as HTMLInputElement;
    void updated().then(() => {
      const rendered = performance.now();
      requestAnimationFrame(() => {
        const frame = performance.now();
        const channel = new MessageChannel();
        channel.port1.onmessage = () => {
          const painted = performance.now();
          samples.push({
            event: `${event.type}:${target.id || target.type}`,
            renderedMs: rendered - t0,
            paintMs: painted - t0,
            waitMs: frame - rendered,
            frameMs: painted - frame,
            results: results(),
          });
        };
        channel.port2.postMessage(0);
      });
    });
  };
}

/**
 * The floor: a plain text box on the same page, with no listener but the recorder's. What typing costs
 * in this browser on this machine when a page does nothing with the key.
 */
function addBareInput(): void {
  const input = document.createElement('input');
  input.id = 'bare';
  input.setAttribute('aria-label', 'bare text box');
  input.addEventListener(
    'input',
    recorder(
      () => Promise.resolve(),
      () => -1,
    ),
  );
  document.body.prepend(input);
  input.focus();
}

/** Adds the finder, waits until it is searchable; returns how long that took and the long tasks meanwhile. */
async function mount(base: string, now: string) {
  observe();
  const start = performance.now();
  const el = document.createElement('fl-service-finder');
  el.contentBase = base;
  el.now = new Date(now);
  el.lang = 'en';
  let source: string | undefined;
  el.addEventListener('fl-content-load', (event) => (source ??= (event as Event & { source: string }).source));
  document.body.append(el);
  finder = el;
  while (el.resultCount === undefined) await new Promise((resolve) => setTimeout(resolve, 5));
  await el.updateComplete;
  const searchableMs = performance.now() - start;
  const record = recorder(
    () => el.updateComplete,
    () => el.resultCount ?? -1,
  );
  el.shadowRoot!.addEventListener('input', record);
  el.shadowRoot!.addEventListener('change', record);
  el.shadowRoot!.querySelector<HTMLInputElement>('#query')!.focus();
  return { searchableMs, services: el.resultCount, source, longTasksDuringLoad: longTasks.map((task) => task.duration) };
}

/** Focuses a control of the finder (`#query`, or a checkbox by its position), or the bare text box (`#bare`). */
function focus(selector: string): void {
  (document.querySelector<HTMLElement>(selector) ?? finder!.shadowRoot!.querySelector<HTMLElement>(selector)!).focus();
}

const api = {
  element: FlServiceFinder,
  mount,
  addBareInput,
  focus,
  sampleCount: () => samples.length,
  samples: () => samples,
  slowEvents: () => slowEvents,
  longTasks: () => longTasks,
  longFrames: () => longFrames,
  resultCount: () => finder?.resultCount,
};
(globalThis as unknown as { finderBench: typeof api }).finderBench = api;
