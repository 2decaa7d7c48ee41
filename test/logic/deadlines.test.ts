import { expect } from '@open-wc/testing';
import { closedDay, countDeadline, isCalendarDate } from '../../src/logic/deadlines.js';

const SOURCE = 'https://example.org/rule';
const thirty = { days: 30 };
const moving = { days: 30, lastDay: { moves: 'next-working-day' as const, source: SOURCE } };

describe('deadline counting', () => {
  it('counts from the day after the event; a working day stays the last day', () => {
    // Notified Wednesday 4 November 2026: day 1 is 5 November, day 30 is Friday 4 December.
    expect(countDeadline(thirty, '2026-11-04')).to.deep.equal({
      from: '2026-11-04',
      firstDay: '2026-11-05',
      counted: '2026-12-04',
      outcome: 'open',
      last: '2026-12-04',
      skipped: [],
    });
    // Across the end of a year and a leap day.
    expect(countDeadline(thirty, '2028-02-01').counted).to.equal('2028-03-02');
    expect(countDeadline({ days: 10 }, '2026-12-28').counted).to.equal('2027-01-07');
  });

  it('says a closed last day is not known to move when the content gives no rule', () => {
    // Day 30 is Saturday 5 December 2026.
    const count = countDeadline(thirty, '2026-11-05');
    expect(count).to.deep.include({ counted: '2026-12-05', outcome: 'unknown', last: '2026-12-05', closed: { kind: 'saturday' } });
    expect(countDeadline({ ...thirty, lastDay: { moves: 'stays', source: SOURCE } }, '2026-11-05')).to.deep.include({
      outcome: 'stays',
      last: '2026-12-05',
    });
  });

  it('moves the last day past a weekend and Belgian public holidays when the rule says so', () => {
    // Saturday 5 December 2026 -> Monday 7 December.
    expect(countDeadline(moving, '2026-11-05')).to.deep.include({ outcome: 'moved', last: '2026-12-07' });
    // Christmas 2026 is a Friday: Friday 25, Saturday 26, Sunday 27 -> Monday 28 December.
    const christmas = countDeadline(moving, '2026-11-25');
    expect(christmas.counted).to.equal('2026-12-25');
    expect(christmas.last).to.equal('2026-12-28');
    expect(christmas.skipped.map((day) => day.closed.kind)).to.deep.equal(['holiday', 'saturday', 'sunday']);
    // Easter 2027 is 28 March: Saturday 27, Sunday 28, Easter Monday 29 -> Tuesday 30 March.
    expect(countDeadline(moving, '2027-02-25').counted).to.equal('2027-03-27');
    expect(countDeadline(moving, '2027-02-25').last).to.equal('2027-03-30');
    // Whit Monday 2027 is 17 May.
    expect(countDeadline({ ...moving, days: 10 }, '2027-05-07').last).to.equal('2027-05-18');
  });

  it('counts working days: Saturdays, Sundays and Belgian public holidays do not count, and the last day is a working day', () => {
    // Within 8 working days of arriving on Thursday 17 December 2026: Christmas Day (Friday 25) and two weekends are left out.
    const christmas = countDeadline({ days: 8, unit: 'working-days' }, '2026-12-17');
    expect(christmas.firstDay).to.equal('2026-12-18');
    expect(christmas.last).to.equal('2026-12-30');
    expect(christmas.outcome).to.equal('open');
    expect(christmas.skipped.map((s) => [s.date, s.closed.kind])).to.deep.equal([
      ['2026-12-19', 'saturday'],
      ['2026-12-20', 'sunday'],
      ['2026-12-25', 'holiday'],
      ['2026-12-26', 'saturday'],
      ['2026-12-27', 'sunday'],
    ]);
    // The same 8 days counted as calendar days end on Christmas Day, not known to move.
    expect(countDeadline({ days: 8 }, '2026-12-17')).to.include({ last: '2026-12-25', outcome: 'unknown' });
    // Easter Monday 29 March 2027: 3 working days from Thursday 25 March end on Wednesday 31 March.
    expect(countDeadline({ days: 3, unit: 'working-days' }, '2027-03-25').last).to.equal('2027-03-31');
    // From a Saturday, day 1 is the Monday; a last-day rule changes nothing (the last day is a working day).
    const weekend = countDeadline({ days: 1, unit: 'working-days', lastDay: { moves: 'stays', source: 'https://example.org/' } }, '2026-12-05');
    expect([weekend.firstDay, weekend.last, weekend.outcome]).to.deep.equal(['2026-12-07', '2026-12-07', 'open']);
    // calendar-days written out is the default.
    expect(countDeadline({ days: 30, unit: 'calendar-days' }, '2026-11-04').last).to.equal(countDeadline({ days: 30 }, '2026-11-04').last);
  });

  it('names why a day is closed, and checks a typed date', () => {
    expect(closedDay('2026-11-11')).to.deep.equal({ kind: 'holiday', holiday: 'armistice' });
    expect(closedDay('2026-12-06')).to.deep.equal({ kind: 'sunday' });
    expect(closedDay('2026-12-07')).to.equal(undefined);
    expect(isCalendarDate('2026-02-29')).to.equal(false);
    expect(isCalendarDate('2028-02-29')).to.equal(true);
    expect(isCalendarDate('2026-13-01')).to.equal(false);
    expect(isCalendarDate('5/12/2026')).to.equal(false);
  });
});
