/**
 * The formatting a widget does as soon as its content shows, paid for before it. The first use of Intl
 * in a page sets it up (20-40 ms at normal speed in Chromium on the project's machine, four times that on
 * a slow phone), and each new formatter after that costs a few milliseconds more: in the task that
 * renders the content, that made one task of 50 ms or more. Done in pieces, each in a task of its own
 * while the content is on its way (`warmUpWhenIdle`), or, when the content came first, a piece per task
 * before the first render (`warmUpNow`: a device copy read at once, when only these pieces stand between
 * the reader and the content). Either way the pieces start once a worker has loaded Intl's data for the
 * language (./off-thread.ts), which leaves them about a quarter of their main-thread time.
 *
 * Each widget names what its first screen formats (`Formatting`, passed to its ContentController), and
 * only that is made: a page with the procedure explainer makes no list, relative-time or number format.
 * The pieces use ./format.ts as the elements do: what they leave is Intl set up and the formatters of
 * format.ts's caches for the language. No DOM.
 */
import { whenIdle, yieldToMain } from '../internal/steps.js';
import { warmUpOffThread } from './off-thread.js';
import {
  BRUSSELS_TIME_ZONE,
  clockPartsFormat,
  differsFromBelgianTime,
  formatContentDate,
  formatDate,
  formatList,
  formatMoney,
  formatNumber,
  formatRelativeTime,
  formatWallTimeRange,
  formatWeekday,
  languageName,
  NAME_ORDER,
  readerTimeZone,
  textCollator,
} from './format.js';

/** What a first render may format, each one piece of the warm-up, in the order they run. */
const PIECES = {
  /**
   * Intl's own set-up, the piece every warm-up starts with: the first Intl service a page uses carries a
   * block of work that no order splits (20-35 ms at normal speed, about 100 with the CPU slowed 4x;
   * scripts/bench/intl-first-use.mjs). A collator carries it for under 2 ms more, and is what sorting in
   * the reader's language uses (`textCollator`); the Belgian clock's formatter would add 8 to 15 ms.
   */
  'set-up': (locale: string) => textCollator(locale),
  /** Names sorted for a reader to look them up (the finder's results by name). */
  'name-order': (locale: string) => textCollator(locale, NAME_ORDER),
  /** The Belgian wall clock (src/logic/zoned-time.ts): today's date, "open now", the next session. */
  clock: () => clockPartsFormat(BRUSSELS_TIME_ZONE).format(0),
  /** "Times are in Belgian time" when the reader's clock shows another time. */
  'belgian-time': () => differsFromBelgianTime(new Date(0), readerTimeZone()),
  /** A content date: "22 November 2026" (the content status's date, reviewed dates). */
  'content-date': (locale: string) => formatContentDate('2026-01-01', locale),
  /** A content date with its weekday: "Wednesday 25 November" (a walk-in's next session). */
  'content-day': (locale: string) => formatContentDate('2026-01-01', locale, { weekday: 'long', day: 'numeric', month: 'long' }),
  /** A day in Belgian time: "Wednesday 3 December". */
  date: (locale: string) => formatDate(new Date(0), locale),
  /** Clock times and their ranges: "09:00–12:00". */
  'wall-time': (locale: string) => formatWallTimeRange('09:00', '12:00', locale),
  weekday: (locale: string) => formatWeekday(0, locale),
  /** "a, b and c". */
  list: (locale: string) => formatList(['a', 'b'], locale),
  /** "a, b, c" (the finder's hours). */
  'unit-list': (locale: string) => formatList(['a', 'b'], locale, 'unit'),
  /** "in 20 minutes", "tomorrow" (days counted in Belgian time). */
  relative: (locale: string) => formatRelativeTime(new Date(0), new Date(86_400_000), locale),
  /** The name of a language in the reader's: "French". */
  'language-name': (locale: string) => languageName('fr', locale),
  /** Numbers: lengths, distances, a first download's size. */
  number: (locale: string) => formatNumber(0, locale),
  /** Amounts in euros: "€357" (a procedure's fee, a reintegration grant). */
  money: (locale: string) => formatMoney(350, 'EUR', locale),
} satisfies Record<string, (locale: string) => unknown>;

/** A kind of formatting a widget's first screen does. */
export type Formatting = keyof typeof PIECES;

/** Every kind, in the order the pieces run: the default of a widget that names none. */
export const ALL_FORMATTING = Object.keys(PIECES) as readonly Formatting[];

/** What `needs` run as pieces, in order: Intl's set-up first. */
function ordered(needs: readonly Formatting[]): Formatting[] {
  return ALL_FORMATTING.filter((need) => need === 'set-up' || needs.includes(need));
}

/** The pieces of `locale`'s warm-up for `needs` (Intl's set-up first), in order. */
export function warmUpPieces(locale: string, needs: readonly Formatting[] = ALL_FORMATTING): (() => void)[] {
  return ordered(needs).map((need) => () => make(locale, need));
}

function make(locale: string, need: Formatting): void {
  try {
    PIECES[need](locale);
  } catch {
    // A language Intl does not know: the render will say what is wrong, not the warm-up.
  }
}

/** What has run of each language's warm-up (a language is here once its warm-up was asked for). */
const done = new Map<string, Set<Formatting>>();

function doneIn(locale: string): Set<Formatting> {
  let pieces = done.get(locale);
  if (!pieces) done.set(locale, (pieces = new Set()));
  return pieces;
}

/** The pieces of `needs` that have not run for `locale`, in order. */
function left(locale: string, needs: readonly Formatting[]): Formatting[] {
  const pieces = doneIn(locale);
  return ordered(needs).filter((need) => !pieces.has(need));
}

/** Runs one piece, unless it has run (each runs once per language, whoever asks). */
function run(locale: string, need: Formatting): void {
  const pieces = doneIn(locale);
  if (pieces.has(need)) return;
  pieces.add(need);
  make(locale, need);
}

/** How many of `needs` have not run for `locale` (undefined: no warm-up of that language was asked for). */
export function warmUpLeft(locale: string, needs: readonly Formatting[] = ALL_FORMATTING): number | undefined {
  return done.has(locale) ? left(locale, needs).length : undefined;
}

/**
 * Warms up `locale`'s formatting for `needs` one piece per task, each once the main thread is idle: after
 * the tasks already queued, such as those that send the content's requests (a timer would go first and
 * hold them back).
 */
export function warmUpWhenIdle(locale: string, needs: readonly Formatting[] = ALL_FORMATTING): void {
  const next = (): void => {
    const [need, ...rest] = left(locale, needs);
    if (need) run(locale, need);
    if (rest.length > 0) whenIdle(next);
  };
  if (left(locale, needs).length > 0) void warmUpOffThread(locale).then(() => whenIdle(next));
}

/**
 * The content is here and the warm-up of `needs` is not over: runs what is left of it now, a piece per
 * task, from the next task on (never in the caller's). Returns a promise that resolves once it is over
 * (render then: never in the same task as a piece), or undefined when it was over already.
 */
export function warmUpNow(locale: string, needs: readonly Formatting[] = ALL_FORMATTING): Promise<void> | undefined {
  if (left(locale, needs).length === 0) return undefined;
  return (async () => {
    // ICU's data loaded by a worker first (./off-thread.ts): the pieces then take the main thread little.
    await warmUpOffThread(locale);
    // Not in the caller's task: that one has just read or checked the content (a JSON parse of 25 ms on
    // a slow phone, beside a first piece of 40). A piece another caller ran meanwhile is not run again.
    for (let need = left(locale, needs)[0]; need; need = left(locale, needs)[0]) {
      await yieldToMain();
      run(locale, need);
    }
    await yieldToMain();
  })();
}
