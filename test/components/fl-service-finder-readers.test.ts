// What readers hit in the service finder (issue 16): their own words, places as they write them, names
// in the language of the place, narrow screens.
import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { FlServiceFinder } from '../../src/components/fl-service-finder/fl-service-finder.js';
import { configureContent, type ContentOptions } from '../../src/content/store.js';
import { baseFor, fast, uniqueKey, until } from '../content/helpers.js';
import { accessibleNames } from './accessible-names.js';
import { $, $$, chips, commit, finder, searchable, text, tick, type } from './finder-helpers.js';

/** How many example services say they need no residence papers. */
const NO_PAPERS = 38;

const countAfter = async (el: FlServiceFinder, query: string, expected: (count: number) => boolean) => {
  await type(el, 'query', query);
  await until(() => expected(el.resultCount ?? -1), 3000, `a count for "${query}" (now ${el.resultCount})`);
  return el.resultCount!;
};

describe('<fl-service-finder>: readers’ own words and places', () => {
  let previous: Partial<ContentOptions>;
  const key = uniqueKey('finder-readers');
  before(async () => {
    previous = configureContent(fast);
    // The first finder of a run loads and indexes the content cold: give it time on a busy machine.
    await searchable(await fixture<FlServiceFinder>(html`<fl-service-finder content-base=${baseFor(key)}></fl-service-finder>`), 20_000);
  });
  after(() => {
    configureContent(previous);
  });

  it('finds the services that need no papers from the words readers use, in every language', async () => {
    const el = await finder(key);
    for (const query of ['sans papiers', 'zonder papieren', 'undocumented', 'ohne Papiere', 'بدون أوراق']) {
      expect(await countAfter(el, query, (n) => n === NO_PAPERS), query).to.equal(NO_PAPERS);
    }
    // The other words still search: doctors who help people without papers.
    const doctors = await countAfter(el, 'médecin sans papiers', (n) => n < NO_PAPERS);
    expect(doctors).to.be.greaterThan(0);
  });

  it('finds legal aid and residence counselling for an order to leave and the ICAM office', async () => {
    const el = await finder(key);
    for (const query of ['OQT', 'ordre de quitter', 'ordre de quitter le territoire', 'bevel om het grondgebied te verlaten', 'bureau ICAM']) {
      expect(await countAfter(el, query, (n) => n > 0), query).to.be.greaterThan(0);
    }
  });

  it('shows "No residence papers needed" on a phone without opening "More filters"', async () => {
    await setViewport({ width: 360, height: 640 });
    try {
      const el = await finder(key);
      const box = $$(el, 'label.check').find((label) => text(label) === 'No residence papers needed')!;
      expect(box.getClientRects().length, 'the filter shows').to.be.greaterThan(0);
      expect($(el, '[part~="more-filters"]')!.getAttribute('aria-expanded')).to.equal('false');
      await tick(el, 'No residence papers needed');
      expect(el.resultCount).to.equal(NO_PAPERS);
      await expect(el).to.be.accessible();
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('accepts a place as cards and letters write it, and never says a real place does not exist', async () => {
    const el = await finder(key);
    for (const [input, chip] of [
      ['1000 Bruxelles', 'Near 1000 Brussels'],
      ['1080 Molenbeek', 'Near 1080 '],
      ['St-Gilles', 'Gil'],
      ['Sint-Gillis', 'Gil'],
    ] as const) {
      await type(el, 'place', input);
      await commit(el, 'place');
      expect($(el, '#place-error'), input).to.equal(null);
      expect($(el, '#place')!.getAttribute('aria-invalid'), input).to.equal('false');
      expect(
        chips(el)
          .map((c) => c.text)
          .join(' '),
        input,
      ).to.contain(chip);
    }
    // A district the postcode table does not list by name: not found, and not called non-existent.
    await type(el, 'place', 'Laeken');
    await commit(el, 'place');
    expect(text($(el, '#place-error'))).to.equal('“Laeken” was not found. Try a postcode (4 digits) or the name of the municipality.');
  });

  it('shows an organisation without the reader’s language in the language of its place', async () => {
    for (const lang of ['en', 'ar']) {
      const el = await fixture<FlServiceFinder>(html`<fl-service-finder lang=${lang} content-base=${baseFor(key)}></fl-service-finder>`);
      await searchable(el);
      await type(el, 'query', 'Liège');
      await type(el, 'place', '4000');
      await until(() => $$(el, '[part~="card-organization"]').length > 0, 3000, 'cards');
      const organisations = $$(el, '[part~="card-organization"]').map(text);
      expect(organisations, lang).to.include('CPAS de Liège');
      expect(organisations, lang).not.to.include('OCMW Luik');
      const liege = $$(el, '[part~="card-organization"] [lang]').find((node) => text(node) === 'CPAS de Liège');
      expect(liege?.getAttribute('lang'), 'marked as French').to.equal('fr');
    }
  });

  it('names each map link, "More about" and "Print" after its service, the service first, for screen readers hearing ten cards', async () => {
    // A tall window: Chromium's accessibility snapshot leaves out cards that content-visibility skips off screen.
    await setViewport({ width: 800, height: 8000 });
    try {
      const el = await finder(key);
      const titles = $$(el, 'article.card [part~="card-title"]').map(text);
      expect(titles.length).to.be.greaterThan(2);
      // Chromium's accessible names (icons are hidden, the visually hidden words count): a list of links
      // that reads like the list of services, the visible words whole after the name.
      const links = await accessibleNames(['link']);
      const maps = links.filter((name) => /(Map|Directions) on OpenStreetMap$/.test(name));
      expect(maps.length).to.be.greaterThan(2);
      for (const name of maps)
        expect(
          titles.some((title) => name === `${title}: Map on OpenStreetMap` || name === `${title}: Directions on OpenStreetMap`),
          name,
        ).to.equal(true);
      const summaries = await accessibleNames(['DisclosureTriangle']);
      for (const title of titles) expect(summaries, title).to.include(`${title}: More about this service`);
      expect(
        [...links, ...summaries].filter((name) => /^(More about this service|Map on OpenStreetMap|Directions on OpenStreetMap)$/.test(name)),
      ).to.deep.equal([]);
      // Opened details: "Print these details" says which.
      $<HTMLElement>(el, 'article.card summary')!.click();
      await until(() => $(el, 'article.card .print-one') !== null, 5000, 'the details');
      expect(await accessibleNames(['button'])).to.include(`${titles[0]}: Print these details`);
      await expect(el).to.be.accessible();
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });
});
