import { expect } from '@open-wc/testing';
import type { Schedule } from '../../src/content/schema/common.js';
import {
  currentSession,
  isOpenAt,
  nextSession,
  scheduleDay,
  scheduleStatus,
  scheduleNextDays,
  scheduleWeek,
  todaysHours,
  type ScheduleLike,
} from '../../src/logic/schedule.js';
import { sessionOn, sessionsBetween } from './sessions.js';

const iso = (d: Date) => d.toISOString();
/** A fixed clock: an instant written with its offset, as a reader somewhere would see it. */
const at = (text: string) => new Date(text);

/** ICAM walk-in moments: every Wednesday, 9:00-12:00 Brussels time. */
const wednesdays: Schedule = {
  rules: [{ days: ['we'], opens: '09:00', closes: '12:00' }],
  exceptions: [],
  publicHolidays: 'closed',
};

describe('schedule: expansion', () => {
  it('expands weekly sessions between two instants, in Brussels time', () => {
    const sessions = sessionsBetween(wednesdays, at('2026-11-16T00:00:00Z'), at('2026-12-10T00:00:00Z'));
    expect(sessions.map((s) => `${s.date} ${s.opens}-${s.closes} ${iso(s.start)} ${iso(s.end)}`)).to.deep.equal([
      '2026-11-18 09:00-12:00 2026-11-18T08:00:00.000Z 2026-11-18T11:00:00.000Z',
      '2026-11-25 09:00-12:00 2026-11-25T08:00:00.000Z 2026-11-25T11:00:00.000Z',
      '2026-12-02 09:00-12:00 2026-12-02T08:00:00.000Z 2026-12-02T11:00:00.000Z',
      '2026-12-09 09:00-12:00 2026-12-09T08:00:00.000Z 2026-12-09T11:00:00.000Z',
    ]);
    expect(sessions.every((s) => s.kind === 'regular' && s.rule === 0)).to.be.true;
  });

  it('includes a session under way at the start of the range and leaves out one that starts at its end', () => {
    const sessions = sessionsBetween(wednesdays, at('2026-11-25T10:00:00+01:00'), at('2026-12-02T09:00:00+01:00'));
    expect(sessions.map((s) => s.date)).to.deep.equal(['2026-11-25']);
  });

  it('keeps 9:00 Brussels time across the last Sunday of March (08:00 UTC before, 07:00 UTC after)', () => {
    const sessions = sessionsBetween(wednesdays, at('2026-03-20T00:00:00Z'), at('2026-04-05T00:00:00Z'));
    expect(sessions.map((s) => iso(s.start))).to.deep.equal(['2026-03-25T08:00:00.000Z', '2026-04-01T07:00:00.000Z']);
  });

  it('keeps 9:00 Brussels time across the last Sunday of October (07:00 UTC before, 08:00 UTC after)', () => {
    const sessions = sessionsBetween(wednesdays, at('2026-10-19T00:00:00Z'), at('2026-11-01T00:00:00Z'));
    expect(sessions.map((s) => iso(s.start))).to.deep.equal(['2026-10-21T07:00:00.000Z', '2026-10-28T08:00:00.000Z']);
  });

  it('gives sessions on the changeover Sundays their real length', () => {
    const night: ScheduleLike = { rules: [{ days: ['su'], opens: '01:00', closes: '04:00' }], publicHolidays: 'open' };
    const hours = (date: string) => {
      const s = sessionOn(night, date);
      return (s.end.getTime() - s.start.getTime()) / 3_600_000;
    };
    expect(hours('2026-03-22')).to.equal(3);
    expect(hours('2026-03-29')).to.equal(2); // the clock skips 02:00-03:00
    expect(hours('2026-10-25')).to.equal(4); // the clock repeats 02:00-03:00
    // A session wholly inside the skipped hour does not take place; in the repeated hour it lasts two hours.
    const skipped: ScheduleLike = { rules: [{ days: ['su'], opens: '02:00', closes: '03:00' }] };
    expect(scheduleDay(skipped, '2026-03-29').sessions).to.deep.equal([]);
    const repeated = sessionOn(skipped, '2026-10-25');
    expect([iso(repeated.start), iso(repeated.end)]).to.deep.equal(['2026-10-25T00:00:00.000Z', '2026-10-25T02:00:00.000Z']);
  });

  it('closes on a public holiday that falls on a Wednesday (Armistice Day, 11 November 2026)', () => {
    const day = scheduleDay(wednesdays, '2026-11-11');
    expect(day.sessions).to.deep.equal([]);
    expect(day.holiday?.id).to.equal('armistice');
    expect(day.closed).to.deep.equal({ reason: 'holiday', holiday: { id: 'armistice', date: '2026-11-11' } });
    expect(day.cancelled.map((s) => s.opens)).to.deep.equal(['09:00']);
    // Christmas 2024 and New Year 2025 were Wednesdays too.
    const sessions = sessionsBetween(wednesdays, at('2024-12-16T00:00:00Z'), at('2025-01-10T00:00:00Z'));
    expect(sessions.map((s) => s.date)).to.deep.equal(['2024-12-18', '2025-01-08']);
  });

  it('stays open on a holiday when the schedule says so, or when an exception says so', () => {
    expect(scheduleDay({ ...wednesdays, publicHolidays: 'open' }, '2026-11-11').sessions.map((s) => s.opens)).to.deep.equal(['09:00']);
    const changed = scheduleDay(
      { ...wednesdays, exceptions: [{ date: '2026-11-11', kind: 'changed', opens: '10:00', closes: '11:00' }] },
      '2026-11-11',
    );
    expect(changed.closed?.reason).to.equal('holiday');
    expect(changed.sessions.map((s) => `${s.kind} ${s.opens}-${s.closes}`)).to.deep.equal(['changed 10:00-11:00']);
  });

  it('adds an extra session, on another day or beside the regular one', () => {
    const schedule: Schedule = {
      ...wednesdays,
      exceptions: [
        { date: '2026-11-27', kind: 'extra', opens: '13:00', closes: '16:00', note: { en: 'Extra afternoon session.' } },
        { date: '2026-12-02', kind: 'extra', opens: '13:00', closes: '15:00' },
      ],
    };
    const friday = scheduleDay(schedule, '2026-11-27');
    expect(friday.sessions.map((s) => `${s.kind} ${s.opens}-${s.closes} ${iso(s.start)}`)).to.deep.equal([
      'extra 13:00-16:00 2026-11-27T12:00:00.000Z',
    ]);
    expect(friday.sessions[0]?.note).to.deep.equal({ en: 'Extra afternoon session.' });
    expect(scheduleDay(schedule, '2026-12-02').sessions.map((s) => `${s.kind} ${s.opens}`)).to.deep.equal(['regular 09:00', 'extra 13:00']);
  });

  it('replaces the regular hours on a date with changed hours', () => {
    const schedule: Schedule = {
      ...wednesdays,
      exceptions: [{ date: '2026-12-02', kind: 'changed', opens: '13:00', closes: '15:00', note: { en: 'Afternoon only.' } }],
    };
    const day = scheduleDay(schedule, '2026-12-02');
    expect(day.sessions.map((s) => `${s.kind} ${s.opens}-${s.closes}`)).to.deep.equal(['changed 13:00-15:00']);
    expect(day.cancelled.map((s) => s.opens)).to.deep.equal(['09:00']);
    expect(day.closed).to.be.undefined;
    expect(day.exceptions).to.have.length(1);
    expect(isOpenAt(schedule, at('2026-12-02T10:00:00+01:00'))).to.be.false;
    expect(isOpenAt(schedule, at('2026-12-02T14:00:00+01:00'))).to.be.true;
  });

  it('closes on a date with a closed exception and keeps its note', () => {
    const schedule: Schedule = {
      ...wednesdays,
      exceptions: [{ date: '2026-12-09', kind: 'closed', note: { en: 'Staff training.' } }],
    };
    const day = scheduleDay(schedule, '2026-12-09');
    expect(day.sessions).to.deep.equal([]);
    expect(day.closed).to.deep.equal({ reason: 'exception', note: { en: 'Staff training.' } });
    expect(nextSession(schedule, at('2026-12-03T12:00:00+01:00'))?.date).to.equal('2026-12-16');
  });

  it('stops an expired rule and starts a rule from its first valid date', () => {
    const moved: Schedule = {
      rules: [
        { days: ['we'], opens: '09:00', closes: '12:00', validUntil: '2026-11-18' },
        { days: ['th'], opens: '14:00', closes: '16:00', validFrom: '2026-11-19' },
      ],
      exceptions: [],
      publicHolidays: 'closed',
    };
    const sessions = sessionsBetween(moved, at('2026-11-16T00:00:00Z'), at('2026-12-01T00:00:00Z'));
    expect(sessions.map((s) => `${s.date} ${s.opens}`)).to.deep.equal(['2026-11-18 09:00', '2026-11-19 14:00', '2026-11-26 14:00']);
    const expired: Schedule = { ...moved, rules: moved.rules.slice(0, 1) };
    expect(nextSession(expired, at('2026-11-19T00:00:00Z'))).to.be.undefined;
    expect(scheduleStatus(expired, at('2026-11-19T00:00:00Z'))).to.deep.equal({ state: 'none' });
  });
});

describe('schedule: what to tell the reader', () => {
  it('says "today, starts in N" to a reader in New York on Tuesday evening, as it is Wednesday in Brussels', () => {
    const now = at('2026-11-24T23:30:00-05:00'); // 05:30 on Wednesday in Brussels
    const status = scheduleStatus(wednesdays, now);
    expect(status.state).to.equal('later-today');
    if (status.state !== 'later-today') return;
    expect(status.startsInMinutes).to.equal(210);
    expect(status.session.date).to.equal('2026-11-25');
  });

  it('says "now open until 12:00" during a session', () => {
    const status = scheduleStatus(wednesdays, at('2026-11-25T10:15:00+01:00'));
    expect(status.state).to.equal('open');
    if (status.state !== 'open') return;
    expect(status.untilTime).to.equal('12:00');
    expect(iso(status.until)).to.equal('2026-11-25T11:00:00.000Z');
    expect(status.minutesLeft).to.equal(105);
    expect(status.next?.date).to.equal('2026-12-02');
  });

  it('runs "open until" on through a session that follows without a break', () => {
    const schedule: Schedule = { ...wednesdays, exceptions: [{ date: '2026-11-25', kind: 'extra', opens: '12:00', closes: '14:00' }] };
    const status = scheduleStatus(schedule, at('2026-11-25T11:00:00+01:00'));
    expect(status.state === 'open' && status.untilTime).to.equal('14:00');
  });

  it('gives the next date once a session has ended (the end is exclusive)', () => {
    const status = scheduleStatus(wednesdays, at('2026-11-25T12:00:00+01:00'));
    expect(status).to.include({ state: 'upcoming', daysUntil: 7 });
    expect(status.state === 'upcoming' && status.session.date).to.equal('2026-12-02');
    expect(currentSession(wednesdays, at('2026-11-25T11:59:59+01:00'))?.date).to.equal('2026-11-25');
    expect(currentSession(wednesdays, at('2026-11-25T12:00:00+01:00'))).to.be.undefined;
  });

  it('skips a public holiday on a Wednesday when looking for the next session', () => {
    const status = scheduleStatus(wednesdays, at('2026-11-10T12:00:00+01:00'));
    expect(status.state === 'upcoming' && [status.session.date, status.daysUntil]).to.deep.equal(['2026-11-18', 8]);
  });

  it('finds the next session across the last Sunday of March, at 9:00 summer time', () => {
    const session = nextSession(wednesdays, at('2026-03-28T12:00:00Z'));
    expect(session && [session.date, iso(session.start)]).to.deep.equal(['2026-04-01', '2026-04-01T07:00:00.000Z']);
  });

  it('is open during the repeated hour of the last Sunday of October until the second 03:00', () => {
    const night: ScheduleLike = { rules: [{ days: ['su'], opens: '02:00', closes: '03:00' }], publicHolidays: 'open' };
    // 01:30 UTC is 02:30 winter time, the second time the clock shows 02:30 that night.
    const status = scheduleStatus(night, at('2026-10-25T01:30:00Z'));
    expect(status.state === 'open' && [status.untilTime, status.minutesLeft]).to.deep.equal(['03:00', 30]);
  });

  it('points to an extra session as the next one', () => {
    const schedule: Schedule = { ...wednesdays, exceptions: [{ date: '2026-11-27', kind: 'extra', opens: '13:00', closes: '16:00' }] };
    const status = scheduleStatus(schedule, at('2026-11-25T13:00:00+01:00'));
    expect(status.state === 'upcoming' && [status.session.kind, status.session.date, status.daysUntil]).to.deep.equal(['extra', '2026-11-27', 2]);
  });

  it('looks only as far ahead as asked', () => {
    const far: Schedule = { ...wednesdays, rules: [{ days: ['we'], opens: '09:00', closes: '12:00', validFrom: '2027-06-02' }] };
    expect(nextSession(far, at('2026-11-25T00:00:00Z'), { horizonDays: 100 })).to.be.undefined;
    expect(nextSession(far, at('2026-11-25T00:00:00Z'))?.date).to.equal('2027-06-02');
  });
});

describe('schedule: opening hours for any service', () => {
  const office: ScheduleLike = {
    rules: [
      { days: ['mo', 'tu', 'we', 'th', 'fr'], opens: '09:00', closes: '12:30' },
      { days: ['mo', 'tu', 'th'], opens: '13:30', closes: '17:00' },
    ],
  };

  it("gives today's hours for the Brussels date, with both periods in order", () => {
    const day = todaysHours(office, at('2026-11-23T10:00:00+01:00'));
    expect(day.date).to.equal('2026-11-23');
    expect(day.sessions.map((s) => `${s.opens}-${s.closes}`)).to.deep.equal(['09:00-12:30', '13:30-17:00']);
    // Late on Sunday evening in UTC it is already Monday in Brussels.
    expect(todaysHours(office, at('2026-11-22T23:30:00Z')).date).to.equal('2026-11-23');
    expect(todaysHours(office, at('2026-11-11T10:00:00+01:00')).closed?.reason).to.equal('holiday');
  });

  it('tells open or closed, and what comes next over lunch and the weekend', () => {
    expect(isOpenAt(office, at('2026-11-23T12:45:00+01:00'))).to.be.false;
    const lunch = scheduleStatus(office, at('2026-11-23T12:45:00+01:00'));
    expect(lunch.state === 'later-today' && lunch.startsInMinutes).to.equal(45);
    const friday = scheduleStatus(office, at('2026-11-27T12:00:00+01:00'));
    expect(friday.state === 'open' && friday.next?.date).to.equal('2026-11-30');
    const saturday = scheduleStatus(office, at('2026-11-28T10:00:00+01:00'));
    expect(saturday.state === 'upcoming' && [saturday.session.date, saturday.daysUntil]).to.deep.equal(['2026-11-30', 2]);
  });

  it('gives the Monday-to-Sunday week of the Brussels date', () => {
    const week = scheduleWeek(office, at('2026-11-22T23:30:00Z'));
    expect(week.map((d) => d.date)).to.deep.equal(['2026-11-23', '2026-11-24', '2026-11-25', '2026-11-26', '2026-11-27', '2026-11-28', '2026-11-29']);
    expect(week.map((d) => d.sessions.length)).to.deep.equal([2, 2, 1, 2, 1, 0, 0]);
    expect(scheduleWeek(office, at('2026-11-22T12:00:00Z'), 1)[0]?.date).to.equal('2026-11-23');
    expect(scheduleWeek(office, at('2026-11-22T12:00:00Z'))[0]?.date).to.equal('2026-11-16');
  });

  it('gives the next days from the Brussels date of today on', () => {
    // Sunday 22 November at 23:30 UTC is already Monday the 23rd in Brussels.
    expect(scheduleNextDays(office, at('2026-11-22T23:30:00Z'), 3).map((d) => d.date)).to.deep.equal(['2026-11-23', '2026-11-24', '2026-11-25']);
    const sunday = scheduleNextDays(office, at('2026-11-22T12:00:00Z'));
    expect(sunday.map((d) => d.date)).to.deep.equal([
      '2026-11-22',
      '2026-11-23',
      '2026-11-24',
      '2026-11-25',
      '2026-11-26',
      '2026-11-27',
      '2026-11-28',
    ]);
    expect(sunday.map((d) => d.sessions.length)).to.deep.equal([0, 2, 2, 1, 2, 1, 0]);
  });
});
