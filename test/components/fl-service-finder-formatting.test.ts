// The service finder's first screen makes no formatter its warm-up did not (./first-screen-formatting.ts).
// One language per state: what a language's formatters are, an earlier test has not made.
import { expect } from '@open-wc/testing';
import '../../src/components/fl-service-finder/fl-service-finder.js';
import type { FlServiceFinder } from '../../src/components/fl-service-finder/fl-service-finder.js';
import { madeByFirstScreen } from './first-screen-formatting.js';

const results = (el: HTMLElement) => (el as FlServiceFinder).resultCount !== undefined;

/**
 * The language list names each language in itself ("Español"): a display-names object per language the
 * services offer, which the content decides. After the reader's own (warmed up), each takes 0.1 ms.
 */
const autonym = (made: string, lang: string) => {
  const match = /^DisplayNames \[\["([^"]+)"\],\{"type":"language","fallback":"code"\}\]$/.exec(made);
  return match !== null && match[1] !== lang;
};

describe('<fl-service-finder> formatting warm-up', () => {
  for (const [lang, state, now] of [
    ['ar', 'a Wednesday morning', '2026-11-25T10:00:00+01:00'],
    ['fr', 'a Saturday evening: most services closed until Monday', '2026-11-28T20:00:00+01:00'],
    ['en', 'a Sunday', '2026-11-29T11:00:00+01:00'],
  ] as const) {
    it(`leaves nothing to make to its first page of results (${lang}, ${state})`, async () => {
      expect(
        await madeByFirstScreen('fl-service-finder', 'services', lang, new Date(now), { ready: results }).then((made) =>
          made.filter((one) => !autonym(one, lang)),
        ),
      ).to.deep.equal([]);
    });
  }
});
