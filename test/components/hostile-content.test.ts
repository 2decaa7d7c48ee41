// What the elements do with content that should not be there: a device copy is trusted when it is read
// (it was checked when written), so everything that reaches an attribute is checked again at render, every
// link builder copes with any string, and one record that still fails takes only itself down.
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import ICAL from 'ical.js';
import '../../src/components/fl-service-finder/fl-service-finder.js';
import '../../src/components/fl-walkin-schedule/fl-walkin-schedule.js';
import type { FlServiceFinder } from '../../src/components/fl-service-finder/fl-service-finder.js';
import type { FlWalkinSchedule } from '../../src/components/fl-walkin-schedule/fl-walkin-schedule.js';
import { ContentCache } from '../../src/content/cache.js';
import { publish } from '../../src/authoring/publish.js';
import { servicesDataset } from '../../src/content/schema/services.js';
import { walkinsDataset } from '../../src/content/schema/walkins.js';
import { configureContent, type ContentOptions } from '../../src/content/store.js';
import type { DatasetSource } from '../../src/content/schema/dataset.js';
import { baseFor, captureWarnings, fast, serveFiles, setScenario, storeFor, sleep, uniqueKey, until } from '../content/helpers.js';
import { searchable, WEDNESDAY_10H } from './finder-helpers.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const TUE_20 = new Date('2026-11-24T20:00:00+01:00');
const words = (node: Element | null | undefined) =>
  (node?.textContent ?? '')
    .replace(/\u2060/g, '')
    .replace(/\s+/g, ' ')
    .trim();

async function demo(name: string): Promise<Json> {
  return (await (await fetch(`/demo/content/${name}.json`)).json()) as Json;
}

/** A host that served `data` once (so the device keeps a copy), edited on the device by `edit`, then down. */
async function deviceCopy(dataset: DatasetSource, data: Json, edit: (copy: Json) => void): Promise<string> {
  const key = uniqueKey('hostile');
  const { files } = await publish([data], { status: 'example', schemas: false });
  await serveFiles(key, files);
  expect((await storeFor(key).load(dataset)).status).to.equal('ready');
  const cache = new ContentCache();
  const copy = (await cache.read(baseFor(key), 1, dataset.name))!;
  edit(copy.data as Json);
  await cache.write(baseFor(key), 1, copy);
  await setScenario(key, 'fail');
  return baseFor(key);
}

describe('content that should not be there', () => {
  let previous: Partial<ContentOptions>;
  before(async () => {
    previous = configureContent(fast);
    await executeServerCommand('set-timezone', 'Europe/Brussels');
  });
  after(async () => {
    configureContent(previous);
    await executeServerCommand('set-timezone', null);
  });

  it('<fl-walkin-schedule>: replaces an office that cannot render by a note, checks links again, keeps calendar files to their lines', async () => {
    const base = await deviceCopy(walkinsDataset, await demo('walkins'), (copy) => {
      const [brussels, liege, antwerp] = copy.offices as Json[];
      brussels!.languages = 'fr';
      antwerp!.geo = { lat: 'not a number', lon: 4.35 };
      liege!.contact = { website: 'javascript:alert(1)', email: 'liege\ud800@example.org' };
      liege!.sources = ['https://example.org/page\r\nBEGIN:VALARM\r\nACTION:AUDIO\r\nTRIGGER:-PT5M\r\nEND:VALARM'];
      antwerp!.sources = ['javascript:alert(2)'];
    });
    const { result: el, warnings } = await captureWarnings(async () => {
      const el = await fixture<FlWalkinSchedule>(html`<fl-walkin-schedule content-base=${base} .now=${TUE_20}></fl-walkin-schedule>`);
      await until(() => el.content.status === 'ready', 3000, 'the device copy');
      await el.updateComplete;
      return el;
    });
    const root = el.shadowRoot!;
    const items = [...root.querySelectorAll('[part~="offices"] > li')];
    expect(items).to.have.length(3);
    expect(words(items[0])).to.equal('This entry cannot be shown.');
    expect(warnings.join('\n')).to.contain('the office "icam-brussels" could not be shown');
    expect(root.querySelector('[data-office="icam-antwerp"] [part~="directions-link"]'), 'no link to nowhere').to.equal(null);
    const liege = root.querySelector<HTMLElement>('[data-office="icam-liege"]')!;
    expect(liege.querySelector('[part~="website-link"]'), 'no javascript: link').to.equal(null);
    expect(liege.querySelector('[part~="email-link"]')!.getAttribute('href')).to.equal('mailto:liege%EF%BF%BD@example.org');
    expect([...root.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')).filter((href) => /^javascript:/i.test(href!))).to.deep.equal([]);
    // The calendar file: the source's extra lines are not lines of the file, and no alarm is in it.
    const link = liege.querySelector<HTMLAnchorElement>('[part~="calendar-link"]')!;
    link.focus();
    await until(() => link.protocol === 'blob:', 3000, 'the calendar file is made');
    const ics = await (await fetch(link.href)).text();
    expect(ics).not.to.match(/^BEGIN:VALARM/m);
    const event = new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent')!;
    expect(event.getAllSubcomponents('valarm')).to.have.length(0);
    expect(event.getFirstPropertyValue('url'), 'an address written with line breaks is left out').to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('<fl-service-finder>: renders a card whose e-mail and street hold a broken character, checks links again, replaces a card that cannot render', async () => {
    const data = await demo('services');
    const base = await deviceCopy(servicesDataset, data, (copy) => {
      const services = copy.services as Json[];
      services.sort((a, b) => String(a.name.en).localeCompare(String(b.name.en)));
      services[0]!.contact = { email: 'help\udfff@example.org', website: 'javascript:alert(1)' };
      services[0]!.locations = [{ address: { street: 'Rue \ud800 1', postcode: '1000', municipality: { fr: 'Bruxelles' } } }];
      services[1]!.contact = { website: 42 };
    });
    const { result: el, warnings } = await captureWarnings(async () => {
      const el = await fixture<FlServiceFinder>(html`<fl-service-finder content-base=${base} .now=${WEDNESDAY_10H}></fl-service-finder>`);
      return searchable(el);
    });
    const root = el.shadowRoot!;
    const items = [...root.querySelectorAll('.results__list > li')];
    expect(items).to.have.length(10);
    const first = items[0]!;
    const hrefs = [...first.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')!);
    expect(hrefs).to.include('mailto:help%EF%BF%BD@example.org');
    expect(hrefs.some((href) => href.startsWith('https://www.openstreetmap.org/directions?to=Rue%20%EF%BF%BD%201'))).to.equal(true);
    expect(hrefs.some((href) => /^javascript:/i.test(href))).to.equal(false);
    expect(words(items[1])).to.equal('This entry cannot be shown.');
    expect(warnings.join('\n')).to.contain('could not be shown');
    expect(root.querySelectorAll('article.card')).to.have.length(9);
  });

  it('takes bidirectional controls out of content from the network: a name reads as written', async () => {
    const data = await demo('walkins');
    (data.offices as Json[])[0]!.name.en = '\u202eSTNEMTNIOPPA\u202c ICAM office Brussels \u2067x\u2069';
    const key = uniqueKey('bidi');
    await serveFiles(key, (await publish([data], { status: 'example', schemas: false })).files);
    const el = await fixture<FlWalkinSchedule>(html`<fl-walkin-schedule content-base=${baseFor(key)} .now=${TUE_20}></fl-walkin-schedule>`);
    await until(() => el.content.status === 'ready', 3000, 'content');
    await el.updateComplete;
    const name = words(el.shadowRoot!.querySelector('[data-office="icam-brussels"] [part~="office-name"]'));
    expect(name).to.equal('STNEMTNIOPPA ICAM office Brussels x');
    expect(el.shadowRoot!.textContent).not.to.match(/[\u202a-\u202e\u2066-\u2069]/);
  });

  it('<fl-service-finder>: warns about a languages pre-filter no service speaks, and ignores it', async () => {
    const key = uniqueKey('languages');
    const { result: el, warnings } = await captureWarnings(async () => {
      const el = await fixture<FlServiceFinder>(
        html`<fl-service-finder content-base=${baseFor(key)} languages="arabic" .now=${WEDNESDAY_10H}></fl-service-finder>`,
      );
      await searchable(el);
      // The words for developers load on demand (only when a host set pre-filters).
      await import('../../src/logic/finder-prefilters.js');
      await sleep(100);
      return el;
    });
    expect(el.resultCount, 'every service, not none').to.equal(55);
    expect(warnings.join('\n')).to.contain('language "arabic" is not spoken at any service').and.contain('that pre-filter is ignored');
    expect(el.shadowRoot!.querySelector('.chip'), 'no chip for an ignored choice').to.equal(null);
    // A language that is spoken still filters.
    el.setAttribute('languages', 'ar');
    await el.updateComplete;
    expect(el.resultCount).to.be.within(1, 54);
  });
});
