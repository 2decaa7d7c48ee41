import { expect } from '@open-wc/testing';
import * as z from 'zod/mini';
import { scheduleSchema, type Schedule } from '../../src/content/schema/common.js';
import type { Service } from '../../src/content/schema/services.js';
import { sessionIcs, seriesIcs } from '../../src/logic/ics.js';
import { currentSession, isOpenAt, scheduleDay, scheduleStatus } from '../../src/logic/schedule.js';
import { openNowFilter } from '../../src/logic/service-hours.js';

/** A night shelter: every night from 20:00 to 08:00 the next morning, Brussels time. */
const nights: Schedule = {
  rules: [{ days: ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'], opens: '20:00', closes: '08:00', closesNextDay: true }],
  exceptions: [],
  publicHolidays: 'open',
};
const at = (text: string) => new Date(text);

describe('hours past midnight', () => {
  it('are written with closesNextDay, and refused without it or when longer than a day', () => {
    expect(z.safeParse(scheduleSchema, nights).success).to.equal(true);
    const without = z.safeParse(scheduleSchema, { rules: [{ days: ['mo'], opens: '20:00', closes: '08:00' }] });
    expect(without.success).to.equal(false);
    expect(without.error!.issues[0]!.message).to.contain('closesNextDay');
    expect(without.error!.issues[0]!.path).to.deep.equal(['rules', 0, 'closes']);
    expect(z.safeParse(scheduleSchema, { rules: [{ days: ['mo'], opens: '08:00', closes: '09:00', closesNextDay: true }] }).success).to.equal(false);
    const extra = { rules: [], exceptions: [{ date: '2026-12-31', kind: 'extra', opens: '22:00', closes: '06:00', closesNextDay: true }] };
    expect(z.safeParse(scheduleSchema, extra).success).to.equal(true);
  });

  it('end the next morning: open at 01:00, closed at 09:00, with the right instants across the clock change', () => {
    const day = scheduleDay(nights, '2026-11-25');
    expect(day.sessions[0]!.end.toISOString()).to.equal('2026-11-26T07:00:00.000Z');
    expect(day.sessions[0]!.closesNextDay).to.equal(true);
    expect(isOpenAt(nights, at('2026-11-26T01:00:00+01:00'))).to.equal(true);
    expect(currentSession(nights, at('2026-11-26T01:00:00+01:00'))!.date).to.equal('2026-11-25');
    expect(isOpenAt(nights, at('2026-11-26T09:00:00+01:00'))).to.equal(false);
    // The night the clocks go back (25 October 2026) lasts 13 hours.
    const long = scheduleDay(nights, '2026-10-24').sessions[0]!;
    expect((long.end.getTime() - long.start.getTime()) / 3_600_000).to.equal(13);
  });

  it('say "until 08:00 tomorrow" in the evening and "until 08:00" after midnight', () => {
    const evening = scheduleStatus(nights, at('2026-11-25T22:00:00+01:00'));
    expect(evening).to.include({ state: 'open', untilTime: '08:00', untilDays: 1 });
    const night = scheduleStatus(nights, at('2026-11-26T01:00:00+01:00'));
    expect(night).to.include({ state: 'open', untilTime: '08:00', untilDays: 0 });
  });

  it('count for "open now" in the finder, on a steady day and on a clock-change day', () => {
    const shelter = {
      id: 's',
      organization: 'o',
      name: { en: 's' },
      categories: ['c'],
      audiences: [],
      languages: [],
      access: {},
      locations: [{ geoPrecision: 'exact', schedule: nights }],
      reviewed: '2026-11-22',
      sources: [],
    } as Service;
    expect(openNowFilter(at('2026-11-26T01:00:00+01:00'))(shelter)).to.equal(true);
    expect(openNowFilter(at('2026-11-26T12:00:00+01:00'))(shelter)).to.equal(false);
    expect(openNowFilter(at('2026-10-25T02:30:00+01:00'))(shelter)).to.equal(true);
  });

  it('end on the next day in calendar files', () => {
    const session = scheduleDay(nights, '2026-11-25').sessions[0]!;
    const ics = sessionIcs(session, { uid: 'u@example.org', dtstamp: at('2026-11-25T10:00:00Z'), summary: 'Shelter' });
    expect(ics).to.contain('DTSTART;TZID=Europe/Brussels:20261125T200000');
    expect(ics).to.contain('DTEND;TZID=Europe/Brussels:20261126T080000');
    const series = seriesIcs(nights, {
      uid: 'u@example.org',
      dtstamp: at('2026-11-25T10:00:00Z'),
      now: at('2026-11-25T10:00:00Z'),
      summary: 'Shelter',
      horizonDays: 7,
    })!;
    expect(series).to.contain('DTEND;TZID=Europe/Brussels:20261126T080000');
  });
});
