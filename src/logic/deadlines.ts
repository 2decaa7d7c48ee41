/**
 * Counting a legal deadline from the day an event happened (a decision notified): day 1 is the day after
 * the event, the last day is day `days`. When that day is a Saturday, a Sunday or a Belgian public
 * holidays (./holidays.ts), whether it moves is the content's rule with its own source (`lastDay`); with
 * no such rule the result says the day is closed and that it is not known whether the deadline moves.
 * A rule in working days (`unit: 'working-days'`) counts only days that are not Saturdays, Sundays or
 * Belgian public holidays: day 1 is the first such day after the event, and the last day is one too.
 * Pure: dates are `YYYY-MM-DD` calendar days, no clock, no time zone.
 */
import type { DeadlineRule } from '../content/schema/common.js';
import { belgianPublicHoliday, type PublicHolidayId } from './holidays.js';
import { addDays, weekdayOf } from './zoned-time.js';

/** Why a day is not a working day. */
export type ClosedDay = { kind: 'saturday' } | { kind: 'sunday' } | { kind: 'holiday'; holiday: PublicHolidayId };

/** The last day to act, and how it was found. */
export interface DeadlineCount {
  /** The event's day, as given. */
  from: string;
  /** Day 1 of the count: the day after the event. */
  firstDay: string;
  /** Day `days` of the count. */
  counted: string;
  /** Why `counted` is not a working day, when it is not. */
  closed?: ClosedDay;
  /**
   * `moved`: the rule moves the last day to `last`; `stays`: the rule keeps it; `unknown`: the counted day
   * is closed and the content gives no rule (the reader must ask); `open`: the counted day is a working day.
   */
  outcome: 'open' | 'moved' | 'stays' | 'unknown';
  /** The last day to act: `counted`, or the day the rule moves it to. */
  last: string;
  /** The closed days passed over: to reach `last` when moved, or not counted in working days. */
  skipped: { date: string; closed: ClosedDay }[];
}

/** Why `date` is not a working day in Belgium (a weekend or a public holiday), or undefined when it is one. */
export function closedDay(date: string): ClosedDay | undefined {
  const weekday = weekdayOf(date);
  if (weekday === 'sa') return { kind: 'saturday' };
  if (weekday === 'su') return { kind: 'sunday' };
  const holiday = belgianPublicHoliday(date);
  return holiday ? { kind: 'holiday', holiday: holiday.id } : undefined;
}

/** Counts `rule.days` from `from` (`YYYY-MM-DD`) and applies the rule's `lastDay`, if any. */
export function countDeadline(rule: Pick<DeadlineRule, 'days' | 'lastDay' | 'unit'>, from: string): DeadlineCount {
  if (rule.unit === 'working-days') return countWorkingDays(rule.days, from);
  const firstDay = addDays(from, 1);
  const counted = addDays(from, rule.days);
  const closed = closedDay(counted);
  const base = { from, firstDay, counted, skipped: [] as DeadlineCount['skipped'] };
  if (!closed) return { ...base, outcome: 'open', last: counted };
  if (!rule.lastDay) return { ...base, closed, outcome: 'unknown', last: counted };
  if (rule.lastDay.moves === 'stays') return { ...base, closed, outcome: 'stays', last: counted };
  let last = counted;
  let why: ClosedDay | undefined = closed;
  const skipped: DeadlineCount['skipped'] = [];
  // At most a weekend and two holidays in a row in Belgium; the bound only guards against a bad table.
  for (let i = 0; why && i < 14; i += 1) {
    skipped.push({ date: last, closed: why });
    last = addDays(last, 1);
    why = closedDay(last);
  }
  return { ...base, closed, outcome: 'moved', last, skipped };
}

/** `days` working days from `from`: the closed days on the way are listed in `skipped`. */
function countWorkingDays(days: number, from: string): DeadlineCount {
  const skipped: DeadlineCount['skipped'] = [];
  let firstDay: string | undefined;
  let date = from;
  // A year holds about 250 working days; the bound only guards against a bad table.
  for (let counted = 0, i = 0; counted < days && i < days * 3 + 30; i += 1) {
    date = addDays(date, 1);
    const closed = closedDay(date);
    if (closed) {
      skipped.push({ date, closed });
      continue;
    }
    firstDay ??= date;
    counted += 1;
  }
  return { from, firstDay: firstDay ?? addDays(from, 1), counted: date, outcome: 'open', last: date, skipped };
}

/** Whether a typed date is a real calendar date `YYYY-MM-DD` (the helper's input, before counting). */
export function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const d = new Date(Date.UTC(year, month - 1, day));
  return year >= 1900 && year <= 2200 && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}
