import { expect, fixture, html } from '@open-wc/testing';
import { CONTENT_BASE_META, defaultContentBase } from '../../src/content/content-base.js';
import { configureContent, type ContentOptions } from '../../src/content/store.js';
import { FlContentErrorEvent, FlContentLoadEvent } from '../../src/events.js';
import { FlTestProcedures, titles } from './test-element.js';
import { baseFor, captureWarnings, fast, nextEvent, requests, setScenario, uniqueKey, until } from './helpers.js';

describe('ContentController', () => {
  let previous: Partial<ContentOptions>;
  before(() => {
    previous = configureContent(fast);
  });
  after(() => {
    configureContent(previous);
  });

  it('renders loading, then the data, and fires a bubbling, composed fl-content-load', async () => {
    const key = uniqueKey();
    const outer = await fixture<HTMLDivElement>(html`<div></div>`);
    const root = outer.attachShadow({ mode: 'open' });
    let origin: EventTarget | undefined;
    const loaded = new Promise<FlContentLoadEvent>((resolve) =>
      document.addEventListener(
        'fl-content-load',
        (event) => {
          origin = event.composedPath()[0];
          resolve(event);
        },
        { once: true },
      ),
    );
    const el = document.createElement('fl-test-procedures');
    el.contentBase = baseFor(key);
    root.append(el);
    await el.updateComplete;
    expect(el.content.status).to.equal('loading');
    expect(el.shadowRoot!.querySelector('[part="loading"]')).to.exist;
    const event = await loaded;
    expect(event).to.be.instanceOf(FlContentLoadEvent);
    // It crossed the shadow root (composed) and bubbled up to the document.
    expect(origin === el, 'fired on the element').to.equal(true);
    expect(event.target === outer, 'retargeted to the shadow host').to.equal(true);
    expect({ dataset: event.dataset, schemaVersion: event.schemaVersion, source: event.source, updated: event.updated }).to.deep.equal({
      dataset: 'procedures',
      schemaVersion: '1.0.0',
      source: 'network',
      updated: '2026-11-20',
    });
    expect(event.url).to.equal(el.content.state.url);
    await el.updateComplete;
    expect(titles(el)).to.deep.equal(['ICAM coaching', 'Example procedure B', 'Example procedure C']);
    expect(el.shadowRoot!.querySelector('[part="loading"]')).to.equal(null);
    expect(el.content.base).to.equal(baseFor(key));
  });

  it('warns the page’s developers once when an element without a content base shows the library’s example content', async () => {
    const chosen = await captureWarnings(async () => {
      const el = await fixture<FlTestProcedures>(html`<fl-test-procedures content-base=${defaultContentBase()}></fl-test-procedures>`);
      await el.updateComplete;
    });
    expect(
      chosen.warnings.filter((warning) => warning.includes('example content')),
      'a base set to the default folder is a choice',
    ).to.deep.equal([]);
    const { warnings } = await captureWarnings(async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div><fl-test-procedures></fl-test-procedures><fl-test-procedures></fl-test-procedures></div>`,
      );
      await wrapper.querySelector('fl-test-procedures')!.updateComplete;
    });
    const example = warnings.filter((warning) => warning.includes('example content'));
    expect(example).to.have.length(1);
    expect(example[0]).to.contain('<fl-test-procedures> has no content base').and.contain('Set content-base.');
  });

  it('shares one request per file between every element on the page', async () => {
    const key = uniqueKey();
    const base = baseFor(key);
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <fl-test-procedures content-base=${base}></fl-test-procedures>
      <fl-test-procedures content-base=${base}></fl-test-procedures>
      <fl-test-procedures content-base=${base}></fl-test-procedures>
    </div>`);
    const elements = [...wrapper.querySelectorAll<FlTestProcedures>('fl-test-procedures')];
    await until(() => elements.every((el) => el.content.status === 'ready'), 3000, 'every element ready');
    const counts = await requests(key);
    expect(counts['manifest.json']).to.equal(1);
    const file = Object.keys(counts).find((name) => name.startsWith('procedures.'))!;
    expect(counts[file]).to.equal(1);
    expect(elements[0]!.content.data === elements[2]!.content.data, 'the same data object').to.equal(true);
  });

  it('gives an element added after the content arrived the data and its own load event', async () => {
    const key = uniqueKey();
    const first = await fixture<FlTestProcedures>(html`<fl-test-procedures content-base=${baseFor(key)}></fl-test-procedures>`);
    await until(() => first.content.status === 'ready', 3000);
    const late = document.createElement('fl-test-procedures');
    late.setAttribute('content-base', baseFor(key));
    const loaded = nextEvent(late, 'fl-content-load');
    first.after(late);
    await loaded;
    await late.updateComplete;
    expect(titles(late)).to.have.length(3);
    late.remove();
  });

  it('fires fl-content-error with the reason and the paths of a refused dataset, and shows the error state', async () => {
    const key = uniqueKey();
    await setScenario(key, 'invalid-top');
    const el = document.createElement('fl-test-procedures');
    el.contentBase = baseFor(key);
    const failed = nextEvent(el, 'fl-content-error');
    const { result: event } = await captureWarnings(async () => {
      document.body.append(el);
      return await failed;
    });
    expect(event).to.be.instanceOf(FlContentErrorEvent);
    expect(event.bubbles && event.composed).to.equal(true);
    expect(event.dataset).to.equal('procedures');
    expect(event.reason).to.equal('invalid');
    expect(event.url).to.match(/\/v1\/procedures\.[0-9a-f]+\.json$/);
    expect(event.paths.sort()).to.deep.equal(['$.intro', '$.updated']);
    await el.updateComplete;
    expect(el.content.status).to.equal('error');
    expect(el.shadowRoot!.querySelector('[part="error"] [role="alert"]')!.textContent).to.contain('contains errors');
    el.remove();
  });

  it('reports dropped records with an invalid-records event naming their ids and paths', async () => {
    const key = uniqueKey();
    await setScenario(key, 'invalid-records');
    const el = document.createElement('fl-test-procedures');
    el.contentBase = baseFor(key);
    const reported = new Promise<FlContentErrorEvent>((resolve) => el.addEventListener('fl-content-error', resolve, { once: true }));
    const { result: event } = await captureWarnings(async () => {
      document.body.append(el);
      return reported;
    });
    expect(event.reason).to.equal('invalid-records');
    expect(event.problems.map((p) => p.id)).to.deep.equal(['example-procedure-b', 'example-procedure-c', undefined]);
    expect(event.paths).to.deep.equal(['$.procedures[1].title', '$.procedures[2].links[0].url', '$.procedures[3].id']);
    expect(event.message).to.equal('procedures: 3 invalid record(s) left out');
    await el.updateComplete;
    expect(titles(el)).to.deep.equal(['ICAM coaching']);
    el.remove();
  });

  it('follows a change of content-base', async () => {
    const a = uniqueKey();
    const b = uniqueKey();
    await setScenario(b, 'updated');
    const el = await fixture<FlTestProcedures>(html`<fl-test-procedures content-base=${baseFor(a)}></fl-test-procedures>`);
    await until(() => el.content.status === 'ready', 3000);
    expect(el.content.updated).to.equal('2026-11-20');
    const loaded = nextEvent(el, 'fl-content-load');
    el.setAttribute('content-base', baseFor(b));
    const event = await loaded;
    expect(event.updated).to.equal('2026-11-27');
    expect(el.content.base).to.equal(baseFor(b));
    await until(() => el.content.updated === '2026-11-27', 1000);
  });

  it('takes the content base from the page meta when the element has none', async () => {
    const key = uniqueKey();
    const meta = document.createElement('meta');
    meta.name = CONTENT_BASE_META;
    meta.content = `/__content/${key}`;
    document.head.append(meta);
    try {
      const el = await fixture<FlTestProcedures>(html`<fl-test-procedures></fl-test-procedures>`);
      await until(() => el.content.status === 'ready', 3000);
      expect(el.content.base).to.equal(baseFor(key));
      expect((await requests(key))['manifest.json']).to.equal(1);
    } finally {
      meta.remove();
    }
  });

  it('shows a configuration error for a content base that is not an http(s) address', async () => {
    const el = document.createElement('fl-test-procedures');
    el.setAttribute('content-base', 'javascript:alert(1)');
    const failed = nextEvent(el, 'fl-content-error');
    document.body.append(el);
    const event = await failed;
    expect(event.reason).to.equal('config');
    await el.updateComplete;
    expect(el.content.status).to.equal('error');
    expect(el.shadowRoot!.querySelector('[part="retry"]')).to.exist;
    el.remove();
  });
});
