// <fl-walkin-schedule> with thousands of offices (a national directory of contact points): offices render
// a page at a time, and no calendar file is made until a reader asks for one.
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/components/fl-walkin-schedule/fl-walkin-schedule.js';
import type { FlWalkinSchedule } from '../../src/components/fl-walkin-schedule/fl-walkin-schedule.js';
import { configureContent, type ContentOptions } from '../../src/content/store.js';
import { baseFor, fast, setScenario, uniqueKey, until } from '../content/helpers.js';

const TUE_20 = new Date('2026-11-24T20:00:00+01:00');
const OFFICES = 10_000;

describe('fl-walkin-schedule with thousands of offices', () => {
  let previous: Partial<ContentOptions>;
  before(async () => {
    previous = configureContent({ ...fast, timeoutMs: 10_000, idleTimeoutMs: 10_000 });
    await executeServerCommand('set-timezone', 'Europe/Brussels');
  });
  after(async () => {
    configureContent(previous);
    await executeServerCommand('set-timezone', null);
  });

  it('renders a page of offices, more on request, and makes calendar files only when asked', async function () {
    this.timeout(60_000);
    const key = uniqueKey('many');
    await setScenario(key, 'large', 0, { records: OFFICES });
    const made: string[] = [];
    const original = URL.createObjectURL.bind(URL);
    // Calendar files only: the worker that sets Intl up (src/i18n/off-thread.ts) has a blob: URL too.
    URL.createObjectURL = (blob: Blob | MediaSource) => {
      const url = original(blob);
      if (blob instanceof Blob && blob.type.startsWith('text/calendar')) made.push(url);
      return url;
    };
    try {
      const el = await fixture<FlWalkinSchedule>(
        html`<fl-walkin-schedule content-base=${baseFor(key)} show="all" .now=${TUE_20}></fl-walkin-schedule>`,
      );
      await until(() => el.content.status === 'ready', 40_000, 'ten thousand offices');
      await el.updateComplete;
      // A render with every office selected (the minute clock renders this often).
      const started = performance.now();
      el.requestUpdate();
      await el.updateComplete;
      const renderMs = performance.now() - started;
      const root = el.shadowRoot!;
      const offices = () => root.querySelectorAll('[part~="office"]');
      expect(offices()).to.have.length(20);
      const more = root.querySelector<HTMLButtonElement>('[part~="more"]')!;
      expect(more.textContent.replace(/\s+/g, ' ').trim()).to.equal(`Show more places (${OFFICES - 20} more)`);
      expect(made, 'no calendar file made by rendering').to.deep.equal([]);
      expect(renderMs, `a render: ${Math.round(renderMs)} ms`).to.be.lessThan(1000);

      more.click();
      await el.updateComplete;
      await new Promise((resolve) => setTimeout(resolve));
      expect(offices()).to.have.length(40);
      expect(root.activeElement?.closest('[part~="office"]'), 'focus on the first new office').to.equal(offices()[20]);

      // A reader asks for one calendar file: that one is made, and only that one.
      const link = offices()[0]!.querySelector<HTMLAnchorElement>('[part~="series-link"], [part~="calendar-link"]')!;
      link.focus();
      await until(() => link.protocol === 'blob:', 3000, 'the calendar file is made');
      await el.updateComplete;
      expect(made).to.have.length(1);
      expect(link.href).to.equal(made[0]);
      expect(await (await fetch(link.href)).text()).to.match(/^BEGIN:VCALENDAR/);
    } finally {
      URL.createObjectURL = original;
    }
  });
});
