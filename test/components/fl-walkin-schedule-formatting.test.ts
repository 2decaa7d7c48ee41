// The walk-in schedule's first screen makes no formatter its warm-up did not (./first-screen-formatting.ts).
// One language per state: what a language's formatters are, an earlier test has not made.
import { expect } from '@open-wc/testing';
import '../../src/components/fl-walkin-schedule/fl-walkin-schedule.js';
import { madeByFirstScreen } from './first-screen-formatting.js';

describe('<fl-walkin-schedule> formatting warm-up', () => {
  it('leaves nothing to make to its first screen (en, every office, one that names the languages it speaks)', async () => {
    const languages = (data: Record<string, any>) => (data['offices'][0]['languages'] = ['fr', 'ar']); // eslint-disable-line @typescript-eslint/no-explicit-any
    const made = await madeByFirstScreen('fl-walkin-schedule', 'walkins', 'en', new Date('2026-12-03T15:00:00+01:00'), {
      edit: languages,
      attributes: { show: 'all' },
    });
    expect(made).to.deep.equal([]);
  });

  for (const [lang, state, now] of [
    ['ar', 'a Tuesday morning: the next sessions tomorrow', '2026-12-01T09:20:00+01:00'],
    ['fr', 'during a Wednesday session', '2026-12-02T10:15:00+01:00'],
    ['nl', 'a Wednesday, 20 minutes before sessions open', '2026-12-02T08:40:00+01:00'],
    ['de', 'a Saturday evening in December: sessions next year', '2026-12-26T20:00:00+01:00'],
  ] as const) {
    it(`leaves nothing to make to its first screen (${lang}, ${state})`, async () => {
      expect(await madeByFirstScreen('fl-walkin-schedule', 'walkins', lang, new Date(now))).to.deep.equal([]);
    });
  }
});
