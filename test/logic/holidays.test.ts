import { assert, expect } from '@open-wc/testing';
import { belgianPublicHoliday, belgianPublicHolidays, easterSunday } from '../../src/logic/holidays.js';
import { weekdayOf } from '../../src/logic/zoned-time.js';

describe('holidays: Belgian public holidays', () => {
  it('computes Easter Sunday, including its earliest and latest possible dates', () => {
    expect(easterSunday(2024)).to.equal('2024-03-31');
    expect(easterSunday(2025)).to.equal('2025-04-20');
    expect(easterSunday(2026)).to.equal('2026-04-05');
    expect(easterSunday(2027)).to.equal('2027-03-28');
    expect(easterSunday(2038)).to.equal('2038-04-25');
    expect(easterSunday(2285)).to.equal('2285-03-22');
    expect(easterSunday(2000)).to.equal('2000-04-23');
    expect(() => easterSunday(1500)).to.throw(RangeError);
  });

  it('lists the ten legal holidays of 2026 in date order', () => {
    expect(belgianPublicHolidays(2026).map((h) => `${h.date} ${h.id}`)).to.deep.equal([
      '2026-01-01 new-year',
      '2026-04-06 easter-monday',
      '2026-05-01 labour-day',
      '2026-05-14 ascension',
      '2026-05-25 whit-monday',
      '2026-07-21 national-day',
      '2026-08-15 assumption',
      '2026-11-01 all-saints',
      '2026-11-11 armistice',
      '2026-12-25 christmas',
    ]);
  });

  it('puts the Easter-based holidays on the right weekday every year', () => {
    for (let year = 1900; year <= 2200; year++) {
      const byId = Object.fromEntries(belgianPublicHolidays(year).map((h) => [h.id, h.date]));
      expect(weekdayOf(easterSunday(year)), `${year}`).to.equal('su');
      for (const [id, weekday] of [
        ['easter-monday', 'mo'],
        ['ascension', 'th'],
        ['whit-monday', 'mo'],
      ] as const) {
        const date = byId[id];
        assert.isDefined(date, `${id} ${year}`);
        expect(weekdayOf(date), `${id} ${year}`).to.equal(weekday);
      }
      expect(belgianPublicHolidays(year)).to.have.length(10);
    }
  });

  it('finds the holiday of a date, such as Armistice Day on Wednesday 11 November 2026', () => {
    expect(belgianPublicHoliday('2026-11-11')).to.deep.equal({ id: 'armistice', date: '2026-11-11' });
    expect(weekdayOf('2026-11-11')).to.equal('we');
    expect(belgianPublicHoliday('2025-06-09')?.id).to.equal('whit-monday');
    expect(belgianPublicHoliday('2026-11-12')).to.be.undefined;
    expect(belgianPublicHoliday('2026-04-05')).to.be.undefined; // Easter Sunday is not one of the ten
  });
});
