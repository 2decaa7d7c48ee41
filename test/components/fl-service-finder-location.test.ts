import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import type { FlServiceFinder } from '../../src/components/fl-service-finder/fl-service-finder.js';
import { configureContent, type ContentOptions } from '../../src/content/store.js';
import { baseFor, fast, sleep, uniqueKey, until } from '../content/helpers.js';
import { $, cards, chips, choose, EXAMPLE_SERVICES, finder, searchable, text, tick, titles, type, WEDNESDAY_10H } from './finder-helpers.js';

/** The centre of Liège (Place Saint-Lambert). */
const LIEGE = { latitude: 50.6451, longitude: 5.5734 };
const status = (el: FlServiceFinder) => text($(el, '.location-status'));

/** Replaces navigator.geolocation for one test (Chromium cannot simulate every failure). */
function fakeGeolocation(value: Partial<Geolocation> | undefined): () => void {
  const own = Object.getOwnPropertyDescriptor(navigator, 'geolocation');
  Object.defineProperty(navigator, 'geolocation', { value, configurable: true });
  return () => {
    if (own) Object.defineProperty(navigator, 'geolocation', own);
    else delete (navigator as { geolocation?: Geolocation }).geolocation;
  };
}

// Every test that sets the browser's geolocation permission lives in this file: the permission belongs to
// the origin in the one browser context that test files share, so two files setting it at once clobber
// each other.
describe('<fl-service-finder>: the device’s location', () => {
  let previous: Partial<ContentOptions>;
  const key = uniqueKey('finder-location');
  before(() => {
    previous = configureContent(fast);
  });
  after(async () => {
    configureContent(previous);
    await executeServerCommand('set-geolocation', null);
  });

  // First in the file: once a position was given, Chromium hands it to the page again (within the
  // element's maximumAge) even after the permission is refused, so a refusal must come before any grant.
  it('says clearly when the reader or the browser refuses the position', async () => {
    await executeServerCommand('set-geolocation', { deny: true });
    const el = await finder(key);
    $(el, '[part~="locate"]')!.click();
    await until(() => status(el) !== '' && !status(el).startsWith('Finding'), 5000, 'the refusal');
    expect(status(el)).to.equal('You did not allow this page to use your location. Type a postcode or municipality instead.');
    expect($(el, '.location-status')!.getAttribute('role')).to.equal('status');
    expect(el.resultCount).to.equal(EXAMPLE_SERVICES);
    expect(chips(el)).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('asks for the position only when the reader presses the button, then sorts by distance from it', async () => {
    await executeServerCommand('set-geolocation', LIEGE);
    const calls: number[] = [];
    const real = navigator.geolocation.getCurrentPosition.bind(navigator.geolocation);
    navigator.geolocation.getCurrentPosition = (...args: Parameters<Geolocation['getCurrentPosition']>) => {
      calls.push(Date.now());
      real(...args);
    };
    try {
      const el = await finder(key);
      await type(el, 'place', '1030');
      expect(calls, 'nothing asked before the button').to.have.length(0);
      const button = $<HTMLButtonElement>(el, '[part~="locate"]')!;
      expect(button.getAttribute('aria-describedby')).to.equal('location-note');
      expect(text($(el, '#location-note'))).to.equal('Your location stays on this device. It is only used to sort by distance.');
      button.click();
      await until(() => status(el).startsWith('Nearest services first'), 5000, 'the position');
      await el.updateComplete;
      expect(calls).to.have.length(1);
      expect(text(cards(el)[0]!.querySelector('.card__address'))).to.match(/^4000 Liège · (Less than 1 km|About 1 km) away$/);
      expect($<HTMLInputElement>(el, '#place')!.value, 'the typed place gives way').to.equal('');
      expect(chips(el).map((chip) => chip.name)).to.deep.equal(['Remove filter: Near my location']);
      await choose(el, 'distance', '10');
      expect(chips(el).map((chip) => chip.text)).to.deep.equal(['Within 10 km of my location']);
      expect(el.resultCount).to.be.lessThan(EXAMPLE_SERVICES);
      // Removing the chip forgets the position.
      $(el, 'button.chip')!.click();
      await el.updateComplete;
      expect(el.resultCount).to.equal(EXAMPLE_SERVICES);
      expect($(el, '.distance')).to.equal(null);
      expect(status(el)).to.equal('');
      await expect(el).to.be.accessible();
    } finally {
      navigator.geolocation.getCurrentPosition = real;
    }
  });

  it('says when no position can be found, and when the browser has no location at all', async () => {
    const restore = fakeGeolocation({
      getCurrentPosition: (_ok: PositionCallback, fail?: PositionErrorCallback | null) => {
        setTimeout(() => fail?.({ code: 2, message: 'no signal', PERMISSION_DENIED: 1, POSITION_UNAVAILABLE: 2, TIMEOUT: 3 }), 20);
      },
    });
    try {
      const el = await finder(key);
      $(el, '[part~="locate"]')!.click();
      await el.updateComplete;
      expect(status(el)).to.equal('Finding your location…');
      expect($(el, '[part~="locate"]')!.getAttribute('aria-disabled'), 'one request at a time').to.equal('true');
      await until(() => !status(el).startsWith('Finding'), 2000, 'the failure');
      expect(status(el)).to.equal('Your location could not be found. Type a postcode or municipality instead.');
    } finally {
      restore();
    }
    const restoreNone = fakeGeolocation(undefined);
    try {
      const el = await finder(key);
      $(el, '[part~="locate"]')!.click();
      await el.updateComplete;
      expect(status(el)).to.equal('This browser cannot give your location here. Type a postcode or municipality instead.');
    } finally {
      restoreNone();
    }
  });

  it('forgets the position when the reader types a place instead', async () => {
    await executeServerCommand('set-geolocation', LIEGE);
    const el = await finder(key);
    $(el, '[part~="locate"]')!.click();
    await until(() => status(el).startsWith('Nearest'), 5000, 'the position');
    await type(el, 'place', 'Gent');
    expect(status(el)).to.equal('');
    expect(chips(el).map((chip) => chip.text)).to.deep.equal(['Near Ghent']);
    expect(text(cards(el)[0]!.querySelector('.card__address'))).to.contain('9000 Gent');
  });
});

describe('<fl-service-finder sync-url>', () => {
  let previous: Partial<ContentOptions>;
  const key = uniqueKey('finder-url');
  let start: string;
  beforeEach(() => {
    start = location.href;
    previous = configureContent(fast);
  });
  afterEach(() => {
    history.replaceState(history.state, '', start);
    configureContent(previous);
  });

  it('keeps the reader’s choices in the page URL, touching only its own keys and adding no history entry', async () => {
    history.replaceState(null, '', `${location.pathname}?page=help&utm=x#top`);
    const length = history.length;
    const el = await fixture<FlServiceFinder>(
      html`<fl-service-finder sync-url content-base=${baseFor(key)} .now=${WEDNESDAY_10H}></fl-service-finder>`,
    );
    await searchable(el);
    await type(el, 'query', 'médecin');
    await choose(el, 'language', 'ar');
    await tick(el, 'No residence papers needed');
    await until(() => location.search.includes('fl-no-papers'), 2000, 'the URL');
    const params = new URLSearchParams(location.search);
    expect(params.get('page')).to.equal('help');
    expect(params.get('utm')).to.equal('x');
    expect(params.get('fl-q')).to.equal('médecin');
    expect(params.get('fl-language')).to.equal('ar');
    expect(params.get('fl-no-papers')).to.equal('1');
    expect(location.hash).to.equal('#top');
    expect(history.length).to.equal(length);
  });

  it('reads the choices from the URL on load, over the host’s pre-filters', async () => {
    history.replaceState(null, '', `${location.pathname}?fl-q=shelter&fl-category=&fl-open-now=0`);
    const el = await fixture<FlServiceFinder>(
      html`<fl-service-finder sync-url category="health" content-base=${baseFor(key)} .now=${WEDNESDAY_10H}></fl-service-finder>`,
    );
    await searchable(el);
    expect($<HTMLInputElement>(el, '#query')!.value).to.equal('shelter');
    expect(titles(el)).to.deep.equal(['Emergency night shelter']);
    expect(chips(el).map((chip) => chip.text)).to.deep.equal(['Search: shelter']);
  });

  it('ignores a language no service speaks in a shared URL: no chip, every result, and the key goes', async () => {
    history.replaceState(null, '', `${location.pathname}?fl-language=xx&fl-q=`);
    const el = await fixture<FlServiceFinder>(
      html`<fl-service-finder sync-url content-base=${baseFor(key)} .now=${WEDNESDAY_10H}></fl-service-finder>`,
    );
    await searchable(el);
    expect(chips(el)).to.deep.equal([]);
    expect(el.resultCount).to.equal(EXAMPLE_SERVICES);
    await until(() => !location.search.includes('fl-language'), 2000, 'the URL without the unknown language');
  });

  it('warns when two finders write the same keys, and keeps them apart with a prefix', async () => {
    history.replaceState(null, '', `${location.pathname}?fl-q=food&fl-b-q=shelter`);
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
    try {
      const same = await fixture<HTMLDivElement>(html`<div>
        <fl-service-finder sync-url content-base=${baseFor(key)} .now=${WEDNESDAY_10H}></fl-service-finder>
        <fl-service-finder sync-url content-base=${baseFor(key)} .now=${WEDNESDAY_10H}></fl-service-finder>
      </div>`);
      await Promise.all([...same.querySelectorAll('fl-service-finder')].map((f) => searchable(f)));
      expect(warnings.filter((w) => w.includes('share address keys'))).to.have.length(1);
      same.remove();
      warnings.length = 0;
      const apart = await fixture<HTMLDivElement>(html`<div>
        <fl-service-finder sync-url content-base=${baseFor(key)} .now=${WEDNESDAY_10H}></fl-service-finder>
        <fl-service-finder sync-url="b" content-base=${baseFor(key)} .now=${WEDNESDAY_10H}></fl-service-finder>
      </div>`);
      const [first, second] = await Promise.all([...apart.querySelectorAll('fl-service-finder')].map((f) => searchable(f)));
      expect(warnings.filter((w) => w.includes('share address keys'))).to.deep.equal([]);
      expect($<HTMLInputElement>(first!, '#query')!.value).to.equal('food');
      expect($<HTMLInputElement>(second!, '#query')!.value).to.equal('shelter');
      await type(second!, 'query', 'doctor');
      await until(() => location.search.includes('fl-b-q=doctor'), 2000, 'the second finder’s key');
      expect(new URLSearchParams(location.search).get('fl-q')).to.equal('food');
    } finally {
      console.warn = warn;
    }
  });

  it('never puts the device’s position in the URL', async () => {
    await executeServerCommand('set-geolocation', LIEGE);
    history.replaceState(null, '', location.pathname);
    const el = await fixture<FlServiceFinder>(
      html`<fl-service-finder sync-url content-base=${baseFor(key)} .now=${WEDNESDAY_10H}></fl-service-finder>`,
    );
    await searchable(el);
    $(el, '[part~="locate"]')!.click();
    await until(() => status(el).startsWith('Nearest'), 5000, 'the position');
    await choose(el, 'distance', '25');
    await sleep(400);
    expect(location.search).to.equal('?fl-distance=25');
    expect(location.href).to.not.match(/50\.6|5\.57/);
  });

  it('leaves the URL alone without sync-url', async () => {
    history.replaceState(null, '', `${location.pathname}?fl-q=shelter`);
    const el = await finder(key);
    expect($<HTMLInputElement>(el, '#query')!.value).to.equal('');
    await type(el, 'query', 'food');
    await sleep(400);
    expect(location.search).to.equal('?fl-q=shelter');
  });
  it('keeps the keyboard focus on "Use my location" while it finds the position', async () => {
    await executeServerCommand('set-geolocation', { latitude: 50.6451, longitude: 5.5734 });
    try {
      const el = await finder(key);
      const button = $<HTMLButtonElement>(el, '[part~="locate"]')!;
      button.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(button.disabled, 'never disabled').to.equal(false);
      expect(el.shadowRoot!.activeElement, 'while locating').to.equal(button);
      await until(() => text($(el, '.location-status')).startsWith('Nearest services first'), 5000, 'the position');
      await el.updateComplete;
      expect(el.shadowRoot!.activeElement, 'once located').to.equal(button);
      expect(document.activeElement).to.equal(el);
    } finally {
      await executeServerCommand('set-geolocation', null);
    }
  });
});
