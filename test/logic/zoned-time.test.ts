import { expect } from '@open-wc/testing';
import {
  addDays,
  compareDates,
  daysBetween,
  localDate,
  parseTime,
  startOfWeek,
  utcOffsetMinutes,
  wallClock,
  weekdayOf,
  zonedInstant,
} from '../../src/logic/zoned-time.js';

const iso = (d: Date) => d.toISOString();

describe('zoned-time: Europe/Brussels wall clock and instants', () => {
  it('reads the Brussels wall clock of an instant, whatever the date is in UTC', () => {
    const w = wallClock(new Date('2026-11-22T23:30:00Z'));
    expect(w.date).to.equal('2026-11-23');
    expect(w.time).to.equal('00:30');
    expect(w.weekday).to.equal('mo');
    expect(localDate(new Date('2026-06-30T22:00:00Z'))).to.equal('2026-07-01');
    expect(localDate(new Date('2026-06-30T21:59:59Z'))).to.equal('2026-06-30');
  });

  it('knows the offset on both sides of the last Sunday of March and of October', () => {
    // 2026-03-29 and 2026-10-25 are the last Sundays; the change is at 01:00 UTC.
    expect(utcOffsetMinutes(new Date('2026-03-29T00:59:59Z'))).to.equal(60);
    expect(utcOffsetMinutes(new Date('2026-03-29T01:00:00Z'))).to.equal(120);
    expect(utcOffsetMinutes(new Date('2026-10-25T00:59:59Z'))).to.equal(120);
    expect(utcOffsetMinutes(new Date('2026-10-25T01:00:00Z'))).to.equal(60);
    // One week earlier nothing changes.
    expect(utcOffsetMinutes(new Date('2026-03-22T01:30:00Z'))).to.equal(60);
    expect(utcOffsetMinutes(new Date('2026-10-18T01:30:00Z'))).to.equal(120);
  });

  it('turns a wall time into an instant in winter and in summer', () => {
    expect(iso(zonedInstant('2026-11-25', '09:00'))).to.equal('2026-11-25T08:00:00.000Z');
    expect(iso(zonedInstant('2026-07-01', '09:00'))).to.equal('2026-07-01T07:00:00.000Z');
    expect(iso(zonedInstant('2026-11-25', '24:00'))).to.equal('2026-11-25T23:00:00.000Z');
  });

  it('moves a wall time skipped on the last Sunday of March forward, or rejects it', () => {
    expect(iso(zonedInstant('2026-03-29', '02:30'))).to.equal('2026-03-29T01:30:00.000Z'); // 03:30 CEST
    expect(iso(zonedInstant('2026-03-29', '02:30', 'Europe/Brussels', 'later'))).to.equal('2026-03-29T01:30:00.000Z');
    expect(iso(zonedInstant('2026-03-29', '02:30', 'Europe/Brussels', 'earlier'))).to.equal('2026-03-29T00:30:00.000Z');
    expect(() => zonedInstant('2026-03-29', '02:30', 'Europe/Brussels', 'reject')).to.throw(RangeError, /does not exist/);
    expect(iso(zonedInstant('2026-03-29', '03:00'))).to.equal('2026-03-29T01:00:00.000Z');
    expect(iso(zonedInstant('2026-03-29', '01:59'))).to.equal('2026-03-29T00:59:00.000Z');
  });

  it('picks the earlier of a wall time repeated on the last Sunday of October unless told otherwise', () => {
    expect(iso(zonedInstant('2026-10-25', '02:30'))).to.equal('2026-10-25T00:30:00.000Z'); // 02:30 CEST
    expect(iso(zonedInstant('2026-10-25', '02:30', 'Europe/Brussels', 'later'))).to.equal('2026-10-25T01:30:00.000Z');
    expect(() => zonedInstant('2026-10-25', '02:30', 'Europe/Brussels', 'reject')).to.throw(RangeError, /twice/);
    expect(iso(zonedInstant('2026-10-25', '03:00'))).to.equal('2026-10-25T02:00:00.000Z');
  });

  it('round-trips every quarter hour around both changes (wall clock, then back)', () => {
    for (const [from, to] of [
      ['2026-03-28T18:00:00Z', '2026-03-29T06:00:00Z'],
      ['2026-10-24T18:00:00Z', '2026-10-25T06:00:00Z'],
    ] as const) {
      for (let t = Date.parse(from); t <= Date.parse(to); t += 15 * 60_000) {
        const w = wallClock(new Date(t));
        const back = [zonedInstant(w.date, w.time, 'Europe/Brussels', 'earlier'), zonedInstant(w.date, w.time, 'Europe/Brussels', 'later')];
        expect(
          back.map((d) => d.getTime()),
          `${new Date(t).toISOString()} (${w.date} ${w.time})`,
        ).to.include(t);
      }
    }
  });

  it('works for other zones, given by name (a reader in New York, in Kolkata)', () => {
    expect(iso(zonedInstant('2026-11-25', '09:00', 'America/New_York'))).to.equal('2026-11-25T14:00:00.000Z');
    expect(iso(zonedInstant('2026-11-25', '09:00', 'Asia/Kolkata'))).to.equal('2026-11-25T03:30:00.000Z');
    expect(wallClock(new Date('2026-11-25T08:00:00Z'), 'America/New_York').time).to.equal('03:00');
    // New York changes on other dates than Brussels.
    expect(iso(zonedInstant('2026-03-08', '02:30', 'America/New_York'))).to.equal('2026-03-08T07:30:00.000Z');
  });

  it('does calendar arithmetic on dates without any time zone', () => {
    expect(addDays('2026-02-28', 1)).to.equal('2026-03-01');
    expect(addDays('2028-02-28', 1)).to.equal('2028-02-29');
    expect(addDays('2026-03-29', 1)).to.equal('2026-03-30');
    expect(addDays('2027-01-01', -1)).to.equal('2026-12-31');
    expect(daysBetween('2026-03-25', '2026-04-01')).to.equal(7);
    expect(daysBetween('2026-10-28', '2026-10-21')).to.equal(-7);
    expect(weekdayOf('2026-11-25')).to.equal('we');
    expect(weekdayOf('2026-11-22')).to.equal('su');
    expect(startOfWeek('2026-11-22')).to.equal('2026-11-16');
    expect(startOfWeek('2026-11-23')).to.equal('2026-11-23');
  });

  it('refuses dates and times that do not exist', () => {
    expect(() => zonedInstant('2026-02-30', '09:00')).to.throw(RangeError);
    expect(() => zonedInstant('2026-11-25', '9:00')).to.throw(RangeError);
    expect(() => parseTime('24:30')).to.throw(RangeError);
    expect(parseTime('24:00')).to.equal(1440);
    expect(() => wallClock(new Date(NaN))).to.throw(RangeError);
  });

  it('orders dates as their text does, with no collator: earlier first, equal as 0', () => {
    const dates = ['2026-12-01', '2025-01-31', '', '2026-01-10', '2026-01-09'];
    expect([...dates].sort(compareDates)).to.deep.equal(['', '2025-01-31', '2026-01-09', '2026-01-10', '2026-12-01']);
    expect(compareDates('2026-12-01', '2026-12-01')).to.equal(0);
  });
});
