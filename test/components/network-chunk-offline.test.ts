// The chunk that asks the content host (src/content/network.ts, loaded on demand by src/content/on-demand.ts)
// cannot be loaded: the device lost its connection before it came (Chromium fails the request itself,
// test/support/refuse-requests-plugin.mjs). It is this library's code that is missing, not the host that
// does not answer: the reader is asked to reload, not told that the page will try again by itself.
// A test file of its own: the chunk must not have loaded in this page before (every store asks for it).
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/components/fl-walkin-schedule/fl-walkin-schedule.js';
import { configureContent, type ContentOptions } from '../../src/content/store.js';
import { captureWarnings, fast, until } from '../content/helpers.js';
import { walkinHost } from './walkin-helpers.js';
import { part, words } from './widget-helpers.js';

describe('the code that asks the content host cannot be loaded', () => {
  let previous: Partial<ContentOptions>;
  before(() => {
    previous = configureContent(fast);
  });
  after(() => configureContent(previous));
  afterEach(() => executeServerCommand('refuse-requests', null));

  it('is a "code" error: the reader is asked to reload the page, the host fallback shows, and nothing claims the service is down', async () => {
    const base = await walkinHost();
    await executeServerCommand('refuse-requests', '*/src/content/network.ts*');
    const el = document.createElement('fl-walkin-schedule');
    el.setAttribute('content-base', base);
    const fallback = Object.assign(document.createElement('p'), { slot: 'fallback', textContent: 'Call the office.' });
    el.append(fallback);
    const reasons: string[] = [];
    el.addEventListener('fl-content-error', (event) => reasons.push(event.reason));
    const { warnings } = await captureWarnings(async () => {
      document.body.append(el);
      await until(() => el.content.status === 'error', 10_000, 'the error');
      await el.updateComplete;
    });
    expect(navigator.onLine, 'the browser thinks it is online').to.equal(true);
    expect(reasons).to.deep.equal(['code']);
    expect(warnings.join('\n')).to.contain('could not load the code that asks the content host');
    const error = words(part(el, 'error'));
    expect(error).to.contain('This part could not be loaded. Check your internet connection, then reload the page.');
    expect(error).not.to.contain('not answering').and.not.to.contain('try again by itself');
    expect(fallback.assignedSlot, 'the fallback is shown').not.to.equal(null);
    await expect(el).to.be.accessible();
    el.remove();
  });
});
