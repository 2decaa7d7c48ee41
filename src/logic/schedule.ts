/**
 * Weekly schedules (walk-in sessions, opening hours) expanded into dated sessions, and what a reader asks
 * of them: is it open now, until when, when is the next session, what are today's hours.
 *
 * A schedule is written in Europe/Brussels wall-clock time (`Schedule` in src/content/schema/common.ts).
 * Everything is computed in Europe/Brussels, whatever the reader's time zone, from the instant passed in:
 * nothing here reads the clock.
 *
 * How a day is worked out:
 * 1. the weekly rules for its weekday that are valid on that date (`validFrom`/`validUntil` inclusive)
 *    give the regular sessions;
 * 2. on a Belgian public holiday the regular sessions are cancelled, unless `publicHolidays` is `open`;
 * 3. a `closed` exception cancels the regular sessions of its date;
 * 4. `changed` exceptions replace the regular sessions of their date with their own hours (also on a
 *    holiday or a `closed` date: an exception is the author's word for that day);
 * 5. `extra` exceptions add a session on their date, whatever else happens that day.
 */
import type { LocalizedText, ScheduleException, Weekday, WeeklyRule } from '../content/schema/common.js';
import { belgianPublicHoliday, type PublicHoliday } from './holidays.js';
import { addDays, BRUSSELS, localDate, parseDate, weekdayOf, startOfWeek, wallClock, zonedInstant, daysBetween } from './zoned-time.js';

/** What the schedule functions need: a parsed `Schedule` fits, and so does one with defaults left out. */
export interface ScheduleLike {
  rules: readonly WeeklyRule[];
  exceptions?: readonly ScheduleException[];
  publicHolidays?: 'closed' | 'open';
}

/** One dated session (or opening period). */
export interface Session {
  /** Europe/Brussels calendar date, `YYYY-MM-DD`. */
  date: string;
  /** Wall-clock times as written in the content, `HH:MM`. */
  opens: string;
  closes: string;
  /** `closes` is on the day after `date` (hours past midnight: a night shelter's 20:00-08:00). */
  closesNextDay?: true;
  /** The instants they stand for. */
  start: Date;
  end: Date;
  /** From a weekly rule, an `extra` exception or a `changed` exception. */
  kind: 'regular' | 'extra' | 'changed';
  /** Index of the weekly rule in `schedule.rules`, for regular sessions. */
  rule?: number;
  /** The rule's or the exception's note. */
  note?: LocalizedText;
}

/** Why the regular sessions of a day do not take place. */
type ClosedReason = { reason: 'holiday'; holiday: PublicHoliday } | { reason: 'exception'; note?: LocalizedText };

/** One calendar day of a schedule. */
export interface ScheduleDay {
  /** `YYYY-MM-DD`, Europe/Brussels. */
  date: string;
  weekday: Weekday;
  /** The sessions that take place, in order. */
  sessions: Session[];
  /** The public holiday on this date, if any (also when the schedule stays open on holidays). */
  holiday?: PublicHoliday;
  /** Set when regular sessions were cancelled by a holiday or a `closed` exception. */
  closed?: ClosedReason;
  /** Regular sessions that do not take place as planned (closed, holiday, or replaced by changed hours). */
  cancelled: Session[];
  /** The exceptions dated this day, as written. */
  exceptions: ScheduleException[];
}

function makeSession(
  date: string,
  opens: string,
  closes: string,
  kind: Session['kind'],
  extra: { rule?: number; note?: LocalizedText | undefined; closesNextDay?: boolean | undefined },
): Session | undefined {
  const start = zonedInstant(date, opens, BRUSSELS);
  const end = zonedInstant(extra.closesNextDay ? addDays(date, 1) : date, closes, BRUSSELS);
  // Only a session that falls wholly inside the hour skipped when clocks go forward can end up empty.
  if (end <= start) return undefined;
  const session: Session = { date, opens, closes, start, end, kind };
  if (extra.closesNextDay) session.closesNextDay = true;
  if (extra.rule !== undefined) session.rule = extra.rule;
  if (extra.note !== undefined) session.note = extra.note;
  return session;
}

const byStart = (a: Session, b: Session) => a.start.getTime() - b.start.getTime() || a.end.getTime() - b.end.getTime();

/** Whether a weekly rule applies on `date` (its weekday, within its validity dates). */
export function ruleAppliesOn(rule: WeeklyRule, date: string): boolean {
  if (rule.validFrom !== undefined && date < rule.validFrom) return false;
  if (rule.validUntil !== undefined && date > rule.validUntil) return false;
  return rule.days.includes(weekdayOf(date));
}

/** The regular sessions the weekly rules give on `date`, before holidays and exceptions. */
function regularSessions(schedule: ScheduleLike, date: string): Session[] {
  const sessions: Session[] = [];
  schedule.rules.forEach((rule, index) => {
    if (!ruleAppliesOn(rule, date)) return;
    const session = makeSession(date, rule.opens, rule.closes, 'regular', { rule: index, note: rule.note, closesNextDay: rule.closesNextDay });
    if (session) sessions.push(session);
  });
  return sessions.sort(byStart);
}

/** What happens on one Europe/Brussels calendar date (`YYYY-MM-DD`). */
export function scheduleDay(schedule: ScheduleLike, date: string): ScheduleDay {
  parseDate(date);
  const exceptions = (schedule.exceptions ?? []).filter((exception) => exception.date === date);
  const holiday = belgianPublicHoliday(date);
  const regular = regularSessions(schedule, date);
  const day: ScheduleDay = { date, weekday: weekdayOf(date), sessions: [], cancelled: [], exceptions };
  if (holiday) day.holiday = holiday;

  const closedException = exceptions.find((exception) => exception.kind === 'closed');
  const changed = exceptions.filter((exception) => exception.kind === 'changed');
  const extras = exceptions.filter((exception) => exception.kind === 'extra');

  if (closedException) {
    day.closed = { reason: 'exception' };
    if (closedException.note) day.closed.note = closedException.note;
  } else if (holiday && (schedule.publicHolidays ?? 'closed') === 'closed') {
    day.closed = { reason: 'holiday', holiday };
  }
  if (day.closed || changed.length > 0) day.cancelled = regular;
  else day.sessions = regular;

  for (const exception of [...changed, ...extras]) {
    if (exception.opens === undefined || exception.closes === undefined) continue;
    const session = makeSession(date, exception.opens, exception.closes, exception.kind as 'changed' | 'extra', {
      note: exception.note,
      closesNextDay: exception.closesNextDay,
    });
    if (session) day.sessions.push(session);
  }
  day.sessions.sort(byStart);
  return day;
}

/** Seven days, Monday to Sunday, of the Europe/Brussels week that contains `now`, moved by `weekOffset` weeks. */
export function scheduleWeek(schedule: ScheduleLike, now: Date, weekOffset = 0): ScheduleDay[] {
  const monday = addDays(startOfWeek(localDate(now, BRUSSELS)), weekOffset * 7);
  return Array.from({ length: 7 }, (_, i) => scheduleDay(schedule, addDays(monday, i)));
}

/** `count` days from today (the Europe/Brussels date of `now`) on: the days a reader can still go. */
export function scheduleNextDays(schedule: ScheduleLike, now: Date, count = 7): ScheduleDay[] {
  const today = localDate(now, BRUSSELS);
  return Array.from({ length: count }, (_, i) => scheduleDay(schedule, addDays(today, i)));
}

/** Today's hours: the schedule on the Europe/Brussels date of `now` (the same for a reader anywhere). */
export function todaysHours(schedule: ScheduleLike, now: Date): ScheduleDay {
  return scheduleDay(schedule, localDate(now, BRUSSELS));
}

/** How far ahead the search for a next session looks, in days, unless told otherwise. */
const DEFAULT_HORIZON_DAYS = 400;

export interface SearchOptions {
  /** Days to look ahead from the date of `now` (default 400). */
  horizonDays?: number;
}

/**
 * The sessions that have not ended at `now` (the one under way first), in order, looking `horizonDays`
 * ahead: computed day by day, only as far as the caller reads.
 */
function* sessionsFrom(schedule: ScheduleLike, now: Date, options: SearchOptions): Generator<Session> {
  const first = localDate(now, BRUSSELS);
  const horizon = options.horizonDays ?? DEFAULT_HORIZON_DAYS;
  // From yesterday: a session past midnight may still be under way.
  for (let i = -1; i <= horizon; i++) {
    for (const session of scheduleDay(schedule, addDays(first, i)).sessions) if (session.end > now) yield session;
  }
}

/** The session under way at `now` (start inclusive, end exclusive), if any: today's, or yesterday's past midnight. */
export function currentSession(schedule: ScheduleLike, now: Date): Session | undefined {
  const today = localDate(now, BRUSSELS);
  const underWay = (s: Session) => s.start <= now && now < s.end;
  return scheduleDay(schedule, today).sessions.find(underWay) ?? scheduleDay(schedule, addDays(today, -1)).sessions.find(underWay);
}

/** The first session that starts after `now`, if any within `horizonDays`. */
export function nextSession(schedule: ScheduleLike, now: Date, options: SearchOptions = {}): Session | undefined {
  const first = localDate(now, BRUSSELS);
  const horizon = options.horizonDays ?? DEFAULT_HORIZON_DAYS;
  for (let i = 0; i <= horizon; i++) {
    const session = scheduleDay(schedule, addDays(first, i)).sessions.find((s) => s.start > now);
    if (session) return session;
  }
  return undefined;
}

/** Whether a session is under way at `instant`. */
export function isOpenAt(schedule: ScheduleLike, instant: Date): boolean {
  return currentSession(schedule, instant) !== undefined;
}

/**
 * What to tell a reader at `now`:
 * - `open`: a session is under way; `until` is when the place closes, running on through sessions that
 *   follow without a break ("now open until 12:00"); `untilDays` counts the calendar days to it (1: "until
 *   08:00 tomorrow", past midnight); `next` is the first session after that;
 * - `later-today`: the next session starts later on the same Europe/Brussels date ("today, starts in 2 hours");
 * - `upcoming`: the next session is on a later date ("Wednesday 25 November, 9:00-12:00"); `daysUntil`
 *   counts calendar days (1 is tomorrow);
 * - `none`: no session within `horizonDays`.
 */
export type ScheduleStatus =
  | { state: 'open'; session: Session; until: Date; untilTime: string; untilDays: number; minutesLeft: number; next?: Session }
  | { state: 'later-today'; session: Session; startsInMinutes: number }
  | { state: 'upcoming'; session: Session; daysUntil: number }
  | { state: 'none' };

/** The reader-facing status of a schedule at `now`; see `ScheduleStatus`. */
export function scheduleStatus(schedule: ScheduleLike, now: Date, options: SearchOptions = {}): ScheduleStatus {
  const today = localDate(now, BRUSSELS);
  const current = currentSession(schedule, now);
  if (current) {
    let until = current.end;
    let next: Session | undefined;
    // Sessions that start no later than the current stretch ends keep the place open (50 at most).
    let seen = 0;
    for (const session of sessionsFrom(schedule, current.end, options)) {
      if (++seen > 50) break;
      if (session.start <= until) {
        if (session.end > until) until = session.end;
      } else {
        next = session;
        break;
      }
    }
    if (!next) next = nextSession(schedule, until, options);
    const status: ScheduleStatus = {
      state: 'open',
      session: current,
      until,
      untilTime: wallClock(until, BRUSSELS).time,
      untilDays: daysBetween(today, localDate(until, BRUSSELS)),
      minutesLeft: Math.ceil((until.getTime() - now.getTime()) / 60_000),
    };
    if (next) status.next = next;
    return status;
  }
  const next = nextSession(schedule, now, options);
  if (!next) return { state: 'none' };
  if (next.date === today) {
    return { state: 'later-today', session: next, startsInMinutes: Math.ceil((next.start.getTime() - now.getTime()) / 60_000) };
  }
  return { state: 'upcoming', session: next, daysUntil: daysBetween(today, next.date) };
}
