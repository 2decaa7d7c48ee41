/**
 * Dates, times, weekdays, numbers, lists and relative phrases in the reader's language, through `Intl`.
 * Pure: every function takes the locale (and the clock, where it matters) as arguments.
 *
 * Digits are always Western (0-9), in Arabic too: phone numbers, house numbers, postcodes and the times on
 * Belgian letters and doors are written that way, so the reader can match what the widget says with them.
 * For the same reason every clock time is on the 24-hour clock with two-digit hours ("09:00", "13:30"),
 * in every language: never "1:30 م" beside a door that says 13:30.
 * Clock times of walk-ins and opening hours are facts in Belgian time (Europe/Brussels); they are formatted
 * in that zone whatever the reader's zone is. The zone computations themselves live in src/logic/.
 */

/** The time zone of every walk-in and opening hour. */
export const BRUSSELS_TIME_ZONE = 'Europe/Brussels';

/** A weekday as the content schema writes it. */
export type WeekdayCode = 'mo' | 'tu' | 'we' | 'th' | 'fr' | 'sa' | 'su';
const WEEKDAYS: readonly WeekdayCode[] = ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'];

/**
 * Regional conventions for the interface languages: Belgian ones for Dutch, French and German, British
 * English (24-hour clock, "Wednesday 3 December", but 1,234.5) for English.
 */
const REGIONAL: Readonly<Record<string, string>> = { en: 'en-GB', nl: 'nl-BE', fr: 'fr-BE', de: 'de-BE' };

/** The tag handed to `Intl`: Belgian or British conventions, Western digits (`ar` -> `ar-u-nu-latn`). */
export function intlLocale(locale: string): string {
  if (/-u-/.test(locale)) return locale;
  return `${REGIONAL[locale] ?? locale}-u-nu-latn`;
}

const cache = new Map<string, unknown>();
function cached<T>(kind: string, locale: string, options: object, make: () => T): T {
  const key = `${kind}|${locale}|${JSON.stringify(options)}`;
  let value = cache.get(key) as T | undefined;
  if (value === undefined) {
    value = make();
    cache.set(key, value);
  }
  return value;
}

function dateFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return cached('dt', locale, options, () => new Intl.DateTimeFormat(intlLocale(locale), options));
}

/**
 * The wall clock's parts in `timeZone`, to be parsed, never shown (src/logic/zoned-time.ts, `wallClock`):
 * a fixed locale (`en-US-u-nu-latn`: Latin digits) and a 23-hour cycle, whatever the reader's language.
 * Made and kept as the other formatters are, so that the warm-up (./warm-up.ts) makes it before the first
 * render.
 */
export function clockPartsFormat(timeZone: string): Intl.DateTimeFormat {
  return dateFormat('en-US', { ...CLOCK_PARTS, timeZone });
}

const CLOCK_PARTS: Intl.DateTimeFormatOptions = {
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  era: 'short',
};

/** Options for {@link formatDate} and {@link formatTime}: any `Intl.DateTimeFormat` option. */
export type DateFormatOptions = Intl.DateTimeFormatOptions;

/**
 * A calendar date, by default with its weekday and month written out ("Wednesday 3 December",
 * "mercredi 3 décembre", "الأربعاء، 3 ديسمبر"), as it falls in Belgian time. Pass `year: 'numeric'` to add
 * the year, or any other `Intl.DateTimeFormat` option; `timeZone` overrides the zone.
 */
export function formatDate(date: Date, locale: string, options: DateFormatOptions = {}): string {
  const opts: Intl.DateTimeFormatOptions = {
    timeZone: BRUSSELS_TIME_ZONE,
    ...(hasDateFields(options) ? {} : { weekday: 'long', day: 'numeric', month: 'long' }),
    ...options,
  };
  if (!opts.weekday || !opts.year) return dateFormat(locale, opts).format(date);
  // One style with or without the year: British English writes "Friday 15 January" but "Friday, 15
  // January 2027"; the weekday keeps the separator it has without the year.
  const { year: _year, ...withoutYear } = opts;
  const short = dateFormat(locale, withoutYear).formatToParts(date);
  const separator = short[short.findIndex((part) => part.type === 'weekday') + 1];
  const parts = dateFormat(locale, opts).formatToParts(date);
  return parts
    .map((part, i) =>
      i > 0 && parts[i - 1]!.type === 'weekday' && part.type === 'literal' && separator?.type === 'literal' ? separator.value : part.value,
    )
    .join('');
}

function hasDateFields(options: DateFormatOptions): boolean {
  return ['weekday', 'era', 'year', 'month', 'day', 'dateStyle'].some((key) => key in options);
}

/** Noon UTC of a `YYYY-MM-DD` calendar day, or undefined when `date` is not one (`2026-02-30`). */
function calendarNoon(date: string): Date | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return undefined;
  const day = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]), 12));
  return day.getUTCDate() === Number(match[3]) && day.getUTCMonth() === Number(match[2]) - 1 ? day : undefined;
}

const DAY_MONTH_YEAR = { day: 'numeric', month: 'long', year: 'numeric' } as const;

/**
 * A content date (`YYYY-MM-DD`: a calendar day, not an instant) in words, "22 November 2026" by default,
 * or as `options` say (`{ weekday: 'long', day: 'numeric', month: 'long' }`: "Wednesday 25 November").
 * The day is taken at noon UTC and formatted in UTC, so no time zone moves it to another day. Anything
 * that is not a date (or no such day) is returned as it is.
 */
export function formatContentDate(date: string, locale: string, options: DateFormatOptions = DAY_MONTH_YEAR): string {
  const day = calendarNoon(date);
  return day ? formatDate(day, locale, { ...options, timeZone: 'UTC' }) : date;
}

/** Two content dates as a range: "23–29 November 2026", "30 November – 6 December 2026". */
export function formatContentDateRange(from: string, to: string, locale: string): string {
  const start = calendarNoon(from);
  const end = calendarNoon(to);
  if (!start || !end) return `${from} – ${to}`;
  return dateFormat(locale, { ...DAY_MONTH_YEAR, timeZone: 'UTC' }).formatRange(start, end);
}

/** Clock times: 24-hour, two-digit hours and minutes, in every language (see the top of this file). */
const CLOCK = { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' } as const;

/** The clock time of an instant in Belgian time, hours and minutes ("09:00", "13:30"). */
export function formatTime(date: Date, locale: string, options: DateFormatOptions = {}): string {
  return dateFormat(locale, { timeZone: BRUSSELS_TIME_ZONE, ...CLOCK, ...options }).format(date);
}

/** A date and a time together ("Wednesday 3 December at 09:00"), in Belgian time. */
export function formatDateTime(date: Date, locale: string, options: DateFormatOptions = {}): string {
  return dateFormat(locale, {
    timeZone: BRUSSELS_TIME_ZONE,
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    ...CLOCK,
    ...options,
  }).format(date);
}

/** `HH:MM` as a Date on a fixed day in UTC, so that formatting it in UTC gives back the same wall time. */
function wallClock(time: string): Date {
  const match = /^(\d{1,2}):(\d{2})$/.exec(time);
  if (!match) throw new RangeError(`Not a time written HH:MM: "${time}"`);
  return new Date(Date.UTC(2024, 0, 1, Number(match[1]), Number(match[2])));
}

/**
 * Clock times already written, by language and times: every office and card shows the same few again,
 * and a range costs `Intl` a fraction of a millisecond each time. Emptied past 1,000 entries.
 */
const clockTexts = new Map<string, string>();
function clockText(key: string, write: () => string): string {
  let text = clockTexts.get(key);
  if (text === undefined) {
    if (clockTexts.size >= 1000) clockTexts.clear();
    text = write();
    clockTexts.set(key, text);
  }
  return text;
}

/** A wall-clock time written `HH:MM` (as the content stores it) in the reader's language: "09:00", "13:30". */
export function formatWallTime(time: string, locale: string): string {
  return clockText(`${locale}|${time}`, () => dateFormat(locale, { timeZone: 'UTC', ...CLOCK }).format(wallClock(time)));
}

/** Two wall-clock times as a range: "09:00–12:00", "13:30 – 16:00" in French, "13:30–16:00" in Arabic. */
export function formatWallTimeRange(opens: string, closes: string, locale: string): string {
  return clockText(`${locale}|${opens}|${closes}`, () =>
    dateFormat(locale, { timeZone: 'UTC', ...CLOCK }).formatRange(wallClock(opens), wallClock(closes)),
  );
}

/**
 * The name of a weekday: `'we'` (content schema), or 0 to 6 counted from Monday.
 * `width` `long` gives "Wednesday", `short` "Wed", `narrow` "W".
 */
export function formatWeekday(day: WeekdayCode | number, locale: string, width: 'long' | 'short' | 'narrow' = 'long'): string {
  const index = typeof day === 'number' ? day : WEEKDAYS.indexOf(day);
  if (!Number.isInteger(index) || index < 0 || index > 6) throw new RangeError(`Not a weekday: ${String(day)}`);
  // 1 January 2024 was a Monday.
  return dateFormat(locale, { timeZone: 'UTC', weekday: width }).format(new Date(Date.UTC(2024, 0, 1 + index, 12)));
}

/** A number in the reader's way ("1,234.5", "1.234,5"); any `Intl.NumberFormat` option (units: `style: 'unit'`). */
export function formatNumber(value: number, locale: string, options: Intl.NumberFormatOptions = {}): string {
  return cached('nf', locale, options, () => new Intl.NumberFormat(intlLocale(locale), options)).format(value);
}

/** An amount of money: "€357", "€12.50" (cents only when there are some), "357 €" in French. */
export function formatMoney(value: number, currency: string, locale: string): string {
  const digits = Number.isInteger(value) ? 0 : 2;
  return formatNumber(value, locale, { style: 'currency', currency, minimumFractionDigits: digits, maximumFractionDigits: digits });
}

/** Items joined as the language does: "Brussels, Liège and Antwerp"; `disjunction` gives "... or ...". */
export function formatList(items: readonly string[], locale: string, type: 'conjunction' | 'disjunction' | 'unit' = 'conjunction'): string {
  const options = { type, style: 'long' } as const;
  return cached('lf', locale, options, () => new Intl.ListFormat(intlLocale(locale), options)).format(items);
}

/** Names in the order a reader looks them up: case and accents aside, numbers by their value ("2" before "10"). */
export const NAME_ORDER: Intl.CollatorOptions = { sensitivity: 'base', numeric: true };

/**
 * Texts compared as the reader's language sorts them (`collator.compare`); `options` as `Intl.Collator`'s
 * (`NAME_ORDER`). One collator per language and options.
 */
export function textCollator(locale: string, options: Intl.CollatorOptions = {}): Intl.Collator {
  return cached('co', locale, options, () => new Intl.Collator(intlLocale(locale), options));
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/**
 * How far `target` is from `now`, in words: "now", "in 20 minutes", "in 2 hours", "tomorrow",
 * "in 3 days", "next week", "2 days ago". Under an hour it counts minutes, on the same calendar day hours;
 * otherwise calendar days in `timeZone` (Belgian time by default), so at 20:00 today, 9:00 tomorrow is
 * "tomorrow", not "in 13 hours".
 */
export function formatRelativeTime(target: Date, now: Date, locale: string, timeZone = BRUSSELS_TIME_ZONE): string {
  const options = { numeric: 'auto', style: 'long' } as const;
  const rtf = cached('rtf', locale, options, () => new Intl.RelativeTimeFormat(intlLocale(locale), options));
  const diff = target.getTime() - now.getTime();
  const abs = Math.abs(diff);
  if (abs < MINUTE) return rtf.format(0, 'second');
  if (abs < HOUR) return rtf.format(Math.sign(diff) * Math.max(1, Math.round(abs / MINUTE)), 'minute');
  const days = dayNumber(target, timeZone) - dayNumber(now, timeZone);
  if (days === 0) return rtf.format(Math.sign(diff) * Math.round(abs / HOUR), 'hour');
  if (Math.abs(days) < 7) return rtf.format(days, 'day');
  if (Math.abs(days) < 28) return rtf.format(Math.round(days / 7), 'week');
  if (Math.abs(days) < 365) return rtf.format(Math.round(days / 30.4), 'month');
  return rtf.format(Math.round(days / 365.25), 'year');
}

/** Days since 1970-01-01 of the calendar date that `date` falls on in `timeZone`. */
function dayNumber(date: Date, timeZone: string): number {
  const parts = dateFormat('en', { timeZone, year: 'numeric', month: 'numeric', day: 'numeric' }).formatToParts(date);
  const get = (type: string) => Number(parts.find((part) => part.type === type)?.value);
  return Date.UTC(get('year'), get('month') - 1, get('day')) / (24 * HOUR);
}

/** The reader's time zone as last read: its offset from UTC then, and until when it is taken as it is. */
let readerZone: { zone: string | undefined; offset: number; until: number } | undefined;

/**
 * The reader's own time zone as the browser reports it (`Europe/Paris`), or undefined. Read again when the
 * device's offset from UTC changed, and at least once a minute (a device that travels changes zone): each
 * read makes a formatter in the browser's own language, which no other formatting uses (2 to 6 ms the
 * first time, 0.3 ms each time after).
 */
export function readerTimeZone(): string | undefined {
  const now = new Date();
  const offset = now.getTimezoneOffset();
  const time = now.getTime();
  if (readerZone && readerZone.offset === offset && time < readerZone.until && time >= readerZone.until - 60_000) return readerZone.zone;
  let zone: string | undefined;
  try {
    zone = new Intl.DateTimeFormat().resolvedOptions().timeZone;
  } catch {
    zone = undefined;
  }
  readerZone = { zone, offset, until: time + 60_000 };
  return zone;
}

function utcOffset(date: Date, timeZone: string): string {
  return (
    dateFormat('en', { timeZone, timeZoneName: 'longOffset' })
      .formatToParts(date)
      .find((part) => part.type === 'timeZoneName')?.value ?? ''
  );
}

/**
 * True when clocks in `timeZone` (the reader's, by default) show another time than Belgian clocks at
 * `at`: then times must be labelled "Belgian time". Paris and Amsterdam never differ; London, Istanbul
 * or Kinshasa do. An unknown zone counts as different.
 */
export function differsFromBelgianTime(at: Date, timeZone: string | undefined = readerTimeZone()): boolean {
  if (!timeZone) return true;
  try {
    return utcOffset(at, timeZone) !== utcOffset(at, BRUSSELS_TIME_ZONE);
  } catch {
    return true;
  }
}

/**
 * The name of a language in another language: `languageName('fr', 'nl')` is "Frans",
 * `languageName('ar', 'ar')` "العربية". Falls back to the tag when `Intl.DisplayNames` does not know it.
 */
export function languageName(tag: string, inLocale: string): string {
  try {
    const names = cached('dn', inLocale, {}, () => new Intl.DisplayNames([inLocale], { type: 'language', fallback: 'code' }));
    return names.of(tag) ?? tag;
  } catch {
    return tag;
  }
}

/** A language's name in itself, capitalised as a menu item ("Français", "Nederlands", "العربية"). */
export function autonym(tag: string): string {
  const name = languageName(tag, tag);
  return name.charAt(0).toLocaleUpperCase(tag) + name.slice(1);
}
