import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { FlServiceFinder } from '../../src/components/fl-service-finder/fl-service-finder.js';
import { publish } from '../../src/authoring/publish.js';
import { servicesDataset } from '../../src/content/schema/services.js';
import { configureContent, type ContentOptions } from '../../src/content/store.js';
import { FlContentLoadEvent } from '../../src/events.js';
import { baseFor, captureWarnings, fast, serveFiles, setScenario, storeFor, uniqueKey, until } from '../content/helpers.js';
import { $, $$, cards, EXAMPLE_SERVICES, finder, searchable, text, titles, WEDNESDAY_10H } from './finder-helpers.js';

/** A content host with one service that has `contact` and an exact location; returns its key. */
async function linksHost(contact: Record<string, string>): Promise<string> {
  const key = uniqueKey('finder-links');
  const { files } = await publish(
    [
      {
        dataset: 'services',
        id: 'test-services',
        updated: '2026-11-22',
        taxonomy: [{ id: 'legal-aid', label: { en: 'Legal aid' } }],
        organizations: [{ id: 'org', name: { en: 'Example organisation' }, example: true, reviewed: '2026-11-22' }],
        services: [
          {
            id: 'desk',
            organization: 'org',
            name: { en: 'Example desk' },
            categories: ['legal-aid'],
            example: true,
            reviewed: '2026-11-22',
            sources: ['https://example.org/source'],
            contact,
            locations: [
              {
                address: { street: 'Example street 1', postcode: '1000', municipality: { en: 'Brussels' } },
                geo: { lat: 50.84, lon: 4.35 },
                geoPrecision: 'exact',
              },
            ],
          },
        ],
      },
    ],
    { status: 'example', schemas: false },
  );
  await serveFiles(key, files);
  return key;
}

describe('<fl-service-finder>: content and states', () => {
  let previous: Partial<ContentOptions>;
  const shared = uniqueKey('finder');
  before(() => {
    previous = configureContent(fast);
  });
  after(() => {
    configureContent(previous);
  });

  it('loads the services through the content loader and lists them by name, a page at a time', async () => {
    const key = uniqueKey('finder-load');
    const el = document.createElement('fl-service-finder');
    el.contentBase = baseFor(key);
    el.now = WEDNESDAY_10H;
    const loaded = new Promise<FlContentLoadEvent>((resolve) => el.addEventListener('fl-content-load', resolve, { once: true }));
    document.body.append(el);
    try {
      await el.updateComplete;
      expect($(el, '[part~="loading"]'), 'loading first').to.exist;
      const event = await loaded;
      expect(event.dataset).to.equal('services');
      await searchable(el);
      expect(el.resultCount).to.equal(EXAMPLE_SERVICES);
      expect(text($(el, '[part~="count"]'))).to.equal(`Results: ${EXAMPLE_SERVICES}`);
      expect(cards(el)).to.have.length(10);
      expect(titles(el)[0]).to.equal('Assisted voluntary return and reintegration');
      expect(text($(el, '[part~="example-notice"]'))).to.contain('Example content');
      // Every card says so too, under its name, not only the notice above the list.
      expect(cards(el).map((card) => text(card.querySelector('[part~="card-title"] + [part~="example-flag"]')))).to.deep.equal(
        Array.from({ length: 10 }, () => 'Example content: check it before relying on it.'),
      );
      expect($(el, '[part~="loading"]')).to.equal(null);
    } finally {
      el.remove();
    }
  });

  it('keeps the form and room for a page of results while loading, and says when the connection is slow', async () => {
    const key = uniqueKey('finder-stall');
    await setScenario(key, 'stall');
    configureContent({ slowMs: 100, timeoutMs: 3000 });
    const el = await fixture<FlServiceFinder>(html`<fl-service-finder content-base=${baseFor(key)}></fl-service-finder>`);
    configureContent(fast);
    expect($(el, 'form[part~="form"]'), 'the form shows at once').to.exist;
    expect($(el, '[part~="loading"]')).to.exist;
    // Room for a page of results (ten cards by default), hidden from screen readers.
    const placeholders = $(el, '.placeholders')!;
    expect(placeholders.getAttribute('aria-hidden')).to.equal('true');
    expect(placeholders.children).to.have.length(10);
    const rem = parseFloat(getComputedStyle(document.documentElement).fontSize);
    expect(placeholders.getBoundingClientRect().height).to.be.at.least(10 * 24 * rem);
    const top = placeholders.getBoundingClientRect().top;
    await until(() => $(el, '[part~="slow-notice"]') !== null, 2000, 'the slow notice');
    // The notice takes room kept for it: the placeholder cards (and the page below) do not move.
    expect(placeholders.getBoundingClientRect().top).to.equal(top);
    await expect(el).to.be.accessible();
    el.remove();
  });

  it('shows an error, the host’s fallback and a retry button when nothing can be loaded', async () => {
    const key = uniqueKey('finder-fail');
    await setScenario(key, 'fail');
    const { result: el } = await captureWarnings(async () => {
      const el = await fixture<FlServiceFinder>(html`<fl-service-finder content-base=${baseFor(key)} .now=${WEDNESDAY_10H}>
        <p slot="fallback">Ask at the town hall’s reception desk.</p>
      </fl-service-finder>`);
      await until(() => $(el, '[part~="error"]') !== null, 3000, 'the error');
      return el;
    });
    expect(text($(el, '[part~="error"] [role="alert"]'))).to.contain('The information service is not answering');
    const slot = $<HTMLSlotElement>(el, 'slot[name="fallback"]')!;
    expect(slot.assignedElements().map(text)).to.deep.equal(['Ask at the town hall’s reception desk.']);
    expect($(el, 'form'), 'no form without content').to.equal(null);
    await expect(el).to.be.accessible();
    await setScenario(key, 'ok');
    $<HTMLButtonElement>(el, '[part~="retry"]')!.click();
    await searchable(el);
    expect(el.resultCount).to.equal(EXAMPLE_SERVICES);
    expect($(el, '[part~="error"]')).to.equal(null);
  });

  it('keeps showing the last copy, saying it may be out of date, when a refresh fails', async () => {
    const key = uniqueKey('finder-stale');
    await storeFor(key).load(servicesDataset);
    await setScenario(key, 'fail');
    const { result: el } = await captureWarnings(async () => {
      const el = await finder(key);
      await until(() => $(el, '[part~="stale-notice"]') !== null, 3000, 'the stale notice');
      return el;
    });
    expect(text($(el, '[part~="stale-notice"]'))).to.contain('may be out of date. Last updated: 22 November 2026');
    expect(el.resultCount).to.equal(EXAMPLE_SERVICES);
    await expect(el).to.be.accessible();
  });

  it('can be embedded twice on one page without two landmarks of the same name', async () => {
    const key = uniqueKey('finder-twice');
    const page = await fixture<HTMLDivElement>(html`<div>
      <fl-service-finder content-base=${baseFor(key)} .now=${WEDNESDAY_10H}></fl-service-finder>
      <fl-service-finder content-base=${baseFor(key)} .now=${WEDNESDAY_10H} category="medical" heading-level="3"></fl-service-finder>
    </div>`);
    const [first, second] = [...page.querySelectorAll<FlServiceFinder>('fl-service-finder')];
    await searchable(first!);
    await searchable(second!);
    await expect(page).to.be.accessible();
  });

  it('uses the host’s heading level and heading text', async () => {
    const el = await finder(shared, html`<span slot="heading">Help in Liège</span>`);
    el.headingLevel = 3;
    await el.updateComplete;
    const h = $(el, '[part~="heading"]')!;
    expect(h.tagName).to.equal('H3');
    expect(h.querySelector('slot')!.assignedNodes().map(text).join('')).to.equal('Help in Liège');
    expect(new Set($$(el, '[part~="card-title"]').map((title) => title.tagName))).to.deep.equal(new Set(['H4']));
  });

  it('shows on each card what a reader needs before going: access, hours in Belgian time, place, languages, contact', async () => {
    const el = await finder(shared);
    const card = cards(el).find((node) => text(node.querySelector('[part~="card-title"]')).startsWith('Humanitarian Hub'))!;
    expect(card, 'the Humanitarian Hub is on the first page').to.exist;
    expect(text(card.querySelector('[part~="card-organization"]'))).to.equal('Humanitarian Hub');
    const badges = [...card.querySelectorAll('.badge')].map(text);
    expect(badges).to.deep.equal(['No residence papers needed', 'Walk in', 'No ID needed', 'Anonymous', 'Free', 'Interpreters']);
    // Every badge says it in words; the icon beside it is hidden from screen readers.
    for (const badge of card.querySelectorAll('.badge')) {
      expect(badge.querySelector('svg')!.getAttribute('aria-hidden')).to.equal('true');
    }
    expect(text(card.querySelector('[part~="card-hours"]'))).to.equal('Open now, until 17:00 Today: 09:00–17:00');
    expect(text(card.querySelector('.card__address'))).to.equal('1000 Bruxelles');
    // Each language in the reader's language, with its own name where the browser knows it.
    const languages = text(card.querySelector('.card__languages'));
    expect(languages).to.match(/^Languages: French \(français\), Dutch \(Nederlands\), English, Arabic \(العربية\), Pashto.*, Tigrinya.*$/);
    const map = card.querySelector<HTMLAnchorElement>('[part~="card-actions"] a')!;
    expect(text(map)).to.match(/: Map on OpenStreetMap$/);
    expect(map.href).to.equal('https://www.openstreetmap.org/search?query=1000%20Bruxelles%2C%20Belgium');
    // A service later today, and one on another day.
    const shelter = cards(el).find((node) => text(node.querySelector('[part~="card-title"]')) === 'Emergency night shelter')!;
    expect(text(shelter.querySelector('[part~="card-hours"]')).replace(/\u2060/g, '')).to.equal(
      'Closed now. Opens today at 20:00 Today: 20:00–08:00 (next day)',
    );
    const baby = cards(el).find((node) => text(node.querySelector('[part~="card-title"]')) === 'Child health consultations')!;
    expect(text(baby.querySelector('[part~="card-hours"]'))).to.equal('Open now, until 12:00 Today: 09:00–12:00');
  });

  it('says once that times are Belgian time when the reader’s clock shows another time', async () => {
    try {
      await executeServerCommand('set-timezone', 'America/New_York');
      const away = await finder(shared);
      expect($$(away, '.results .hint').map(text)).to.include('All times are Belgian time.');
      expect(text(cards(away)[1]!.querySelector('[part~="card-hours"]'))).to.contain('09:00');
      away.remove();
      await executeServerCommand('set-timezone', 'Europe/Brussels');
      const home = await finder(shared);
      expect($$(home, '.results .hint').map(text)).to.not.include('All times are Belgian time.');
    } finally {
      // Back to the machine's own zone: the next test file may run in this same page.
      await executeServerCommand('set-timezone', null);
    }
  });

  it('gives tap-to-call, e-mail, website and directions links', async () => {
    const key = await linksHost({ phone: '02 488 97 77', email: 'desk@example.org', website: 'https://www.example.org/desk' });
    const el = await finder(key);
    const links = $$<HTMLAnchorElement>(el, '[part~="card-actions"] a');
    expect(links.map((a) => [text(a), a.getAttribute('href')])).to.deep.equal([
      ['Call 02 488 97 77', 'tel:+3224889777'],
      ['desk@example.org', 'mailto:desk@example.org'],
      ['Website: example.org', 'https://www.example.org/desk'],
      [
        `${text($(el, '[part~="card-title"]'))}: Directions on OpenStreetMap`,
        'https://www.openstreetmap.org/directions?to=50.84%2C4.35#map=17/50.84/4.35',
      ],
    ]);
    expect(text($(el, '.card__address'))).to.equal('Example street 1, 1000 Brussels');
    $(el, 'summary')!.click();
    await until(() => $(el, '.checked') !== null, 2000, 'the details');
    expect(text($(el, '.checked'))).to.equal('Information checked on 22 November 2026. Source 1');
    expect($<HTMLAnchorElement>(el, '.checked a')!.href).to.equal('https://example.org/source');
    expect(text($(el, '.description, .facts'))).to.not.equal('');
  });

  it('calls a number written “+32 (0)2 …” without the 0, and puts nothing after an e-mail address into the mail’s headers', async () => {
    const el = await finder(await linksHost({ phone: '+32 (0)2 488 97 77', email: 'x@y.be?subject=Hi' }));
    const links = $$<HTMLAnchorElement>(el, '[part~="card-actions"] a');
    expect(links[0]!.getAttribute('href')).to.equal('tel:+3224889777');
    const mail = new URL(links[1]!.href);
    expect(mail.protocol).to.equal('mailto:');
    expect(mail.search, 'no header').to.equal('');
    expect(decodeURIComponent(mail.pathname)).to.equal('x@y.be?subject=Hi');
  });

  it('opens a card’s details in place, with the access facts and the hours of the next seven days', async () => {
    const el = await finder(shared);
    const card = cards(el).find((node) => text(node.querySelector('[part~="card-title"]')).startsWith('Humanitarian Hub'))!;
    const details = card.querySelector<HTMLDetailsElement>('details')!;
    const summary = details.querySelector('summary')!;
    expect(details.open).to.equal(false);
    expect(text(summary)).to.equal('Humanitarian Hub: care, information and family links: More about this service');
    summary.click();
    await until(() => details.querySelector('.facts') !== null, 2000, 'the details');
    expect(details.open).to.equal(true);
    expect(card.contains(details), 'in the card itself').to.equal(true);
    const facts = [...details.querySelectorAll('.facts > div')].map((row) => `${text(row.querySelector('dt'))} = ${text(row.querySelector('dd'))}`);
    expect(facts).to.include.members([
      'Help without residence papers = Yes',
      'Help without giving your name = Yes',
      'You need a letter from another service = Not known',
      'Cost = Free',
    ]);
    const week = [...details.querySelectorAll('.week__day')].map(text);
    // Today (Wednesday) first, then the six days after it: no day that is already over.
    expect(week).to.have.length(7);
    expect(week[0]).to.equal('Wednesday 25 November 09:00–17:00');
    expect(week[3]).to.equal('Saturday 28 November Closed');
    expect(week[6]).to.equal('Tuesday 1 December 09:00–17:00');
    expect(details.querySelector('.week__day[data-today]')).to.equal(details.querySelectorAll('.week__day')[0]);
    // The details stay open while the list re-renders (another minute, a new search).
    el.now = new Date(WEDNESDAY_10H.getTime() + 60_000);
    await el.updateComplete;
    expect(details.open).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('is accessible with results, and with none', async () => {
    const el = await finder(shared);
    await expect(el).to.be.accessible();
    $<HTMLInputElement>(el, '#query')!.value = 'zzzzzzzz';
    $<HTMLInputElement>(el, '#query')!.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect($(el, '[part~="empty"]')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('speaks Arabic right to left, accessibly', async () => {
    const el = await fixture<FlServiceFinder>(
      html`<fl-service-finder lang="ar" content-base=${baseFor(shared)} .now=${WEDNESDAY_10H}></fl-service-finder>`,
    );
    await searchable(el);
    expect(el.getAttribute('dir')).to.equal('rtl');
    expect(text($(el, '[part~="count"]'))).to.not.contain('Results');
    // The search button sits at the inline end of the box: on its left in Arabic.
    const box = $(el, '#query')!.getBoundingClientRect();
    const button = $(el, '[part~="search-button"]')!.getBoundingClientRect();
    expect(button.right).to.be.at.most(box.left + 1);
    // Content in another language keeps its own language and direction inside the Arabic page.
    const arabic = $$(el, '[part~="card-title"] span').find((span) => span.getAttribute('lang') === 'ar')!;
    expect(arabic.getAttribute('dir')).to.equal('rtl');
    await expect(el).to.be.accessible();
    $<HTMLInputElement>(el, '#query')!.value = 'ICAM';
    $<HTMLInputElement>(el, '#query')!.dispatchEvent(new Event('input'));
    await el.updateComplete;
    const english = $$(el, '[part~="card-title"] span').find((span) => span.getAttribute('lang') === 'en')!;
    expect(english.getAttribute('dir')).to.equal('ltr');
    expect(text($(el, '[part~="heading"]'))).to.equal('أين تجد المساعدة');
    await expect(el).to.be.accessible();
  });
});
