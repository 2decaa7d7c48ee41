// A piece loaded when a reader asks for it (here the walk-in week view) whose chunk cannot be loaded: the
// device lost its connection after the page loaded (Chromium fails the request itself,
// test/support/refuse-requests-plugin.mjs), then found it again (the browser's `online` event).
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/components/fl-walkin-schedule/fl-walkin-schedule.js';
import { configureContent, type ContentOptions } from '../../src/content/store.js';
import { captureWarnings, fast, sleep, until } from '../content/helpers.js';
import { walkinHost } from './walkin-helpers.js';
import { readyWidget, part, words } from './widget-helpers.js';
import type { FlWalkinSchedule } from '../../src/components/fl-walkin-schedule/fl-walkin-schedule.js';

const FAILED = 'This part could not be loaded. Check your internet connection, then reload the page.';

describe('a piece whose chunk cannot be loaded', () => {
  let previous: Partial<ContentOptions>;
  before(() => {
    previous = configureContent(fast);
  });
  after(() => configureContent(previous));
  afterEach(() => executeServerCommand('refuse-requests', null));

  it('week view: says so in its place, asked once however often the element renders, tried again once back online', async () => {
    // Every office: the week views are closed, so their chunk is not asked for yet.
    const el = await readyWidget<FlWalkinSchedule>('fl-walkin-schedule', await walkinHost(), new Date('2026-11-25T10:00:00+01:00'));
    expect(part(el, 'week-disclosure')!.hasAttribute('open')).to.equal(false);
    await executeServerCommand('refuse-requests', '*/fl-walkin-schedule/week.*');
    const failures = (warnings: readonly string[]) => warnings.filter((w) => w.includes('the week view could not be loaded')).length;
    const { warnings } = await captureWarnings(async (warnings) => {
      part(el, 'week-disclosure-summary')!.click();
      // The week itself instead of the error would mean the refusal did not reach the request: say which.
      await until(() => part(el, 'piece-error') !== null || part(el, 'week') !== null, 5000, 'the piece error (or the week)');
      expect(part(el, 'week'), 'the chunk was refused, yet the week view came').to.equal(null);
      el.requestUpdate();
      await el.updateComplete;
      await sleep(100);
      expect(words(part(el, 'piece-error'))).to.equal(FAILED);
      expect(failures(warnings), 'asked once').to.equal(1);
      expect(words(part(el, 'office')), 'the rest of the office stays').to.contain('Week by week');
      await expect(el).to.be.accessible();

      // Back online: asked once more, and the week shows. Chromium 156.0.8078.129 fetches a module that
      // failed again (Chromium 150 to 156.0.8078.73 kept it failed until the page reloaded, and the message,
      // which asks the reader to reload, stayed).
      await executeServerCommand('refuse-requests', null);
      window.dispatchEvent(new Event('online'));
      await until(() => part(el, 'week') !== null, 5000, 'the week after the second attempt');
      await el.updateComplete;
    });
    expect([failures(warnings), part(el, 'piece-error')], 'asked once more, and it came').to.deep.equal([1, null]);
    await expect(el).to.be.accessible();
  });
});
