import { expect } from '@open-wc/testing';
import type { Service } from '../../src/content/schema/services.js';
import { buildServiceIndex, searchServices } from '../../src/logic/search.js';
import { isServiceOpenAt, openNowFilter } from '../../src/logic/service-hours.js';

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
const night = service('night', { rules: [{ days: ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'], opens: '18:00', closes: '23:59' }], exceptions: [{ date: '2026-11-25', kind: 'closed' }], publicHolidays: 'open' });
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
