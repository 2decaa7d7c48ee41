import { expect } from '@open-wc/testing';
import type { Service } from '../../src/content/schema/services.js';
import { buildServiceIndex, searchServices } from '../../src/logic/search.js';
import { answerOpenNow, isServiceOpenAt, openNowFilter } from '../../src/logic/service-hours.js';

const service = (id: string, schedule?: Service['locations'][number]['schedule']): Service => ({
  id,
  organization: 'o',
  name: { en: id },
  categories: ['c'],
  audiences: [],
  languages: [],
  access: {},
  locations: [{ geoPrecision: 'exact', ...(schedule ? { schedule } : {}) }],
  reviewed: '2026-11-22',
  sources: [],
});
// ICAM walk-in moments: Wednesdays 9:00-12:00, Europe/Brussels.
const icam = service('icam', { rules: [{ days: ['we'], opens: '09:00', closes: '12:00' }], exceptions: [], publicHolidays: 'closed' });
const night = service('night', {
  rules: [{ days: ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'], opens: '18:00', closes: '23:59' }],
  exceptions: [{ date: '2026-11-25', kind: 'closed' }],
  publicHolidays: 'open',
});
const unknown = service('unknown');

describe('isServiceOpenAt', () => {
  it('follows Europe/Brussels wall-clock time, whatever the instant is written in', () => {
    // Wednesday 25 November 2026, 10:00 in Brussels (UTC+1).
    expect(isServiceOpenAt(icam, new Date('2026-11-25T09:00:00Z'))).to.equal(true);
    expect(isServiceOpenAt(icam, new Date('2026-11-25T07:59:00Z'))).to.equal(false);
    expect(isServiceOpenAt(icam, new Date('2026-11-25T11:00:00Z'))).to.equal(false);
    expect(isServiceOpenAt(icam, new Date('2026-11-26T09:00:00Z'))).to.equal(false);
  });

  it('honours dated exceptions and says false when there is no schedule', () => {
    expect(isServiceOpenAt(night, new Date('2026-11-24T19:00:00Z'))).to.equal(true);
    expect(isServiceOpenAt(night, new Date('2026-11-25T19:00:00Z'))).to.equal(false);
    expect(isServiceOpenAt(unknown, new Date('2026-11-25T09:00:00Z'))).to.equal(false);
  });
});

describe('openNowFilter', () => {
  it('filters a search to the services open at that instant', () => {
    const index = buildServiceIndex([icam, night, unknown]);
    const openNow = openNowFilter(new Date('2026-11-25T09:30:00Z'));
    expect(searchServices(index, { filters: { openNow } }).hits.map((hit) => hit.service.id)).to.deep.equal(['icam']);
    const evening = openNowFilter(new Date('2026-11-24T20:00:00Z'));
    expect(searchServices(index, { filters: { openNow: evening } }).hits.map((hit) => hit.service.id)).to.deep.equal(['night']);
  });
});

describe('answerOpenNow', () => {
  it('asks about every service once, pausing every 64, so that a later search finds the answers ready', () => {
    const services = Array.from({ length: 200 }, (_, i) => (i % 2 === 0 ? { ...icam, id: `icam-${i}` } : { ...night, id: `night-${i}` }));
    const asked: string[] = [];
    const openNow = openNowFilter(new Date('2026-11-25T09:30:00Z'));
    const steps = answerOpenNow(services, (s) => {
      asked.push(s.id);
      return openNow(s);
    });
    let pauses = 0;
    for (let step = steps.next(); !step.done; step = steps.next()) pauses += 1;
    expect(asked).to.deep.equal(services.map((s) => s.id));
    expect(pauses).to.equal(3);
    // The same filter remembers each answer: the search gives what it would have without the warm-up.
    const index = buildServiceIndex(services);
    expect(searchServices(index, { filters: { openNow }, limit: 200 }).total).to.equal(100);
  });
});

describe('openNowFilter, worked out from the wall clock', () => {
  /** Small deterministic random numbers (mulberry32). */
  const random = (seed: number) => () => {
    seed = (seed + 0x6d2b79f5) >>> 0;
    let t = seed;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const rnd = random(20261125);
  const pick = <T>(items: readonly T[]) => items[Math.floor(rnd() * items.length)]!;
  const hhmm = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
  const slot = () => {
    const opens = Math.floor(rnd() * 22 * 4) * 15;
    return { opens: hhmm(opens), closes: hhmm(Math.min(23 * 60 + 59, opens + 15 + Math.floor(rnd() * 8) * 30)) };
  };
  // Dates around holidays (11 November, Christmas, Easter Monday 2027) and both clock changes.
  const dates = ['2026-11-10', '2026-11-11', '2026-11-25', '2026-12-25', '2027-03-28', '2027-03-29', '2026-10-25', '2027-10-31', '2026-06-15'];
  const services = Array.from({ length: 300 }, (_, i) =>
    service(`s${i}`, {
      rules: Array.from({ length: 1 + Math.floor(rnd() * 3) }, () => ({
        days: ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'].filter(() => rnd() < 0.5) as ('mo' | 'we')[],
        ...slot(),
        ...(rnd() < 0.2 ? { validFrom: pick(dates) } : {}),
        ...(rnd() < 0.2 ? { validUntil: pick(dates) } : {}),
      })).filter((rule) => rule.days.length > 0),
      exceptions: Array.from({ length: Math.floor(rnd() * 3) }, () => {
        const kind = pick(['closed', 'extra', 'changed'] as const);
        return { date: pick(dates), kind, ...(kind === 'closed' ? {} : slot()) };
      }),
      publicHolidays: rnd() < 0.3 ? 'open' : 'closed',
    }),
  );

  it('gives the same answers as the schedule logic, on holidays, with exceptions and across clock changes', () => {
    let open = 0;
    let checks = 0;
    for (const date of dates) {
      for (let k = 0; k < 12; k += 1) {
        // A random instant of that Brussels day (UTC+1 or UTC+2), seconds included.
        const instant = new Date(Date.parse(`${date}T00:00:00Z`) - 2 * 3600_000 + Math.floor(rnd() * 26 * 3600_000));
        const openNow = openNowFilter(instant);
        for (const s of services) {
          const expected = isServiceOpenAt(s, instant);
          expect(openNow(s), `${s.id} at ${instant.toISOString()}`).to.equal(expected);
          if (expected) open += 1;
          checks += 1;
        }
      }
    }
    // The comparison means something only if both answers occur often.
    expect(open).to.be.greaterThan(checks / 20);
    expect(open).to.be.lessThan(checks / 2);
  });

  it('is quick for thousands of services', () => {
    const many = Array.from({ length: 10 }, () => services)
      .flat()
      .map((s, i) => ({ ...s, id: `m${i}` }));
    const start = performance.now();
    const openNow = openNowFilter(new Date('2026-11-25T09:30:00Z'));
    for (const s of many) openNow(s);
    expect(performance.now() - start).to.be.lessThan(60);
  });
});
