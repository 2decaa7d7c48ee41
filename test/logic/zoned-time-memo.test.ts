import { expect } from '@open-wc/testing';
import { parseDate, wallClock, zonedInstant } from '../../src/logic/zoned-time.js';

// zoned-time remembers what it computed (the same dates come back for every office and view): each
// caller must still get a value of its own, and the same value as a first computation.
describe('zoned time, computed once', () => {
  it('gives each caller its own Date, array and wall clock', () => {
    const instant = zonedInstant('2026-03-29', '03:30');
    instant.setTime(0);
    expect(zonedInstant('2026-03-29', '03:30').toISOString()).to.equal('2026-03-29T01:30:00.000Z');

    const date = parseDate('2026-11-25');
    date[0] = 1999;
    expect(parseDate('2026-11-25')).to.deep.equal([2026, 11, 25]);

    const at = new Date('2026-10-25T00:30:00Z');
    const clock = wallClock(at);
    clock.time = '99:99';
    expect(wallClock(at).time).to.equal('02:30');
  });

  it('keeps apart what differs only by time zone or disambiguation', () => {
    expect(zonedInstant('2026-10-25', '02:30', 'Europe/Brussels', 'earlier').toISOString()).to.equal('2026-10-25T00:30:00.000Z');
    expect(zonedInstant('2026-10-25', '02:30', 'Europe/Brussels', 'later').toISOString()).to.equal('2026-10-25T01:30:00.000Z');
    expect(zonedInstant('2026-10-25', '02:30', 'America/New_York').toISOString()).to.equal('2026-10-25T06:30:00.000Z');
    const at = new Date('2026-07-01T12:00:00Z');
    expect(wallClock(at, 'Europe/Brussels').time).to.equal('14:00');
    expect(wallClock(at, 'Asia/Tokyo').time).to.equal('21:00');
  });

  it('still refuses what it refused, every time', () => {
    for (let i = 0; i < 2; i += 1) {
      expect(() => zonedInstant('2026-03-29', '02:30', 'Europe/Brussels', 'reject')).to.throw(RangeError);
      expect(() => parseDate('2026-02-30')).to.throw(RangeError);
    }
  });
});
