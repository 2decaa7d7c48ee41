// The procedure explainer's first screen makes no formatter its warm-up did not (./first-screen-formatting.ts).
// One language per state: what a language's formatters are, an earlier test has not made.
import { expect } from '@open-wc/testing';
import '../../src/components/fl-procedure-explainer/fl-procedure-explainer.js';
import { madeByFirstScreen } from './first-screen-formatting.js';

describe('<fl-procedure-explainer> formatting warm-up', () => {
  for (const [lang, procedure] of [
    ['en', undefined],
    ['ar', undefined],
    ['fr', 'humanitarian-regularisation'],
    ['nl', 'urgent-medical-aid'],
  ] as const) {
    it(`leaves nothing to make to its first screen (${lang}, ${procedure ?? 'the list of procedures'})`, async () => {
      const attributes: Record<string, string> = procedure ? { procedure } : {};
      expect(
        await madeByFirstScreen('fl-procedure-explainer', 'procedures', lang, new Date('2026-12-05T10:00:00+01:00'), { attributes }),
      ).to.deep.equal([]);
    });
  }
});
