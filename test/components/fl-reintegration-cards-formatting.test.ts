// The reintegration cards' first screen makes no formatter its warm-up did not (./first-screen-formatting.ts).
// One language per state: what a language's formatters are, an earlier test has not made.
import { expect } from '@open-wc/testing';
import '../../src/components/fl-reintegration-cards/fl-reintegration-cards.js';
import { madeByFirstScreen } from './first-screen-formatting.js';

/** The guide and the cards are there: the cards' chunk has arrived. */
const cards = (el: HTMLElement) => el.shadowRoot?.querySelector('[part~="process"]') != null;

describe('<fl-reintegration-cards> formatting warm-up', () => {
  for (const [lang, country] of [
    ['en', undefined],
    ['ar', 'MA'],
    ['nl', 'CM'],
  ] as const) {
    it(`leaves nothing to make to its first screen (${lang}, ${country ?? 'every country'}, a podcast of 12 minutes)`, async () => {
      // A length in minutes (the demo's media give none): a test's own, shown to no reader.
      const podcast = (data: Record<string, any>) => (data['media'][0] = { ...data['media'][0], kind: 'podcast', minutes: 12 }); // eslint-disable-line @typescript-eslint/no-explicit-any
      const attributes: Record<string, string> = country ? { country } : {};
      const made = await madeByFirstScreen('fl-reintegration-cards', 'reintegration', lang, new Date('2026-12-05T10:00:00+01:00'), {
        ready: cards,
        edit: podcast,
        attributes,
      });
      expect(made).to.deep.equal([]);
    });
  }
});
