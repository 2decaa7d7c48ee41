/**
 * Opening hours of services, on top of the schedule logic (Europe/Brussels, holidays, exceptions):
 * the "open now" filter of the service finder.
 */
import type { Service } from '../content/schema/services.js';
import type { Steps } from '../internal/steps.js';
import { belgianPublicHoliday } from './holidays.js';
import { isOpenAt, type ScheduleLike } from './schedule.js';
import { parseTime, utcOffsetMinutes, wallClock } from './zoned-time.js';

/** Whether a session is under way at `instant` at any location of the service. No schedule: not known, so `false`. */
export function isServiceOpenAt(service: Service, instant: Date): boolean {
  return service.locations.some((location) => location.schedule !== undefined && isOpenAt(location.schedule, instant));
}

const DAY = 86_400_000;

/**
 * The same answer as `isOpenAt` on a day without a clock change, worked out from the wall clock alone
 * (date, weekday, minute, holiday computed once for all schedules), following the rules of `scheduleDay`:
 * a `closed` exception or a holiday (unless `publicHolidays` is `open`) cancels the weekly rules, a
 * `changed` exception replaces them, `changed` and `extra` sessions count whatever else happens.
 */
function openOnWallClock(schedule: ScheduleLike, date: string, weekday: string, minute: number, holiday: boolean): boolean {
  const within = (opens: string, closes: string) => parseTime(opens) <= minute && minute < parseTime(closes);
  let closed = holiday && (schedule.publicHolidays ?? 'closed') === 'closed';
  let changed = false;
  for (const exception of schedule.exceptions ?? []) {
    if (exception.date !== date) continue;
    if (exception.kind === 'closed') closed = true;
    else {
      if (exception.kind === 'changed') changed = true;
      if (exception.opens !== undefined && exception.closes !== undefined && within(exception.opens, exception.closes)) return true;
    }
  }
  if (closed || changed) return false;
  return schedule.rules.some(
    (rule) =>
      (rule.days as readonly string[]).includes(weekday) &&
      (rule.validFrom === undefined || rule.validFrom <= date) &&
      (rule.validUntil === undefined || date <= rule.validUntil) &&
      within(rule.opens, rule.closes),
  );
}

/** Whether a schedule has hours past midnight: those need yesterday's rules too, so the full schedule logic answers. */
const pastMidnight = (schedule: ScheduleLike) =>
  schedule.rules.some((rule) => rule.closesNextDay === true) || (schedule.exceptions ?? []).some((exception) => exception.closesNextDay === true);

/**
 * An `openNow` predicate for `searchServices` at one instant, remembering each service's answer so
 * that typing in the search box does not compute schedules again. Make a new one when the clock moves on.
 * The Belgian wall clock is read once, so that checking thousands of services stays fast; within a day of
 * a clock change, and for hours past midnight, a schedule is checked instant by instant instead.
 */
export function openNowFilter(instant: Date): (service: Service) => boolean {
  const answers = new WeakMap<Service, boolean>();
  const t = instant.getTime();
  const steady = utcOffsetMinutes(new Date(t - DAY)) === utcOffsetMinutes(new Date(t + DAY));
  const wall = wallClock(instant);
  const minute = wall.hour * 60 + wall.minute;
  const holiday = belgianPublicHoliday(wall.date) !== undefined;
  const openAt = (schedule: ScheduleLike) =>
    steady && !pastMidnight(schedule) ? openOnWallClock(schedule, wall.date, wall.weekday, minute, holiday) : isOpenAt(schedule, instant);
  const open = (service: Service) => service.locations.some((location) => location.schedule !== undefined && openAt(location.schedule));
  return (service) => {
    let answer = answers.get(service);
    if (answer === undefined) answers.set(service, (answer = open(service)));
    return answer;
  };
}

/**
 * Asks `openNow` about every service, pausing every 64: run in slices after the clock moves to a new
 * minute, so that the reader's tick on "Open now" finds every answer ready (10,000 services take about
 * 20 ms the first time, a frame and more).
 */
export function* answerOpenNow(services: readonly Service[], openNow: (service: Service) => boolean): Steps<void> {
  for (let i = 0; i < services.length; i += 1) {
    openNow(services[i]!);
    if ((i & 63) === 63) yield;
  }
}
