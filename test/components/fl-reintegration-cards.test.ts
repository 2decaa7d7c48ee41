import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/fl-reintegration-cards/fl-reintegration-cards.js';
import type { FlReintegrationCards } from '../../src/components/fl-reintegration-cards/fl-reintegration-cards.js';
import { publish } from '../../src/authoring/publish.js';
import { configureContent, type ContentOptions } from '../../src/content/store.js';
import { setReaderLanguage } from '../../src/i18n/choice.js';
import { baseFor, fast, serveFiles, uniqueKey, until } from '../content/helpers.js';
import { part, words, parts } from './widget-helpers.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const NOW = new Date('2026-12-05T10:00:00+01:00');
let demo: Json;

/** Publishes the demo's reintegration content (changed by `edit`) on a test host of its own. */
async function host(edit?: (data: Json) => void): Promise<string> {
  demo ??= (await (await fetch('/demo/content/reintegration.json')).json()) as Json;
  const data = JSON.parse(JSON.stringify(demo)) as Json;
  edit?.(data);
  const { files } = await publish([data], { status: 'example', schemas: false });
  const key = uniqueKey('reint');
  await serveFiles(key, files);
  return baseFor(key);
}

const root = (el: Element) => el.shadowRoot!;

/** Waits until the element has content and its cards' chunk. */
async function ready(el: FlReintegrationCards): Promise<void> {
  await until(() => el.content.status === 'ready', 3000, 'content');
  await until(() => part(el, 'counsellor') !== null && part(el, 'process') !== null && words(part(el, 'disclaimer')) !== '', 3000, 'the cards chunk');
  await el.updateComplete;
}

async function cards(base: string, attributes: Record<string, string> = {}): Promise<FlReintegrationCards> {
  const el = document.createElement('fl-reintegration-cards');
  el.setAttribute('content-base', base);
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  el.now = NOW;
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  wrapper.append(el);
  await ready(el);
  return el;
}

/** Types into the country field, character by character, as a reader would. */
async function type(el: FlReintegrationCards, text: string): Promise<void> {
  const input = part(el, 'combobox-input') as HTMLInputElement;
  input.focus();
  await sendKeys({ type: text });
  await el.updateComplete;
  // The search comes with the cards' chunk, asked for when the field took the focus.
  const status = () => words(root(el).querySelector('.combobox [role="status"]'));
  await until(() => status() !== '' && status() !== 'Loading…', 3000, 'the list');
}

describe('fl-reintegration-cards', () => {
  let previous: Partial<ContentOptions>;
  before(() => {
    previous = configureContent(fast);
  });
  after(() => configureContent(previous));
  afterEach(() => setReaderLanguage(undefined));

  it('finds Morocco by its French name and by its Arabic name, picked with the keyboard, and shows the cards for it', async () => {
    const el = await cards(await host());
    expect(words(part(el, 'prompt'))).to.equal('Choose a country to see the support that exists for it.');
    const input = part(el, 'combobox-input') as HTMLInputElement;
    expect(input.getAttribute('role')).to.equal('combobox');
    await type(el, 'maroc');
    expect(input.getAttribute('aria-expanded')).to.equal('true');
    expect(parts(el, 'combobox-option').map(words)[0]).to.equal('Morocco (Maroc)');
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(input.getAttribute('aria-activedescendant')).to.equal('country-option-0');
    await sendKeys({ press: 'Enter' });
    await until(() => part(el, 'country-heading') !== null, 2000, 'the country');
    expect(words(part(el, 'country-heading'))).to.equal('Support for a return to Morocco');
    expect(input.value).to.equal('Morocco');
    expect(input.getAttribute('aria-expanded')).to.equal('false');
    // No programme of its own: said plainly, with the programmes for every country.
    expect(words(part(el, 'no-own'))).to.contain('There is no programme of its own for Morocco in this information.');
    expect(parts(el, 'card-title').map(words)).to.deep.equal(['Assisted voluntary return', 'Reintegration support']);
    // Amounts with their date and source; no source gives Morocco's visa regime, so both premiums show, with their condition.
    const premium = words(parts(el, 'card')[0]);
    expect(premium).to.contain('€350 per adult, from 1 January 2022 (source: agii.be)');
    expect(premium).to.contain('€50 per adult, from 1 January 2022');
    expect(premium).to.contain('No figure after 2022 was found');
    expect(words(part(el, 'regime-note'))).to.contain('depends on whether nationals of Morocco need a visa');
    const support = parts(el, 'card')[1]!;
    expect(words(support)).to.contain('In kind, not money');
    expect(words(support.querySelector('[part~="time-limit"]'))).to.contain('Time limit: 12 months from your return');
    expect(words(support.querySelector('[part~="partners"]'))).to.contain("Caritas International's local partner");
    expect(words(support.querySelector('[part~="checked"]'))).to.contain('Last reviewed 22 November 2026.');

    // Arabic and Dutch names find it too.
    input.select();
    await sendKeys({ press: 'Backspace' });
    await type(el, 'المغرب');
    expect(parts(el, 'combobox-option').map(words)[0]).to.equal('Morocco (المغرب)');
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(input.getAttribute('aria-expanded')).to.equal('false');
    await expect(el).to.be.accessible();
  });

  it('opens details in place, filters by kind and by profile with removable chips', async () => {
    const el = await cards(
      await host((data) => {
        data.programmes[1].criteria.profiles = ['family'];
        data.countries[2].updates = [
          { date: '2022-06-07', text: { en: 'An older note.' } },
          { date: '2026-11-01', text: { en: 'A newer note.' }, sources: ['https://example.org/note'] },
        ];
      }),
      { country: 'UA' },
    );
    expect(parts(el, 'card')).to.have.length(2);
    // Dated notes about the country, newest first, each with its date and source.
    expect([...part(el, 'country-updates')!.querySelectorAll('li')].map(words)).to.deep.equal([
      '1 November 2026: A newer note. (example.org)',
      '7 June 2022: An older note.',
    ]);
    const toggle = parts(el, 'details-toggle')[1]!;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    toggle.click();
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(words(parts(el, 'details')[1])).to.contain('A vulnerable situation is taken into account.');

    const filter = (label: string) => parts(el, 'filter').find((button) => words(button) === label)!;
    filter('Return premium').click();
    await el.updateComplete;
    expect(filter('Return premium').getAttribute('aria-pressed')).to.equal('true');
    expect(parts(el, 'card-title').map(words)).to.deep.equal(['Assisted voluntary return']);
    expect(parts(el, 'chip').map((chip) => chip.getAttribute('aria-label'))).to.deep.equal(['Remove filter: Return premium']);
    parts(el, 'chip')[0]!.click();
    await el.updateComplete;
    expect(parts(el, 'card')).to.have.length(2);
    // A person alone: the programme only for families is left out.
    filter('A person alone').click();
    await el.updateComplete;
    expect(parts(el, 'card-title').map(words)).to.deep.equal(['Assisted voluntary return']);
    filter('Support for a small business').click();
    await el.updateComplete;
    expect(words(part(el, 'no-match'))).to.equal('No programme matches these filters.');
    part(el, 'clear')!.click();
    await el.updateComplete;
    expect(parts(el, 'card')).to.have.length(2);
    await expect(el).to.be.accessible();
  });

  it('always shows the way to a counsellor: the free line to tap, the desks, the host page; the steps and the media as links', async () => {
    const el = await cards(await host(), { 'counsellor-url': 'https://example.org/help' });
    expect(part(el, 'free-line')!.getAttribute('href')).to.equal('tel:+3280032745');
    expect(parts(el, 'desk')).to.have.length(7);
    expect(part(el, 'counsellor-link')!.getAttribute('href')).to.equal('https://example.org/help');
    expect(parts(el, 'process-step')).to.have.length(6);
    expect(parts(el, 'media-item').map((item) => item.querySelector('a')!.getAttribute('href'))).to.have.length(3);
    expect(root(el).querySelectorAll('iframe, audio, video, img')).to.have.length(0);
    expect(words(parts(el, 'media-item')[0])).to.contain('(Web page, French)');
  });

  it('shows many programmes a page at a time, focus on the first new card after "Show more", the first page again after a filter', async () => {
    const el = await cards(
      await host((data) => {
        const [travel, business] = data.programmes as Json[];
        data.programmes = Array.from({ length: 25 }, (_, i) => ({ ...(i % 2 ? business : travel), id: `programme-${i}` }));
      }),
      { country: 'MA' },
    );
    expect(parts(el, 'card')).to.have.length(10);
    expect(words(part(el, 'more'))).to.equal('Show more programmes (15 more)');
    part(el, 'more')!.click();
    await el.updateComplete;
    await until(() => root(el).activeElement !== null, 1000, 'focus');
    expect(parts(el, 'card')).to.have.length(20);
    expect(root(el).activeElement, 'focus on the first new card').to.equal(parts(el, 'card-title')[10]);
    part(el, 'more')!.click();
    await el.updateComplete;
    expect(parts(el, 'card')).to.have.length(25);
    expect(part(el, 'more'), 'nothing more to show').to.equal(null);
    // A filter: 12 programmes give support for a small business, the first ten show.
    parts(el, 'filter')
      .find((button) => words(button).startsWith('Support for a small business'))!
      .click();
    await el.updateComplete;
    expect(parts(el, 'card')).to.have.length(10);
    expect(words(part(el, 'more'))).to.equal('Show more programmes (2 more)');
    await expect(el).to.be.accessible();
  });

  it('shows its content whole, with the disclaimer and the steps, in the first render that shows content', async () => {
    const base = await host();
    const el = document.createElement('fl-reintegration-cards');
    el.setAttribute('content-base', base);
    el.now = NOW;
    // What the first render with content shows (the rich-text piece loads beside the content, not after it).
    const shownOnLoad = async () => {
      await Promise.resolve();
      await el.updateComplete;
      while (root(el).querySelector('.fl-piece-loading')) await new Promise(requestAnimationFrame);
      return { disclaimer: words(part(el, 'disclaimer')), steps: parts(el, 'process-step').length };
    };
    const first = new Promise<{ disclaimer: string; steps: number }>((resolve) => {
      el.addEventListener('fl-content-load', () => resolve(shownOnLoad()), { once: true });
    });
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    wrapper.append(el);
    const shown = await first;
    expect(shown.disclaimer).to.match(/^Going back is your own decision/);
    expect(shown.steps).to.equal(6);
    expect(part(el, 'process')!.querySelector('[lang="en"]'), 'the steps with their text').to.exist;
  });

  it('says an amount note that several offers of a card share once, after them', async () => {
    const el = await cards(await host(), { country: 'MA' });
    const card = parts(el, 'card').find((item) => item.dataset['programme'] === 'voluntary-return')!;
    const notes = [...card.querySelectorAll('.amount-note')].map(words);
    expect(notes.filter((note) => note.includes('No figure after 2022 was found'))).to.have.length(1);
    expect(card.querySelector('[part~="offers"] .amount-note'), 'not inside an offer').to.equal(null);
    expect(card.querySelectorAll('[part~="amounts"]')).to.have.length(2);
  });

  it('says so for a code that names no country, and shows a report link when the content gives an address', async () => {
    const el = await cards(
      await host((data) => {
        data.feedback = { email: 'content@example.org' };
      }),
      { country: 'XY' },
    );
    expect(words(part(el, 'unknown'))).to.contain('"XY" is not the code of a country.');
    expect(part(el, 'card')).to.equal(null);
    expect(part(el, 'counsellor')).to.not.equal(null);
    el.country = 'BR';
    await until(() => part(el, 'card') !== null, 2000, 'the cards');
    expect(part(el, 'unknown')).to.equal(null);
    expect(part(el, 'report-link')!.getAttribute('href')).to.equal('mailto:content@example.org?subject=A%20mistake%20in%20(voluntary-return)');
  });

  it("limits the picker to the host's countries, and shows one country without a picker", async () => {
    const base = await host();
    const el = await cards(base, { countries: 'MA BR' });
    (part(el, 'combobox-input') as HTMLInputElement).focus();
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(parts(el, 'combobox-option').map(words)).to.deep.equal(['Morocco', 'Brazil']);
    await type(el, 'ukr');
    expect(parts(el, 'combobox-option')).to.have.length(0);
    const one = await cards(base, { countries: 'CM' });
    expect(part(one, 'combobox-input')).to.equal(null);
    await until(() => part(one, 'country-heading') !== null, 2000, 'the country');
    expect(words(part(one, 'country-heading'))).to.equal('Support for a return to Cameroon');
  });

  it('renders right to left in Arabic, accessible there; two elements on a page keep their own state', async () => {
    setReaderLanguage('ar');
    const base = await host();
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <fl-reintegration-cards content-base=${base} country="MN" .now=${NOW}></fl-reintegration-cards>
      <fl-reintegration-cards content-base=${base} .now=${NOW}></fl-reintegration-cards>
    </div>`);
    const [one, two] = [...wrapper.querySelectorAll('fl-reintegration-cards')] as FlReintegrationCards[];
    await ready(one!);
    await ready(two!);
    await until(() => part(one!, 'card') !== null, 2000, 'the cards');
    expect(one!.getAttribute('dir')).to.equal('rtl');
    expect(words(part(one!, 'country-heading'))).to.contain('منغوليا');
    expect(part(two!, 'card')).to.equal(null);
    parts(one!, 'details-toggle')[0]!.click();
    await one!.updateComplete;
    // The example content is in English: each card says so once (its details open too), not before every
    // paragraph; each English text keeps lang="en"; items of a line are separated by the Arabic comma.
    for (const card of parts(one!, 'card')) {
      expect(card.querySelectorAll('[part~="fallback-note"]'), 'one note per card').to.have.length(1);
      expect(card.querySelectorAll('[part~="fallback-note"] ~ * [lang="en"], [part~="fallback-note"] ~ [lang="en"]').length).to.be.greaterThan(0);
    }
    expect(words(part(one!, 'checked'))).to.match(/agii\.be، fedasil\.be/);
    // The steps: one note for the section; each step's English title and text are blocks of their own
    // (inline in an Arabic line, their words were read in a mixed order).
    expect(part(one!, 'process')!.querySelectorAll('[part~="fallback-note"]'), 'one note for the steps').to.have.length(1);
    for (const step of parts(one!, 'process-step')) {
      const [title, text] = [step.querySelector('.process__title')!, step.querySelector(':scope > div[lang="en"]')!];
      expect(getComputedStyle(title).display, 'a step title on its own line').to.equal('block');
      expect(text?.getAttribute('dir'), 'the step text in its own direction').to.equal('ltr');
    }
    expect(parts(two!, 'details-toggle')).to.have.length(0);
    await expect(one!).to.be.accessible();
    await expect(two!).to.be.accessible();
  });
});
