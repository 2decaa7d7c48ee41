/**
 * The formatting every widget does as soon as its content shows, paid for before it. The first use of
 * Intl in a page sets it up (40-55 ms at normal speed in Chromium on the project's machine, four times
 * that on a slow phone), and each new formatter after that costs a few milliseconds more:
 * in the task that renders the content, that made one task of 50 ms or more. Done in pieces, each in a
 * task of its own while the content is on its way (`warmUpWhenIdle`), or, when the content came first,
 * a piece per task before the first render (`warmUpNow`: a device copy read at once). The pieces use
 * ./format.ts as the elements do (the first two set up parts of Intl on their own, so that the pieces are
 * short): what they leave is Intl set up and the formatters of format.ts's caches for the language.
 * No DOM.
 */
import { whenIdle, yieldToMain } from '../internal/steps.js';
import {
  BRUSSELS_TIME_ZONE,
  clockPartsFormat,
  differsFromBelgianTime,
  formatContentDate,
  formatDate,
  formatList,
  formatNumber,
  formatWallTimeRange,
  formatWeekday,
  languageName,
  readerTimeZone,
} from './format.js';

/** The pieces of `locale`'s warm-up, in order; each does what the next ones build on first. */
export function warmUpPieces(locale: string): (() => void)[] {
  const at = new Date(0);
  const pieces = [
    // Intl's set-up in three parts (9, 25 and 7 ms at normal speed in Chromium 156 on the project's
    // machine; 37, 103 and 32 with the CPU slowed 4x), where the first formatter alone took 40-55 ms: the
    // likely-subtags data, then what a collator needs (the finder and the walk-in schedule sort with one),
    // then the first formatter. The middle one is a block that whichever Intl service comes first carries;
    // no order splits it (scripts/bench/intl-first-use.mjs).
    () => new Intl.Locale(locale).maximize(),
    () => new Intl.Collator(locale),
    () => formatNumber(0, locale),
    () => formatDate(at, locale) + formatContentDate('2026-01-01', locale),
    () => formatWallTimeRange('09:00', '12:00', locale) + formatWeekday(0, locale),
    () => formatList(['a', 'b'], locale) + String(differsFromBelgianTime(at, readerTimeZone())),
    // Belgian wall clocks (every schedule's "open now", "next session") and the names of languages
    // (languages spoken, the language filter): made in the first render of content otherwise, in its task.
    () => clockPartsFormat(BRUSSELS_TIME_ZONE).format(at) + languageName('fr', locale),
  ];
  return pieces.map((piece) => () => {
    try {
      piece();
    } catch {
      // A language Intl does not know: the render will say what is wrong, not the warm-up.
    }
  });
}

/** What is left of each language's warm-up. */
const left = new Map<string, (() => void)[]>();
/** The warm-ups running now, a piece per task, before a first render. */
const running = new Map<string, Promise<void>>();

/** How many pieces of `locale`'s warm-up have not run (undefined: it has not been asked for). */
export function warmUpLeft(locale: string): number | undefined {
  return left.get(locale)?.length;
}

function piecesOf(locale: string): (() => void)[] {
  let pieces = left.get(locale);
  if (!pieces) {
    pieces = warmUpPieces(locale);
    left.set(locale, pieces);
  }
  return pieces;
}

/**
 * Warms up `locale`'s formatting one piece per task, each once the main thread is idle: after the tasks
 * already queued, such as those that send the content's requests (a timer would go first and hold them
 * back). Once per language.
 */
export function warmUpWhenIdle(locale: string): void {
  if (left.has(locale)) return;
  const pieces = piecesOf(locale);
  const next = (): void => {
    pieces.shift()?.();
    if (pieces.length > 0) whenIdle(next);
  };
  whenIdle(next);
}

/**
 * The content is here and the warm-up is not over: runs what is left of it now, a piece per task, from
 * the next task on (never in the caller's). Returns
 * a promise that resolves once it is over (render then: never in the same task as a piece), or undefined
 * when it was over already.
 */
export function warmUpNow(locale: string): Promise<void> | undefined {
  const pieces = piecesOf(locale);
  if (pieces.length === 0 || running.has(locale)) return running.get(locale);
  const run = (async () => {
    // Not in the caller's task: that one has just read or checked the content (a JSON parse of 25 ms on
    // a slow phone, beside a first piece of 40).
    while (pieces.length > 0) {
      await yieldToMain();
      pieces.shift()?.();
    }
    await yieldToMain();
    running.delete(locale);
  })();
  running.set(locale, run);
  return run;
}
