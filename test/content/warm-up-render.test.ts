// Content that comes before formatting was warmed up (src/i18n/warm-up.ts): the warm-up first, a piece per
// task, then the element's first render of it and its events, whatever the store says meanwhile. A page of
// its own, so that the language's warm-up has not run yet.
import { expect, fixture, html } from '@open-wc/testing';
import { warmUpLeft } from '../../src/i18n/warm-up.js';
import { configureContent, type ContentOptions } from '../../src/content/store.js';
import { loadLocale } from '../../src/i18n/localize.js';
import { FlTestProcedures, titles } from './test-element.js';
import { baseFor, fast, nextEvent, setScenario, uniqueKey, until } from './helpers.js';

describe('the first render of content that came before the warm-up', () => {
  let previous: Partial<ContentOptions>;
  before(() => {
    previous = configureContent(fast);
  });
  after(() => {
    configureContent(previous);
  });

  it('waits for the warm-up, renders once it is over, and says so once', async () => {
    const key = uniqueKey();
    await setScenario(key, 'ok');
    // A first element brings the content into the store.
    const first = await fixture<FlTestProcedures>(html`<fl-test-procedures content-base=${baseFor(key)}></fl-test-procedures>`);
    await nextEvent(first, 'fl-content-load');
    await until(() => !first.content.refreshing, 3000, 'the first load to settle');
    expect(warmUpLeft('nl'), 'Dutch not warmed up yet').to.equal(undefined);

    // A second one, in Dutch (its translations here already: it renders as soon as it may), finds it there at once.
    await loadLocale('nl', FlTestProcedures.translations);
    const second = document.createElement('fl-test-procedures');
    second.setAttribute('lang', 'nl');
    second.contentBase = baseFor(key);
    const left: (number | undefined)[] = [];
    second.addEventListener('fl-content-load', () => left.push(warmUpLeft('nl')));
    document.body.append(second);
    // Every render: how many procedures show, and how much of the warm-up is left.
    const renders: [number, number | undefined][] = [];
    const observer = new MutationObserver(() => renders.push([titles(second).length, warmUpLeft('nl')]));
    observer.observe(second.shadowRoot!, { childList: true, subtree: true, characterData: true });
    await Promise.resolve();
    await Promise.resolve();
    expect(warmUpLeft('nl'), 'the warm-up started, a piece in this task').to.be.greaterThan(0);
    // The store changes meanwhile (a reader asks again): still no event (nor render) before it is over.
    const loaded = nextEvent(second, 'fl-content-load');
    second.content.retry();
    await loaded;
    await second.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(left, 'one event, once the warm-up was over').to.deep.equal([0]);
    observer.disconnect();
    expect(
      renders.filter(([shown, rest]) => shown > 0 && rest !== 0),
      'no render of the content before the warm-up was over',
    ).to.deep.equal([]);
    expect(renders.some(([shown]) => shown > 0)).to.equal(true);
    expect(titles(second)).to.have.length(3);
    second.remove();
  });

  it("warms up the reader's language while the content is on its way", async () => {
    const key = uniqueKey();
    await setScenario(key, 'slow', 600);
    const el = document.createElement('fl-test-procedures');
    el.setAttribute('lang', 'fr');
    el.contentBase = baseFor(key);
    const loaded = nextEvent(el, 'fl-content-load');
    document.body.append(el);
    await until(() => warmUpLeft('fr') === 0, 3000, 'French warmed up');
    expect(el.content.data, 'before the content came').to.equal(undefined);
    await loaded;
    el.remove();
  });
  it("holds a first download's progress until the warm-up is over (it formats sizes), on a page too busy for the idle warm-up", async () => {
    const key = uniqueKey();
    // About 2.9 KB at 2 KB/s: progress for more than a second.
    await setScenario(key, 'throttle', 0, { rate: 2000 });
    // A busy page, as on a slow phone: no idle moment, so the warm-up that waits for one has not run when
    // the progress comes.
    let busy = true;
    const spin = () => {
      const end = performance.now() + 8;
      while (performance.now() < end);
      if (busy) setTimeout(spin);
    };
    spin();
    const el = document.createElement('fl-test-procedures');
    el.setAttribute('lang', 'de');
    el.contentBase = baseFor(key);
    // Every render: whether it shows progress, and how much of the warm-up is left.
    const renders: [boolean, number | undefined][] = [];
    el.addController({ hostUpdated: () => renders.push([el.content.progress !== undefined, warmUpLeft('de')]) });
    const loaded = nextEvent(el, 'fl-content-load');
    document.body.append(el);
    try {
      await until(() => renders.some(([shown]) => shown), 3000, 'the progress to show');
    } finally {
      busy = false;
    }
    await loaded;
    expect(
      renders.filter(([shown, left]) => shown && left !== 0),
      'no progress rendered before the warm-up was over',
    ).to.deep.equal([]);
    el.remove();
  });
});
