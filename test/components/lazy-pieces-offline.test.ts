// A piece loaded when a reader asks for it (here the walk-in week view) whose chunk cannot be
// loaded: the device went offline after the page loaded. The test server refuses the module for this page
// alone (test/support/routes.mjs, `refusedModules`): a real failed import in Chromium.
import { expect } from '@open-wc/testing';
import '../../src/components/fl-walkin-schedule/fl-walkin-schedule.js';
import { configureContent, type ContentOptions } from '../../src/content/store.js';
import { captureWarnings, fast, sleep, until } from '../content/helpers.js';
import { walkinHost } from './walkin-helpers.js';
import { readyWidget } from './widget-helpers.js';
import type { FlWalkinSchedule } from '../../src/components/fl-walkin-schedule/fl-walkin-schedule.js';

const root = (el: Element) => el.shadowRoot!;
const part = (el: Element, name: string) => root(el).querySelector<HTMLElement>(`[part~="${name}"]`);
const words = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

const refuse = (path: string) => (document.cookie = `fl-refuse-module=${encodeURIComponent(path)}; path=/`);
const allow = () => (document.cookie = 'fl-refuse-module=; path=/; max-age=0');

const FAILED = 'This part could not be loaded. Check your internet connection, then reload the page.';

describe('a piece whose chunk cannot be loaded', () => {
  let previous: Partial<ContentOptions>;
  before(() => {
    previous = configureContent(fast);
  });
  after(() => configureContent(previous));
  afterEach(allow);

  it('week view: its open disclosure says so, asked once although every render asks for it', async () => {
    refuse('/fl-walkin-schedule/week');
    const { result: el, warnings } = await captureWarnings(async () => {
      // One office: its week view is open at once, and its chunk asked for with the content.
      const el = await readyWidget<FlWalkinSchedule>('fl-walkin-schedule', await walkinHost(), new Date('2026-11-25T10:00:00+01:00'), {
        office: 'icam-brussels',
      });
      await until(() => part(el, 'piece-error') !== null, 3000, 'the piece error');
      el.requestUpdate();
      await el.updateComplete;
      await sleep(100);
      return el;
    });
    expect(words(part(el, 'piece-error'))).to.equal(FAILED);
    expect(warnings.filter((w) => w.includes('the week view could not be loaded')).length).to.equal(1);
    expect(part(el, 'week-disclosure')!.hasAttribute('open')).to.equal(true);
    await expect(el).to.be.accessible();

    // Why nothing offers "Try again": Chromium keeps the failed module for the page's life, even once the
    // server answers (that would be a button that never works).
    allow();
    const again = await import('../../src/components/fl-walkin-schedule/week.js').then(
      () => 'loaded',
      () => 'failed again',
    );
    expect(again).to.equal('failed again');
  });
});
