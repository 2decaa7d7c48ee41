// A piece loaded when a reader asks for it (the reintegration cards, the week view) whose chunk cannot be
// loaded: the device went offline after the page loaded. The test server refuses the module for this page
// alone (test/support/routes.mjs, `refusedModules`): a real failed import in Chromium.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/fl-reintegration-cards/fl-reintegration-cards.js';
import '../../src/components/fl-walkin-schedule/fl-walkin-schedule.js';
import { publish } from '../../src/authoring/publish.js';
import { configureContent, type ContentOptions } from '../../src/content/store.js';
import { baseFor, captureWarnings, fast, serveFiles, sleep, uniqueKey, until } from '../content/helpers.js';
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

  it('reintegration cards: the list and the cards say so (not "Loading…" for ever, not nothing)', async () => {
    const demo = (await (await fetch('/demo/content/reintegration.json')).json()) as Record<string, unknown>;
    const { files } = await publish([demo], { status: 'example', schemas: false });
    const key = uniqueKey('reint-offline');
    await serveFiles(key, files);
    refuse('/fl-reintegration-cards/cards');

    const el = document.createElement('fl-reintegration-cards');
    el.setAttribute('content-base', baseFor(key));
    el.now = new Date('2026-12-05T10:00:00+01:00');
    (await fixture<HTMLDivElement>(html`<div></div>`)).append(el);
    await until(() => el.content.status === 'ready' && part(el, 'combobox-input') !== null, 3000, 'content');

    const status = () => words(root(el).querySelector('.combobox [role="status"]'));
    const { warnings } = await captureWarnings(async () => {
      // The host chooses a country: the cards' place says why they are missing (it used to show nothing).
      el.setAttribute('country', 'MA');
      await until(() => part(el, 'piece-error') !== null, 8000, 'the piece error');
      // The reader looks for another country: the list says why it finds nothing (it used to say "Loading…").
      const input = part(el, 'combobox-input') as HTMLInputElement;
      input.focus();
      input.select();
      await sendKeys({ type: 'Maroc' });
      await el.updateComplete;
      await until(() => status() === FAILED, 8000, 'the list to say why it is empty').catch((error: Error) => {
        throw new Error(`${error.message}; it says "${status()}"`);
      });
    });
    expect(warnings.filter((w) => w.includes('the programme cards could not be loaded')).length, 'asked once').to.equal(1);
    const error = part(el, 'piece-error')!;
    expect(words(error)).to.equal(FAILED);
    expect(error.querySelector('[role="alert"]'), 'said when it appears').to.exist;
    expect(root(el).querySelector('.fl-piece-loading'), 'no "Loading…" for ever').to.equal(null);
    // The rest of what the content says still shows.
    expect(part(el, 'process'), 'how a return goes').to.exist;
    await expect(el).to.be.accessible();

    // Why nothing offers "Try again": Chromium keeps the failed module for the page's life, even once the
    // server answers (that would be a button that never works).
    allow();
    const again = await import('../../src/components/fl-reintegration-cards/cards.js').then(
      () => 'loaded',
      () => 'failed again',
    );
    expect(again).to.equal('failed again');
  });

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
  });
});
