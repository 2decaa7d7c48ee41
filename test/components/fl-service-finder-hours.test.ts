// Hours on the finder's cards as readers read them (issue 16): past midnight, and the 24-hour clock in
// every language.
import { expect, fixture, html } from '@open-wc/testing';
import { publish } from '../../src/authoring/publish.js';
import type { FlServiceFinder } from '../../src/components/fl-service-finder/fl-service-finder.js';
import { configureContent, type ContentOptions } from '../../src/content/store.js';
import { baseFor, fast, serveFiles, uniqueKey, until } from '../content/helpers.js';
import { $$, searchable, text, tick, type } from './finder-helpers.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** The demo's services as published: the emergency shelter is open every night from 20:00 to 08:00 the next morning. */
async function demoHost(): Promise<string> {
  const data = (await (await fetch('/demo/content/services.json')).json()) as Json;
  const key = uniqueKey('night');
  await serveFiles(key, (await publish([data], { status: 'example', schemas: false })).files);
  return baseFor(key);
}

const shelterCard = (el: FlServiceFinder) => $$(el, 'article.card').find((card) => text(card).includes('Samusocial'));

describe('<fl-service-finder>: hours', () => {
  let previous: Partial<ContentOptions>;
  let base: string;
  before(async () => {
    previous = configureContent(fast);
    base = await demoHost();
  });
  after(() => {
    configureContent(previous);
  });

  async function finderAt(now: string, lang = 'en'): Promise<FlServiceFinder> {
    const el = await fixture<FlServiceFinder>(html`<fl-service-finder lang=${lang} content-base=${base} .now=${new Date(now)}></fl-service-finder>`);
    await searchable(el, 15_000);
    await type(el, 'query', 'Samusocial');
    await until(() => shelterCard(el) !== undefined, 3000, 'the shelter card');
    return el;
  }

  it('shows the example night shelter open past midnight, until when, and finds it with "Open now"', async () => {
    const evening = await finderAt('2026-11-25T22:00:00+01:00');
    expect(text(shelterCard(evening)!.querySelector('[part~="card-hours"]'))).to.contain('Open now, until 08:00 tomorrow');
    expect(text(shelterCard(evening)!.querySelector('[part~="card-hours"]')).replace(/\u2060/g, '')).to.contain('20:00–08:00 (next day)');
    const night = await finderAt('2026-11-26T01:00:00+01:00');
    expect(text(shelterCard(night)!.querySelector('[part~="card-hours"]'))).to.contain('Open now, until 08:00');
    await tick(night, 'Open now');
    expect(shelterCard(night), 'kept by "Open now" at 01:00').not.to.equal(undefined);
    const morning = await finderAt('2026-11-26T09:00:00+01:00');
    expect(text(shelterCard(morning)!.querySelector('[part~="card-hours"]'))).to.contain('Opens today at 20:00');
  });

  it('writes the hours on the 24-hour clock in Arabic too', async () => {
    const el = await finderAt('2026-11-25T22:00:00+01:00', 'ar');
    const hours = text(shelterCard(el)!.querySelector('[part~="card-hours"]')).replace(/[\u2060\u00a0]/g, ' ');
    expect(hours).to.match(/20:00 ?– ?08:00/);
    expect(hours).not.to.match(/[0-9] ?[صم](?![\p{L}])/u);
  });
});
