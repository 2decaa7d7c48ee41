/**
 * Wall-clock time in a named time zone (Europe/Brussels by default) and back, with `Intl` only.
 *
 * Calendar dates are plain `YYYY-MM-DD` strings and wall times `HH:MM` strings, as in the content schema,
 * so they never pass through the reader's own time zone. Instants are `Date`s. Nothing here reads the
 * clock or the reader's time zone.
 */
import type { Weekday } from '../content/schema/common.js';
import { clockPartsFormat } from '../i18n/format.js';

/** The time zone every schedule in the content is written in. */
export const BRUSSELS = 'Europe/Brussels';

/** Weekdays in ISO order (Monday first), as the schema writes them. */
const WEEKDAYS: readonly Weekday[] = ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'];

const MINUTE = 60_000;
const DAY = 86_400_000;

/** The wall clock in a time zone at one instant. */
export interface WallClock {
  /** `YYYY-MM-DD` */
  date: string;
  /** `HH:MM`, 24-hour */
  time: string;
  year: number;
  /** 1..12 */
  month: number;
  day: number;
  /** 0..23 */
  hour: number;
  minute: number;
  second: number;
  weekday: Weekday;
}

/**
 * Results already computed, by their arguments: a page computes the same dates and instants again and
 * again (each office, each view, each calendar file), and `formatToParts` is slow. Every function here
 * is pure, so a remembered result is the result; callers get their own copy (Dates and arrays are
 * mutable). Each memo is emptied when it grows past MEMO_LIMIT entries.
 */
const MEMO_LIMIT = 4096;
function remember<V>(memo: Map<string, V>, key: string, value: V): V {
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(key, value);
  return value;
}
const dates = new Map<string, readonly [number, number, number]>();
const clocks = new Map<string, Readonly<WallClock>>();
const instants = new Map<string, number>();

const pad2 = (n: number) => String(n).padStart(2, '0');
const pad4 = (n: number) => String(n).padStart(4, '0');

/** `YYYY-MM-DD` from numbers. */
export function formatDate(year: number, month: number, day: number): string {
  return `${pad4(year)}-${pad2(month)}-${pad2(day)}`;
}

/**
 * Orders two `YYYY-MM-DD` dates for `sort`, earlier first: as their text compares, with no collator (a
 * date is not words in a language; `localeCompare` would set up one in the browser's own language).
 */
export function compareDates(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** `[year, month, day]` from `YYYY-MM-DD`; throws a RangeError on anything else. */
export function parseDate(date: string): [number, number, number] {
  const known = dates.get(date);
  if (known) return [known[0], known[1], known[2]];
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) throw new RangeError(`not a date written YYYY-MM-DD: ${JSON.stringify(date)}`);
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) {
    throw new RangeError(`no such date: ${date}`);
  }
  remember(dates, date, [year, month, day]);
  return [year, month, day];
}

/** Minutes since midnight from `HH:MM` (`24:00` is accepted as the end of the day); throws a RangeError otherwise. */
export function parseTime(time: string): number {
  const match = /^(\d{2}):(\d{2})$/.exec(time);
  const hours = match ? Number(match[1]) : NaN;
  const minutes = match ? Number(match[2]) : NaN;
  if (!match || minutes > 59 || hours > 24 || (hours === 24 && minutes !== 0)) {
    throw new RangeError(`not a time written HH:MM: ${JSON.stringify(time)}`);
  }
  return hours * 60 + minutes;
}

/** The wall clock in `timeZone` at `instant`. */
export function wallClock(instant: Date, timeZone: string = BRUSSELS): WallClock {
  const t = instant.getTime();
  if (!Number.isFinite(t)) throw new RangeError('invalid Date');
  const key = `${timeZone}\n${t}`;
  const known = clocks.get(key);
  if (known) return { ...known };
  const parts: Record<string, string> = {};
  for (const part of clockPartsFormat(timeZone).formatToParts(instant)) parts[part.type] = part.value;
  let year = Number(parts.year);
  if (parts.era && /^B/i.test(parts.era)) year = 1 - year;
  const month = Number(parts.month);
  const day = Number(parts.day);
  const hour = Number(parts.hour) % 24;
  const minute = Number(parts.minute);
  const second = Number(parts.second);
  const date = formatDate(year, month, day);
  const clock = { date, time: `${pad2(hour)}:${pad2(minute)}`, year, month, day, hour, minute, second, weekday: weekdayOf(date) };
  remember(clocks, key, { ...clock });
  return clock;
}

/** The calendar date (`YYYY-MM-DD`) in `timeZone` at `instant`. */
export function localDate(instant: Date, timeZone: string = BRUSSELS): string {
  return wallClock(instant, timeZone).date;
}

/** How far `timeZone`'s wall clock is ahead of UTC at `instant`, in minutes (Brussels: 60 in winter, 120 in summer). */
export function utcOffsetMinutes(instant: Date, timeZone: string = BRUSSELS): number {
  const w = wallClock(instant, timeZone);
  const wallAsUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  const wholeSeconds = Math.floor(instant.getTime() / 1000) * 1000;
  // Date.UTC maps years 0..99 to 1900..1999; no schedule needs them.
  return Math.round((wallAsUtc - wholeSeconds) / MINUTE);
}

/**
 * What to do with a wall time that occurs twice (the clock goes back: 02:30 on the last Sunday of
 * October in Brussels) or never (the clock jumps forward: 02:30 on the last Sunday of March).
 * - `compatible` (the default, as Temporal and RFC 5545 do): the earlier of two, and for a skipped time
 *   the instant it would be with the offset from before the jump (02:30 becomes 03:30 summer time).
 * - `earlier` / `later`: the earlier or later of two; for a skipped time, shifted back or forward by the gap.
 * - `reject`: throw a RangeError for both.
 */
export type Disambiguation = 'compatible' | 'earlier' | 'later' | 'reject';

/** The instant at which `timeZone`'s wall clock shows `date` `time` (`time` may be `24:00`, the next midnight). */
export function zonedInstant(date: string, time: string, timeZone: string = BRUSSELS, disambiguation: Disambiguation = 'compatible'): Date {
  const key = `${timeZone}\n${date}\n${time}\n${disambiguation}`;
  const known = instants.get(key);
  if (known !== undefined) return new Date(known);
  return new Date(remember(instants, key, findInstant(date, time, timeZone, disambiguation)));
}

function findInstant(date: string, time: string, timeZone: string, disambiguation: Disambiguation): number {
  const [year, month, day] = parseDate(date);
  const minutes = parseTime(time);
  const wallAsUtc = Date.UTC(year, month - 1, day) + minutes * MINUTE;
  // An offset from a day before and a day after: Intl gives offsets, not transitions, and no zone changes
  // its offset twice within two days.
  const before = utcOffsetMinutes(new Date(wallAsUtc - DAY), timeZone);
  const after = utcOffsetMinutes(new Date(wallAsUtc + DAY), timeZone);
  const candidates = [...new Set([before, after])]
    .map((offset) => wallAsUtc - offset * MINUTE)
    .filter((t) => t + utcOffsetMinutes(new Date(t), timeZone) * MINUTE === wallAsUtc)
    .sort((a, b) => a - b);
  if (candidates.length === 1) return candidates[0]!;
  if (disambiguation === 'reject') {
    throw new RangeError(`${date} ${time} ${candidates.length ? 'occurs twice' : 'does not exist'} in ${timeZone}`);
  }
  if (candidates.length > 1) {
    return disambiguation === 'later' ? candidates[candidates.length - 1]! : candidates[0]!;
  }
  // Skipped: `before` is the offset in force before the jump.
  const shiftedForward = wallAsUtc - before * MINUTE;
  const shiftedBack = wallAsUtc - after * MINUTE;
  return disambiguation === 'earlier' ? Math.min(shiftedForward, shiftedBack) : Math.max(shiftedForward, shiftedBack);
}

/** The weekday of a calendar date. */
export function weekdayOf(date: string): Weekday {
  const [year, month, day] = parseDate(date);
  const sundayFirst = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
  // getUTCDay() is 0-6, so the index is too.
  return WEEKDAYS[(sundayFirst + 6) % 7]!;
}

/** The calendar date `days` after `date` (negative: before). */
export function addDays(date: string, days: number): string {
  const [year, month, day] = parseDate(date);
  const d = new Date(Date.UTC(year, month - 1, day + days));
  return formatDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/** Whole calendar days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: string, to: string): number {
  const [y1, m1, d1] = parseDate(from);
  const [y2, m2, d2] = parseDate(to);
  return Math.round((Date.UTC(y2, m2 - 1, d2) - Date.UTC(y1, m1 - 1, d1)) / DAY);
}

/** The Monday on or before `date`. */
export function startOfWeek(date: string): string {
  return addDays(date, -WEEKDAYS.indexOf(weekdayOf(date)));
}
