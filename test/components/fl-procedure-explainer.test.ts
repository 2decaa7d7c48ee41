import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/fl-procedure-explainer/fl-procedure-explainer.js';
import type { FlProcedureExplainer } from '../../src/components/fl-procedure-explainer/fl-procedure-explainer.js';
import { publish } from '../../src/authoring/publish.js';
import { configureContent, type ContentOptions } from '../../src/content/store.js';
import { setReaderLanguage } from '../../src/i18n/choice.js';
import type { FlOrientationFinishEvent, FlProcedureOpenEvent } from '../../src/events.js';
import { baseFor, fast, serveFiles, uniqueKey, until } from '../content/helpers.js';
import { readyWidget, part, words, parts } from './widget-helpers.js';
import { accessibleNames } from './accessible-names.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const NOW = new Date('2026-12-05T10:00:00+01:00');
let demo: Json;

/** Publishes the demo's procedures content (changed by `edit`) on a test host of its own. */
async function host(edit?: (data: Json) => void): Promise<string> {
  demo ??= (await (await fetch('/demo/content/procedures.json')).json()) as Json;
  const data = JSON.parse(JSON.stringify(demo)) as Json;
  edit?.(data);
  const { files } = await publish([data], { status: 'example', schemas: false });
  const key = uniqueKey('explainer');
  await serveFiles(key, files);
  return baseFor(key);
}

const explainer = (base: string, attributes: Record<string, string> = {}) =>
  readyWidget<FlProcedureExplainer>('fl-procedure-explainer', base, NOW, attributes);

const root = (el: Element) => el.shadowRoot!;
const settle = async (el: FlProcedureExplainer) => {
  await el.updateComplete;
  await new Promise((resolve) => setTimeout(resolve, 0));
  await el.updateComplete;
};
/** Waits for the deadline helper's result (its chunk loads when a reader first goes to a date field). */
const deadlineShown = async (el: FlProcedureExplainer) => {
  await el.updateComplete;
  await until(
    () => words(part(el, 'deadline-result')) !== '' && !words(part(el, 'deadline-result')).includes('Loading'),
    3000,
    'the deadline result',
  );
};
const deepActive = (): Element | null => {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
};

describe('fl-procedure-explainer', () => {
  let previous: Partial<ContentOptions>;
  before(() => {
    previous = configureContent(fast);
  });
  after(() => configureContent(previous));
  afterEach(() => {
    setReaderLanguage(undefined);
    history.replaceState(null, '', location.pathname);
  });

  describe('procedure mode', () => {
    it('shows the steps with their number in each toggle, costs and deadlines without opening, panels found by find-in-page', async () => {
      const el = await explainer(await host(), { procedure: 'humanitarian-regularisation' });
      expect(words(root(el).querySelector('h2'))).to.equal('Humanitarian regularisation (article 9bis)');
      const toggles = parts(el, 'step-toggle');
      expect(toggles.map((t) => words(t))).to.deep.equal([
        'Step 1: Gather your documents',
        'Step 2: Pay the fee, or show that you are exempt',
        'Step 3: Apply to the mayor of your municipality',
      ]);
      // Step headings are one level below the main heading; "or" parts are not headings.
      expect(root(el).querySelectorAll('h3')).to.have.length(3);
      expect(toggles.every((t) => t.getAttribute('aria-expanded') === 'false')).to.equal(true);
      const panels = parts(el, 'step-panel');
      expect(panels.every((p) => p.getAttribute('hidden') === 'until-found')).to.equal(true);
      // The fee that applies on 5 December 2026, without opening the step.
      expect(words(parts(el, 'step-facts')[0]!.querySelector('dt'))).to.equal('Cost');
      expect(words(parts(el, 'step-facts')[0]!.querySelector('dd'))).to.equal('€357 per adult applicant, from 1 January 2024');
      // Find-in-page opens a step: the browser fires beforematch on the panel.
      panels[2]!.dispatchEvent(new Event('beforematch'));
      await el.updateComplete;
      expect(toggles[2]!.getAttribute('aria-expanded')).to.equal('true');
      expect(panels[2]!.hasAttribute('hidden')).to.equal(false);
      expect(words(part(el, 'connector'))).to.equal('or');
      await expect(el).to.be.accessible();
    });

    it('opens every step with "Show all steps", which reports its own state, and by keyboard', async () => {
      const el = await explainer(await host(), { procedure: 'medical-regularisation' });
      const all = part(el, 'show-all')!;
      expect(all.getAttribute('aria-expanded')).to.equal('false');
      all.click();
      await el.updateComplete;
      expect(all.getAttribute('aria-expanded')).to.equal('true');
      expect(words(all)).to.equal('Hide all steps');
      expect(parts(el, 'step-panel').some((p) => p.hasAttribute('hidden'))).to.equal(false);
      all.click();
      await el.updateComplete;
      const toggle = parts(el, 'step-toggle')[0]!;
      toggle.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      expect(words(part(el, 'step-facts')!.querySelector('dd'))).to.equal('Free');
      // The documents are a checklist kept in the page.
      const box = part(el, 'checklist-item') as HTMLInputElement;
      box.focus();
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(box.checked).to.equal(true);
    });

    it('prints every step open', async () => {
      const el = await explainer(await host(), { procedure: 'asylum' });
      const panel = parts(el, 'step-panel')[0]!;
      expect(getComputedStyle(panel).contentVisibility).to.equal('hidden');
      const sheet = [...root(el).adoptedStyleSheets]
        .flatMap((s) => [...s.cssRules])
        .find((rule) => rule instanceof CSSMediaRule && rule.conditionText === 'print') as CSSMediaRule;
      expect(sheet.cssText).to.contain('.step-panel[hidden]');
      expect(sheet.cssText).to.contain('content-visibility: visible !important');
    });

    it('counts a deadline from a date the reader enters, writes out the rule and its source, and asks for a lawyer', async () => {
      const el = await explainer(await host(), { procedure: 'appeal-order-to-leave' });
      parts(el, 'step-toggle')[1]!.click();
      await el.updateComplete;
      const input = part(el, 'deadline-input') as HTMLInputElement;
      input.value = '2026-11-04';
      input.dispatchEvent(new Event('change'));
      await deadlineShown(el);
      expect(words(part(el, 'deadline-result'))).to.equal('Last day to act: Friday 4 December 2026.');
      input.value = '2026-11-05';
      input.dispatchEvent(new Event('change'));
      await deadlineShown(el);
      expect(words(part(el, 'deadline-result'))).to.contain('Day 30 is Saturday 5 December 2026.');
      expect(words(part(el, 'deadline-result'))).to.contain('do not say whether the deadline then moves');
      expect(words(part(el, 'deadline-helper'))).to.contain('dofi.ibz.be');
      expect(words(part(el, 'deadline-confirm'))).to.equal('Ask a lawyer to confirm this date.');
      await expect(el).to.be.accessible();
    });

    it('opens a glossary term by keyboard, focus stays, Escape closes it and focus returns', async () => {
      const el = await explainer(await host(), { procedure: 'asylum' });
      parts(el, 'step-toggle')[1]!.click();
      await el.updateComplete;
      const term = root(el).querySelector('fl-term')!;
      const trigger = term.shadowRoot!.querySelector<HTMLButtonElement>('#trigger')!;
      trigger.focus();
      await sendKeys({ press: 'Enter' });
      await term.updateComplete;
      expect(trigger.getAttribute('aria-expanded')).to.equal('true');
      expect(words(term.querySelector('[slot="definition"]'))).to.contain('Commissioner General');
      await sendKeys({ press: 'Escape' });
      await term.updateComplete;
      expect(trigger.getAttribute('aria-expanded')).to.equal('false');
      expect(deepActive()).to.equal(trigger);
    });

    it('says so for an unknown id and lists the procedures, which open inside', async () => {
      const el = await explainer(await host(), { procedure: 'no-such-thing' });
      expect(words(part(el, 'unknown'))).to.contain('There is no explanation for "no-such-thing" here.');
      const links = parts(el, 'procedure-link');
      expect(links).to.have.length(7);
      let opened = '';
      el.addEventListener('fl-procedure-open', (event: FlProcedureOpenEvent) => (opened = event.procedure));
      links[4]!.click();
      await settle(el);
      expect(opened).to.equal('appeal-order-to-leave');
      expect(words(part(el, 'procedure-title'))).to.equal('Appealing an order to leave the territory');
      await expect(el).to.be.accessible();
    });

    it('counts a deadline in working days and shows the date (asylum: 8 working days of arrival)', async () => {
      const el = await explainer(await host(), { procedure: 'asylum' });
      expect(words(parts(el, 'step')[0])).to.contain('8 working days from the day you arrived in Belgium');
      parts(el, 'step-toggle')[0]!.click();
      await el.updateComplete;
      const input = part(el, 'deadline-input') as HTMLInputElement;
      input.value = '2026-12-17';
      input.dispatchEvent(new Event('change'));
      await deadlineShown(el);
      // Christmas Day and two weekends do not count.
      expect(words(part(el, 'deadline-result'))).to.equal('Last day to act: Wednesday 30 December 2026.');
      expect(words(part(el, 'deadline-helper'))).to.contain('Saturdays, Sundays and Belgian public holidays do not count');
      expect(words(part(el, 'deadline-confirm'))).to.equal('Ask a lawyer to confirm this date.');
      await expect(el).to.be.accessible();
    });

    it('offers a report-a-mistake link with the record id when the content gives an address', async () => {
      const el = await explainer(await host((data) => (data.feedback = { email: 'errors@example.org' })), { procedure: 'asylum' });
      expect(part(el, 'report-link')!.getAttribute('href')).to.equal('mailto:errors@example.org?subject=A%20mistake%20in%20(asylum)');
    });

    it('shows no report link without an address: the example content has none and invents none', async () => {
      expect(demo.feedback, 'no feedback address in the example content').to.equal(undefined);
      expect(demo.note).to.contain('none is invented');
      const el = await explainer(await host(), { procedure: 'asylum' });
      expect(part(el, 'report-link')).to.equal(null);
      expect(words(root(el).querySelector('[part~="procedure"]'))).not.to.contain('Report a mistake');
      // Every e-mail address the example procedures carry is one the facts file gives (the ICAM support line's).
      expect(JSON.stringify(demo).match(/[\w.+-]+@[\w-]+(\.[\w-]+)+/g) ?? []).to.satisfy((found: string[]) =>
        found.every((a) => a === 'icamsupport@ibz.fgov.be'),
      );
    });
  });

  describe('orientation mode', () => {
    it('asks one question at a time, moves focus, keeps answers on Back, lists them, and ends with why and a counsellor', async () => {
      const el = await explainer(await host(), { 'counsellor-url': 'https://example.org/help', 'sync-url': '' });
      expect(words(part(el, 'question-heading'))).to.equal('What is your situation now?');
      // Continue without an answer says what is missing.
      part(el, 'continue')!.click();
      await settle(el);
      expect(words(part(el, 'missing'))).to.equal('Choose an answer to continue.');
      const choose = async (index: number) => {
        (parts(el, 'choice')[index]!.querySelector('input') as HTMLInputElement).click();
        await el.updateComplete;
        part(el, 'continue')!.click();
        await settle(el);
      };
      await choose(0);
      expect(words(part(el, 'question-heading'))).to.equal('What do you want for your future?');
      expect(deepActive()).to.equal(part(el, 'question-heading'));
      expect(new URL(location.href).searchParams.get('fl-path')).to.equal('0');
      part(el, 'back')!.click();
      await settle(el);
      expect((parts(el, 'choice')[0]!.querySelector('input') as HTMLInputElement).checked).to.equal(true);
      part(el, 'continue')!.click();
      await settle(el);
      let finished: FlOrientationFinishEvent | undefined;
      el.addEventListener('fl-orientation-finish', (event) => (finished = event));
      await choose(0);
      expect(deepActive()).to.equal(part(el, 'result-heading'));
      expect(finished?.procedures).to.deep.equal(['appeal-order-to-leave', 'humanitarian-regularisation']);
      expect(parts(el, 'why').map((w) => words(w))[1]).to.contain('you answered “To stay in Belgium”');
      expect(part(el, 'counsellor-link')!.getAttribute('href')).to.equal(
        'https://example.org/help?fl-category=legal-aid%2Cresidence%2Csocial-welfare',
      );
      expect(parts(el, 'change')).to.have.length(2);
      // Each "Change" is named after its question first (GOV.UK's check-answers pattern, the question first).
      const questions = [...el.shadowRoot!.querySelectorAll('[part~="answers"] dt')].map((dt) => words(dt));
      expect(questions[0]).to.equal('What is your situation now?');
      const buttons = await accessibleNames(['button']);
      for (const question of questions) expect(buttons).to.include(`${question}: Change`);
      expect(buttons).not.to.include('Change');
      expect(new URL(location.href).searchParams.get('fl-path')).to.equal('0.0');
      await expect(el).to.be.accessible();
      // Change the first answer: its question shows again with the answer kept.
      parts(el, 'change')[0]!.click();
      await settle(el);
      expect(words(part(el, 'question-heading'))).to.equal('What is your situation now?');
      part(el, 'start-over')!.click();
      await settle(el);
      expect(parts(el, 'change')).to.have.length(0);
      expect(new URL(location.href).searchParams.get('fl-path')).to.equal(null);
    });

    it('reads a shared path from the address, and follows the browser Back button', async () => {
      history.replaceState(null, '', '?fl-path=2.1');
      const el = await explainer(await host(), { 'sync-url': '' });
      expect(words(part(el, 'result-heading'))).to.equal('What may fit your situation');
      expect(words(part(el, 'result-list'))).to.contain('Assisted voluntary return');
      history.pushState(null, '', '?fl-path=2');
      dispatchEvent(new PopStateEvent('popstate'));
      await settle(el);
      expect(words(part(el, 'question-heading'))).to.equal('What do you want for your future?');
    });

    it('leaves the page address alone unless the host sets sync-url, whose value is a prefix for its key', async () => {
      history.replaceState(null, '', '?page=help&fl-path=2.1');
      const before = { href: location.href, length: history.length };
      const base = await host();
      const quiet = await explainer(base);
      // A path in the address is not read either: the host did not ask for it.
      expect(words(part(quiet, 'question-heading'))).to.equal('What is your situation now?');
      (parts(quiet, 'choice')[0]!.querySelector('input') as HTMLInputElement).click();
      await quiet.updateComplete;
      part(quiet, 'continue')!.click();
      await settle(quiet);
      expect(words(part(quiet, 'question-heading'))).to.equal('What do you want for your future?');
      // Back inside the element still works, from its own state.
      part(quiet, 'back')!.click();
      await settle(quiet);
      expect(words(part(quiet, 'question-heading'))).to.equal('What is your situation now?');
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(location.href).to.equal(before.href);
      expect(history.length).to.equal(before.length);
      quiet.remove();
      const second = await explainer(base, { 'sync-url': 'b' });
      (parts(second, 'choice')[1]!.querySelector('input') as HTMLInputElement).click();
      await second.updateComplete;
      part(second, 'continue')!.click();
      await settle(second);
      const params = new URL(location.href).searchParams;
      expect(params.get('fl-b-path')).to.equal('1');
      expect(params.get('fl-path')).to.equal('2.1');
      expect(params.get('page')).to.equal('help');
    });

    it('renders right to left in Arabic, accessible there; two explainers on a page keep their own state', async () => {
      setReaderLanguage('ar');
      const base = await host();
      const wrapper = await fixture<HTMLDivElement>(html`<div>
        <fl-procedure-explainer content-base=${base} procedure="asylum" .now=${NOW}></fl-procedure-explainer>
        <fl-procedure-explainer content-base=${base} id="second" .now=${NOW}></fl-procedure-explainer>
      </div>`);
      const [one, two] = [...wrapper.querySelectorAll('fl-procedure-explainer')] as FlProcedureExplainer[];
      await until(() => one!.content.status === 'ready' && two!.content.status === 'ready', 3000, 'content');
      await one!.updateComplete;
      await two!.updateComplete;
      expect(one!.getAttribute('dir')).to.equal('rtl');
      parts(one!, 'step-toggle')[0]!.click();
      await one!.updateComplete;
      // The example content has no Arabic: the procedure's own texts say so once, the open step once (its
      // text, where to go, what it costs...), not before each paragraph.
      const step = root(one!).querySelector('[part~="step-panel"]:not([hidden])')!;
      expect(step.querySelectorAll('[part~="fallback-note"]').length, 'the open step').to.equal(1);
      expect(root(one!).querySelectorAll('[part~="procedure"] > [part~="fallback-note"]').length, "the procedure's own texts").to.equal(1);
      expect(parts(two!, 'question')).to.have.length(1);
      await expect(one!).to.be.accessible();
      await expect(two!).to.be.accessible();
    });
  });
});
