import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { Schedule } from '../../src/content/schema/common.js';
import { seriesIcs } from '../../src/logic/ics.js';
import { scheduleStatus, scheduleWeek, todaysHours } from '../../src/logic/schedule.js';
import { wallClock, zonedInstant } from '../../src/logic/zoned-time.js';
import { sessionsBetween } from './sessions.js';

const schedule: Schedule = {
  rules: [
    { days: ['we'], opens: '09:00', closes: '12:00' },
    { days: ['su'], opens: '01:00', closes: '04:00', validFrom: '2026-03-01' },
  ],
  exceptions: [{ date: '2026-10-30', kind: 'extra', opens: '23:00', closes: '24:00' }],
  publicHolidays: 'closed',
};

/** Everything the logic answers for a set of instants, as JSON, so that two runs compare whole. */
function answers(): string {
  const first = new Date('2026-03-28T23:30:00Z');
  const instants = [
    first,
    ...[
      '2026-03-29T01:30:00Z',
      '2026-10-25T00:30:00Z',
      '2026-10-25T01:30:00Z',
      '2026-10-30T22:30:00Z',
      '2026-11-11T08:30:00Z',
      '2026-11-24T23:30:00-05:00',
      '2026-11-25T10:00:00+09:00',
    ].map((text) => new Date(text)),
  ];
  return JSON.stringify({
    status: instants.map((now) => scheduleStatus(schedule, now)),
    today: instants.map((now) => todaysHours(schedule, now)),
    week: scheduleWeek(schedule, first),
    between: sessionsBetween(schedule, new Date('2026-03-20T00:00:00Z'), new Date('2026-11-30T00:00:00Z')),
    walls: instants.map((now) => wallClock(now)),
    instants: [zonedInstant('2026-03-29', '02:30'), zonedInstant('2026-10-25', '02:30', 'Europe/Brussels', 'later')],
    ics: seriesIcs(schedule, { uid: 'x@example.org', dtstamp: first, summary: 'x', now: first }),
  });
}

describe('reader time zone: results do not depend on the browser time zone', () => {
  afterEach(async () => {
    await executeServerCommand('set-timezone', null);
  });

  it('answers the same in Brussels, New York, Tokyo, Adelaide and Chatham', async () => {
    await executeServerCommand('set-timezone', 'Europe/Brussels');
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).to.equal('Europe/Brussels');
    const reference = answers();
    for (const zone of ['America/New_York', 'Asia/Tokyo', 'Australia/Adelaide', 'Pacific/Chatham', 'UTC']) {
      await executeServerCommand('set-timezone', zone);
      // The emulation must really have changed the reader's zone, or this test would prove nothing.
      expect(Intl.DateTimeFormat().resolvedOptions().timeZone).to.equal(zone);
      expect(new Date('2026-11-25T12:00:00Z').getHours(), zone).to.equal(
        Number(new Intl.DateTimeFormat('en-US', { timeZone: zone, hour: 'numeric', hourCycle: 'h23' }).format(new Date('2026-11-25T12:00:00Z'))),
      );
      expect(answers(), zone).to.equal(reference);
    }
  });

  it('would notice code that used the reader time zone (local Date methods differ between zones)', async () => {
    const localMidnight = () => new Date(2026, 10, 25).toISOString();
    await executeServerCommand('set-timezone', 'America/New_York');
    const newYork = localMidnight();
    await executeServerCommand('set-timezone', 'Asia/Tokyo');
    expect(localMidnight()).not.to.equal(newYork);
  });
});
