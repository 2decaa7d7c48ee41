/**
 * The formatting every widget does as soon as its content shows, paid for before it. The first use of
 * Intl in a page loads its locale data (about 28 ms at normal speed in Chromium on the project's machine,
 * four times that on a slow phone), and each new formatter after that costs a few milliseconds more:
 * in the task that renders the content, that made one task of 50 ms or more. Done in pieces, each in a
 * task of its own while the content is on its way (`warmUpSoon`), or all at once in the task before
 * the first render when the content came first (`warmUpNow`: a device copy read at once). The formatters
 * are the ones of ./format.ts, kept in its caches. No DOM.
 */
import { yieldToMain } from '../internal/steps.js';
import {
  differsFromBelgianTime,
  formatContentDate,
  formatDate,
  formatList,
  formatNumber,
  formatWallTimeRange,
  formatWeekday,
  readerTimeZone,
} from './format.js';

/** The pieces of `locale`'s warm-up, in order; each does what the next ones build on first. */
export function warmUpPieces(locale: string): (() => void)[] {
  const at = new Date(0);
  const pieces = [
    () => formatNumber(0, locale),
    () => formatDate(at, locale) + formatContentDate('2026-01-01', locale),
    () => formatWallTimeRange('09:00', '12:00', locale) + formatWeekday(0, locale),
    () => formatList(['a', 'b'], locale) + String(differsFromBelgianTime(at, readerTimeZone())),
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
let pause: Promise<void> | undefined;

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
 * Warms up `locale`'s formatting one piece per task, starting once `after` settles (the store's first
 * request has left: a timer queued before it would run first and hold it back). Once per language.
 */
export function warmUpSoon(locale: string, after: Promise<unknown> = Promise.resolve()): void {
  if (left.has(locale)) return;
  const pieces = piecesOf(locale);
  const next = (): void => {
    const piece = pieces.shift();
    if (!piece) return;
    piece();
    setTimeout(next);
  };
  const start = () => setTimeout(next);
  after.then(start, start);
}

/**
 * Runs what is left of `locale`'s warm-up now. Returns a promise that resolves in a later task when a
 * warm-up ran in this task (render then: the two never make one long task), undefined when nothing did.
 */
export function warmUpNow(locale: string): Promise<void> | undefined {
  const pieces = piecesOf(locale);
  if (pieces.length > 0) {
    for (const piece of pieces.splice(0)) piece();
    pause = yieldToMain().then(() => {
      pause = undefined;
    });
  }
  return pause;
}
