// Content that comes before formatting was warmed up (src/i18n/warm-up.ts): the warm-up first, a piece per
// task, then the element's first render of it and its events, whatever the store says meanwhile. A page of
// its own, so that the language's warm-up has not run yet.
import { expect, fixture, html } from '@open-wc/testing';
import { warmUpLeft } from '../../src/i18n/warm-up.js';
import { configureContent, type ContentOptions } from '../../src/content/store.js';
import { titles, type FlTestProcedures } from './test-element.js';
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

    // A second one, in Dutch, finds it there at once.
    const second = document.createElement('fl-test-procedures');
    second.setAttribute('lang', 'nl');
    second.contentBase = baseFor(key);
    const left: (number | undefined)[] = [];
    second.addEventListener('fl-content-load', () => left.push(warmUpLeft('nl')));
    document.body.append(second);
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
    expect(titles(second)).to.have.length(3);
    second.remove();
  });
});
