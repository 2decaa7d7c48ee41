/**
 * Sessions over a span of days, for tests that look at many sessions at once (a daylight-saving change,
 * a year of calendar entries). The widgets ask for one day or one week at a time.
 */
import { assert } from '@open-wc/testing';
import { scheduleDay, type ScheduleLike, type Session } from '../../src/logic/schedule.js';
import { addDays, BRUSSELS, localDate } from '../../src/logic/zoned-time.js';

/** Every session that overlaps `[from, to)`, in order. */
export function sessionsBetween(schedule: ScheduleLike, from: Date, to: Date): Session[] {
  const sessions: Session[] = [];
  if (to <= from) return sessions;
  // A session lies within its own calendar date, so the dates of `from` and `to` bound the search.
  const last = localDate(to, BRUSSELS);
  for (let date = localDate(from, BRUSSELS); date <= last; date = addDays(date, 1)) {
    for (const session of scheduleDay(schedule, date).sessions) {
      if (session.end > from && session.start < to) sessions.push(session);
    }
  }
  return sessions;
}

/** The session at `index` on `date` (`YYYY-MM-DD`); fails the test when there is none. */
export function sessionOn(schedule: ScheduleLike, date: string, index = 0): Session {
  const session = scheduleDay(schedule, date).sessions[index];
  assert.isDefined(session, `session ${index} on ${date}`);
  return session;
}
