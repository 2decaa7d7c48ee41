import { expect, fixture, html } from '@open-wc/testing';
import { discover, knownTags, observe } from '../src/loader.js';
import { baseFor, captureWarnings, hostReport, nextEvent, setScenario, uniqueKey, until } from './content/helpers.js';

// Each test file runs in a page of its own: nothing is defined here until the loader imports it.
describe('the loader', () => {
  it('knows every element of the library', () => {
    expect(knownTags).to.include.members(['fl-walkin-schedule', 'fl-service-finder']);
  });

  it('defines only the elements the page shows, when they appear', async () => {
    expect(customElements.get('fl-walkin-schedule')).to.equal(undefined);
    await fixture(html`<div><fl-walkin-schedule content-base="https://content.invalid/"></fl-walkin-schedule></div>`);
    await until(() => customElements.get('fl-walkin-schedule') !== undefined, 5000, 'fl-walkin-schedule to be defined');
    expect(customElements.get('fl-service-finder'), 'the finder is not on the page').to.equal(undefined);
  });

  it('finds elements in a shadow root it is told about, and ones added to it later', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const shadow = host.attachShadow({ mode: 'open' });
    const stop = observe(shadow);
    const section = document.createElement('section');
    const finder = document.createElement('fl-service-finder');
    finder.setAttribute('content-base', 'https://content.invalid/');
    section.append(finder);
    shadow.append(section);
    await until(() => customElements.get('fl-service-finder') !== undefined, 5000, 'fl-service-finder to be defined');
    stop();
  });

  it("asks for a widget's manifest as it imports the widget, and the content store reads that answer: one request", async () => {
    const key = uniqueKey('loader');
    await setScenario(key, 'ok');
    const explainer = document.createElement('fl-procedure-explainer');
    explainer.setAttribute('content-base', baseFor(key));
    const loaded = nextEvent(explainer, 'fl-content-load');
    const defined = customElements.whenDefined('fl-procedure-explainer').then(() => performance.now());
    // An observer, not the page's timeline: this page loaded more modules than its buffer holds.
    const asked: PerformanceEntry[] = [];
    const observer = new PerformanceObserver((list) =>
      asked.push(...list.getEntries().filter((entry) => entry.name === `${baseFor(key)}v1/manifest.json`)),
    );
    // Who asks for the dataset's file: the loader (src/loader.ts) or the store (src/content/loader.ts).
    const callers: string[] = [];
    const original = window.fetch.bind(window);
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      const url = input instanceof Request ? input.url : input.toString();
      if (/\/v1\/procedures\.[0-9a-f]+\.json$/.test(url)) callers.push(new Error('asked').stack ?? '');
      return original(input, init);
    };
    observer.observe({ type: 'resource' });
    try {
      document.body.append(explainer);
      await loaded;
    } finally {
      window.fetch = original;
    }
    await until(() => asked.length > 0, 2000, 'the manifest request in resource timing');
    observer.disconnect();
    expect(asked).to.have.length(1);
    expect(asked[0]!.startTime, 'asked before the element was defined').to.be.below(await defined);
    // A first visit (no copy on the device): the loader asked for the dataset's file too, once the manifest
    // answered, and the store read that answer instead of asking again.
    expect(callers, 'the dataset file, asked once').to.have.length(1);
    expect(callers[0], 'by the loader').to.match(/\/src\/loader\.ts/);
    let report = await hostReport(key);
    expect(report.requests['manifest.json'], 'the loader asked it, the store took the answer').to.equal(1);
    const files = Object.entries(report.requests).filter(([path]) => /^procedures\.[0-9a-f]+\.json$/.test(path));
    expect(files, 'the host saw one request for the file').to.deep.equal([[files[0]?.[0], 1]]);
    expect(report.referers, 'no Referer, as the store asks').to.deep.equal([]);

    // A widget added later, on the same base: the store asked already, so the loader asks nothing.
    const cards = document.createElement('fl-reintegration-cards');
    cards.setAttribute('content-base', baseFor(key));
    const cardsLoaded = nextEvent(cards, 'fl-content-load');
    document.body.append(cards);
    await cardsLoaded;
    report = await hostReport(key);
    expect(report.requests['manifest.json']).to.equal(1);
    explainer.remove();
    cards.remove();
  });

  it('warns once about a tag it does not know, and defines nothing for it', async () => {
    const root = document.createElement('div');
    root.append(document.createElement('fl-no-such-widget'), document.createElement('fl-no-such-widget'));
    const { warnings } = await captureWarnings(async () => {
      await discover(root);
      await discover(root);
    });
    expect(warnings.filter((m) => m.includes('<fl-no-such-widget>'))).to.have.length(1);
  });
});
