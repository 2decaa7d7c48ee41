import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import type { FlServiceFinder } from '../../src/components/fl-service-finder/fl-service-finder.js';
import { configureContent, type ContentOptions } from '../../src/content/store.js';
import { baseFor, captureWarnings, fast, uniqueKey, until } from '../content/helpers.js';
import {
  $,
  $$,
  announced,
  announcement,
  cards,
  chips,
  choose,
  commit,
  EXAMPLE_SERVICES,
  finder,
  focused,
  SATURDAY_10H,
  searchable,
  text,
  tick,
  titles,
  type,
  WEDNESDAY_10H,
} from './finder-helpers.js';

const distances = (el: FlServiceFinder) => $$(el, '.distance').map(text);
/** Every result, on as many pages as it takes. */
async function allTitles(el: FlServiceFinder): Promise<string[]> {
  while ($(el, '[part~="more"]')) {
    $(el, '[part~="more"]')!.click();
    await el.updateComplete;
  }
  return titles(el);
}

describe('<fl-service-finder>: searching and filtering', () => {
  let previous: Partial<ContentOptions>;
  const key = uniqueKey('finder-filters');
  before(() => {
    previous = configureContent(fast);
  });
  after(() => {
    configureContent(previous);
  });

  it('finds CPAS and OCMW services under either name, accents and case ignored, as the reader types', async () => {
    const el = await finder(key);
    await type(el, 'query', 'ocmw');
    const ocmw = el.resultCount!;
    expect(ocmw).to.equal(30);
    await type(el, 'query', 'CPAS');
    expect(el.resultCount).to.equal(ocmw);
    await type(el, 'query', 'médecins du monde');
    const accented = await allTitles(el);
    await type(el, 'query', 'MEDECINS DU MONDE');
    expect(await allTitles(el)).to.deep.equal(accented);
    expect(accented).to.deep.equal(['Medical and psychosocial consultations', 'Medical and psychosocial consultations']);
  });

  it('finds everyday words (eten, manger, ziekenhuis) and says when it shows similar words', async () => {
    const el = await finder(key);
    for (const word of ['eten', 'manger', 'nourriture', 'ziekenhuis', 'hôpital', 'opvang']) {
      await type(el, 'query', word);
      expect(el.resultCount, word).to.be.greaterThan(0);
      expect($(el, '[part~="similar"]'), word).to.equal(null);
    }
    await type(el, 'query', 'opvang');
    // "opvang" (reception) is also in Fedasil's name, whose return desk comes first; the night shelter is found too.
    expect(
      titles(el).some((title) => /shelter/i.test(title)),
      titles(el).join(' | '),
    ).to.equal(true);
    await type(el, 'query', 'medecim');
    expect(text($(el, '[part~="similar"]'))).to.equal('No exact match for “medecim”: showing similar words.');
  });

  it('keeps a Latin place name and typed words in order inside Arabic chips', async () => {
    const el = await finder(key);
    el.lang = 'ar';
    for (let i = 0; i < 100 && el.locale !== 'ar'; i += 1) await new Promise((resolve) => setTimeout(resolve, 20));
    await type(el, 'place', '1080');
    await type(el, 'query', 'ocmw');
    const labels = chips(el).map((chip) => chip.text);
    expect(labels.some((label) => label.includes('\u20681080 Molenbeek-Saint-Jean\u2069'))).to.equal(true);
    expect(labels.some((label) => label.includes('\u2068ocmw\u2069'))).to.equal(true);
  });

  it('announces the number of results once the reader pauses', async () => {
    const el = await finder(key);
    await type(el, 'query', 'shelter');
    expect(announced(el), 'not while typing').to.equal('');
    await announcement(el, 'Services found: 1');
    await type(el, 'query', 'shelterzzz');
    await announcement(el, 'No services found.');
    expect($(el, '.fl-visually-hidden[role="status"]')!.getBoundingClientRect().width).to.be.at.most(1);
  });

  it('filters by type of help, including its sub-types', async () => {
    const el = await finder(key);
    const options = $$<HTMLOptionElement>(el, '#category option').map((option) => text(option));
    expect(options.slice(0, 4)).to.deep.equal([
      'All types of help',
      'Social welfare centre (CPAS/OCMW)',
      'Health care',
      'Urgent medical aid (for people without papers)',
    ]);
    await choose(el, 'category', 'health');
    // 15 urgent medical aid (a sub-type of health care), Médecins du Monde twice, the Hub, ONE and Kind en Gezin.
    expect(el.resultCount).to.equal(20);
    expect(chips(el)).to.deep.equal([{ text: 'Health care', name: 'Remove filter: Health care' }]);
    await choose(el, 'category', 'food');
    expect(await allTitles(el)).to.deep.equal(['Meals and food parcels']);
  });

  it('filters by a language the staff speak', async () => {
    const el = await finder(key);
    const options = $$<HTMLOptionElement>(el, '#language option').map((option) => option.value);
    expect(options).to.include.members(['', 'ar', 'fr', 'nl', 'ps', 'ti', 'tr']);
    await choose(el, 'language', 'tr');
    expect(await allTitles(el)).to.deep.equal(['Social assistance and first reception', 'Urgent medical aid for people without residence papers']);
    expect(chips(el)[0]!.name).to.equal('Remove filter: Language: Turkish (Türkçe)');
  });

  it('filters on open now, no papers needed and walk-in', async () => {
    const el = await finder(key);
    await tick(el, 'Open now');
    const openNow = el.resultCount!;
    // Wednesday 10:00: the CPAS/OCMW (30), Médecins du Monde (2), the three ICAM walk-ins, four legal aid
    // offices, the Hub, the Dutch courses, Kind en Gezin and Caritas's return counselling.
    expect(openNow).to.equal(43);
    expect(cards(el).every((card) => text(card.querySelector('[part~="card-hours"]')).startsWith('Open now'))).to.equal(true);
    await tick(el, 'No residence papers needed');
    // Not the CPAS/OCMW's general social assistance (15) nor the Dutch courses, which do not say.
    expect(el.resultCount).to.equal(27);
    expect(cards(el).every((card) => text(card.querySelector('.badge')) === 'No residence papers needed')).to.equal(true);
    await tick(el, 'Walk in without an appointment');
    // Kind en Gezin and Caritas do not say that one can walk in.
    expect(el.resultCount).to.equal(25);
    expect(chips(el).map((chip) => chip.name)).to.deep.equal([
      'Remove filter: Open now',
      'Remove filter: No residence papers needed',
      'Remove filter: Walk in without an appointment',
    ]);
  });

  it('sorts by distance from a postcode, with the distance on each card', async () => {
    const el = await finder(key);
    await type(el, 'query', 'urgent medical aid');
    await type(el, 'place', '1030');
    const first = cards(el)[0]!;
    expect(text(first.querySelector('.card__address'))).to.equal('1030 Schaerbeek · Less than 1 km away');
    const km = distances(el).map((d) => Number(/(\d+)/.exec(d)?.[1] ?? 0));
    expect(km).to.deep.equal([...km].sort((a, b) => a - b));
    expect(distances(el)[1]).to.match(/^About \d km away$/);
    expect(chips(el).map((chip) => chip.text)).to.deep.equal(['Search: urgent medical aid', 'Near 1030 Schaerbeek']);
    // The sort can be changed back to the best match or the name.
    const sorts = $$<HTMLOptionElement>(el, '.sort option').map((option) => option.value);
    expect(sorts).to.deep.equal(['relevance', 'distance', 'name']);
    expect($<HTMLSelectElement>(el, '.sort select')!.value).to.equal('distance');
  });

  it('finds a municipality by its name in any language, and can keep to it or to a distance', async () => {
    const el = await finder(key);
    await type(el, 'place', 'Luik');
    expect(text(cards(el)[0]!.querySelector('.card__address'))).to.contain('4000 Liège');
    const options = $$<HTMLOptionElement>(el, '#distance option').map((option) => text(option));
    expect(options).to.deep.equal(['Any distance', 'Only in Liège', 'Within 5 km', 'Within 10 km', 'Within 25 km', 'Within 50 km']);
    await choose(el, 'distance', 'here');
    const inLiege = await allTitles(el);
    // Six services in Liège itself, plus the ICAM support line, reachable by phone from anywhere.
    expect(inLiege).to.have.length(7);
    expect(inLiege).to.include('ICAM support line');
    expect(chips(el).map((chip) => chip.text)).to.deep.equal(['In Liège']);
    await choose(el, 'distance', '50');
    expect(el.resultCount).to.be.greaterThan(inLiege.length);
    expect(chips(el).map((chip) => chip.text)).to.deep.equal(['Within 50 km of Liège']);
  });

  it('says when a place is not known, without filtering on it', async () => {
    const el = await finder(key);
    await type(el, 'place', 'Atlantis');
    expect($(el, '#place-error'), 'not while the reader types').to.equal(null);
    await commit(el, 'place');
    expect(text($(el, '#place-error'))).to.equal('“Atlantis” was not found. Try a postcode (4 digits) or the name of the municipality.');
    const input = $(el, '#place')!;
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect(input.getAttribute('aria-describedby')).to.contain('place-error');
    expect(el.resultCount).to.equal(EXAMPLE_SERVICES);
    expect(chips(el)).to.deep.equal([]);
    await type(el, 'place', '40');
    expect($$<HTMLOptionElement>(el, '#place-suggestions option').map((option) => option.value)).to.include.members(['4000', '4020']);
  });

  it('suggests a place by a later word of its name, as people say it', async () => {
    const el = await finder(key);
    const suggested = () => $$<HTMLOptionElement>(el, '#place-suggestions option').map((option) => option.value);
    for (const [typed, place] of [
      ['niklaas', 'Sint-Niklaas'],
      ['lambrechts', 'Sint-Lambrechts-Woluwe'],
      ['Genesius', 'Sint-Genesius-Rode'],
    ]) {
      await type(el, 'place', typed!);
      expect(suggested(), typed).to.include(place);
    }
  });

  it('removes a choice with its chip and keeps the keyboard focus among the chips', async () => {
    const el = await finder(key);
    await type(el, 'query', 'aide');
    await choose(el, 'category', 'health');
    await tick(el, 'Walk in without an appointment');
    const before = el.resultCount!;
    expect(chips(el).map((chip) => chip.name)).to.deep.equal([
      'Remove filter: Search: aide',
      'Remove filter: Health care',
      'Remove filter: Walk in without an appointment',
    ]);
    $$(el, 'button.chip')[1]!.click();
    await el.updateComplete;
    expect(el.resultCount).to.be.greaterThan(before);
    expect($<HTMLSelectElement>(el, '#category')!.value).to.equal('');
    expect(focused(el)?.getAttribute('aria-label')).to.equal('Remove filter: Walk in without an appointment');
    focused(el)!.click();
    await el.updateComplete;
    expect(focused(el)?.getAttribute('aria-label')).to.equal('Remove filter: Search: aide');
    focused(el)!.click();
    await el.updateComplete;
    expect(chips(el)).to.deep.equal([]);
    expect(focused(el)?.id, 'back to the search box').to.equal('query');
    expect(el.resultCount).to.equal(EXAMPLE_SERVICES);
  });

  it('clears every choice at once, host pre-filters too', async () => {
    const el = await fixture<FlServiceFinder>(
      html`<fl-service-finder content-base=${baseFor(key)} .now=${WEDNESDAY_10H} category="legal-aid" no-papers></fl-service-finder>`,
    );
    await searchable(el);
    expect(el.resultCount).to.equal(5);
    $(el, '[part~="clear"]')!.click();
    await el.updateComplete;
    expect(el.resultCount).to.equal(EXAMPLE_SERVICES);
    expect(focused(el)?.id).to.equal('query');
    expect($(el, '[part~="clear"]')).to.equal(null);
  });

  it('suggests widening the search when nothing matches, and widens it on request', async () => {
    const el = await finder(key, null, SATURDAY_10H);
    await tick(el, 'Open now');
    expect(el.resultCount).to.equal(0);
    const empty = $(el, '[part~="empty"]')!;
    expect(text(empty)).to.contain('No service matches all your choices.');
    const clear = [...empty.querySelectorAll('button')].find((button) => text(button) === 'Clear all filters')!;
    clear.click();
    await el.updateComplete;
    expect(el.resultCount).to.equal(EXAMPLE_SERVICES);
    await type(el, 'query', 'food');
    await type(el, 'place', 'Gent');
    await choose(el, 'distance', '10');
    expect(el.resultCount).to.equal(0);
    const widen = [...$(el, '[part~="empty"]')!.querySelectorAll('button')].find((button) => text(button) === 'Search at any distance')!;
    widen.click();
    await el.updateComplete;
    expect(titles(el)).to.deep.equal(['Meals and food parcels']);
  });

  it('shows more results on request and moves the focus to the first new one', async () => {
    const el = await fixture<FlServiceFinder>(
      html`<fl-service-finder content-base=${baseFor(key)} .now=${WEDNESDAY_10H} limit="20"></fl-service-finder>`,
    );
    await searchable(el);
    expect(cards(el)).to.have.length(20);
    expect(text($(el, '.results__more p'))).to.equal(`Showing 20 of ${EXAMPLE_SERVICES}`);
    const twentyFirst = async () => {
      $(el, '[part~="more"]')!.click();
      await el.updateComplete;
    };
    await twentyFirst();
    expect(cards(el)).to.have.length(40);
    expect(focused(el), 'the title of the 21st card').to.equal(cards(el)[20]!.querySelector('[part~="card-title"]'));
    await announcement(el, `Showing 40 of ${EXAMPLE_SERVICES}`);
    await twentyFirst();
    expect(cards(el)).to.have.length(EXAMPLE_SERVICES);
    expect($(el, '[part~="more"]'), 'nothing more to show').to.equal(null);
    // A new search starts again from the first page.
    await type(el, 'query', 'a');
    expect(cards(el).length).to.be.at.most(20);
  });

  it('builds a first page of cards a few per task, holding room for the rest, and moves focus once the new card is there', async () => {
    const el = document.createElement('fl-service-finder');
    el.contentBase = baseFor(key);
    el.now = WEDNESDAY_10H;
    // What each task leaves on screen: a MutationObserver's callback runs at the end of the task that rendered.
    const states: string[] = [];
    const record = () => {
      const list = el.shadowRoot?.querySelector('.results__list');
      if (!list) return;
      const placeholders = list.querySelectorAll('li.placeholder[aria-hidden="true"]').length;
      states.push(`${list.querySelectorAll('article.card').length}+${placeholders}`);
    };
    const observer = new MutationObserver(record);
    document.body.append(el);
    observer.observe(el.shadowRoot!, { childList: true, subtree: true });
    try {
      await searchable(el);
      observer.disconnect();
      expect([...new Set(states)]).to.deep.equal(['3+7', '6+4', '9+1', '10+0']);
      await expect(el).to.be.accessible();
    } finally {
      observer.disconnect();
      el.remove();
    }
    // Three per page: "Show more" asks for cards 4 to 6, which come a task later; focus goes to the fourth.
    const three = await fixture<FlServiceFinder>(
      html`<fl-service-finder content-base=${baseFor(key)} .now=${WEDNESDAY_10H} limit="3"></fl-service-finder>`,
    );
    await searchable(three);
    $(three, '[part~="more"]')!.click();
    await three.updateComplete;
    expect(cards(three)).to.have.length(6);
    await until(() => focused(three) !== null, 1000, 'focus on the fourth card');
    expect(focused(three), 'the title of the 4th card').to.equal(cards(three)[3]!.querySelector('[part~="card-title"]'));
  });

  it('follows host attributes set later, and reads the language and category lists', async () => {
    const el = await finder(key);
    el.setAttribute('languages', 'tr, es');
    await el.updateComplete;
    // Turkish in Schaerbeek (2); Spanish in Saint-Gilles (2), at Médecins du Monde Brussels and Caritas.
    expect(el.resultCount).to.equal(6);
    expect(chips(el).map((chip) => chip.text)).to.deep.equal(['Language: Turkish (Türkçe)', 'Language: Spanish (español)']);
    expect(text($(el, '#language option:checked'))).to.equal('Several languages');
    el.setAttribute('postcode', '1030');
    await el.updateComplete;
    expect(el.resultCount).to.equal(2);
    expect(chips(el).map((chip) => chip.text)).to.include('In 1030 Schaerbeek');
  });

  it('works with the keyboard alone', async () => {
    const el = await finder(key);
    $(el, '#query')!.focus();
    await sendKeys({ type: 'shelter' });
    await el.updateComplete;
    expect(el.resultCount).to.equal(1);
    // Enter searches without leaving the page, and says how many were found.
    const href = location.href;
    await sendKeys({ press: 'Enter' });
    await announcement(el, 'Services found: 1');
    expect(location.href).to.equal(href);
    // Tab goes on to the search button, then the filters in reading order.
    const order: string[] = [];
    for (let i = 0; i < 6; i += 1) {
      await sendKeys({ press: 'Tab' });
      const active = focused(el)!;
      order.push(active.id || active.getAttribute('part') || `${active.tagName.toLowerCase()}:${(active as HTMLInputElement).type}`);
    }
    expect(order).to.deep.equal(['search-button', 'place', 'locate', 'input:checkbox', 'category', 'language']);
    // The chip is a button: Enter removes the choice.
    const chip = $(el, 'button.chip')!;
    chip.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.resultCount).to.equal(EXAMPLE_SERVICES);
    // The details open with the keyboard.
    const summary = cards(el)[0]!.querySelector('summary')!;
    summary.focus();
    await sendKeys({ press: 'Enter' });
    expect(summary.closest('details')!.open).to.equal(true);
  });

  it('folds the filters after words and place behind a button on a narrow screen', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      const el = await finder(key);
      const toggle = $(el, '[part~="more-filters"]')!;
      const category = $(el, '#category')!;
      expect(toggle.getClientRects().length, 'the button shows').to.be.greaterThan(0);
      expect(category.getClientRects().length, 'the type of help is folded').to.equal(0);
      expect($(el, '#place')!.getClientRects().length, 'the place stays').to.be.greaterThan(0);
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      expect(toggle.getAttribute('aria-controls')).to.equal('more');
      toggle.click();
      await el.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      expect(category.getClientRects().length).to.be.greaterThan(0);
      expect(document.documentElement.scrollWidth, 'no sideways scrolling').to.be.at.most(320);
      await expect(el).to.be.accessible();
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
    const wide = await finder(key);
    expect($(wide, '[part~="more-filters"]')!.getClientRects().length, 'no button on a wide screen').to.equal(0);
    expect($(wide, '#category')!.getClientRects().length).to.be.greaterThan(0);
  });

  it('tells the host’s developers about a pre-filter that matches nothing, and ignores it', async () => {
    let seen = 0;
    const { result: el, warnings } = await captureWarnings(async () => {
      const el = await fixture<FlServiceFinder>(
        html`<fl-service-finder content-base=${baseFor(key)} .now=${WEDNESDAY_10H} category="helth, food" municipality="Atlantis"></fl-service-finder>`,
      );
      const warn = console.warn;
      console.warn = (...args: unknown[]) => {
        seen += 1;
        warn(...args);
      };
      // The words for the developers come in a chunk of their own, after the first results.
      await searchable(el);
      await until(() => seen >= 2, 5000, 'the pre-filter warnings');
      return el;
    });
    expect(warnings.some((w) => w.includes(`category "helth" is not in the content's taxonomy`))).to.equal(true);
    expect(warnings.some((w) => w.includes('"Atlantis" is not a Belgian postcode'))).to.equal(true);
    expect(titles(el)).to.deep.equal(['Meals and food parcels']);
    expect(chips(el).map((chip) => chip.text)).to.deep.equal(['Food']);
  });
});
