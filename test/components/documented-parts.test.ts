// Every `part` an element renders is declared in its JSDoc (`@csspart`), so the custom elements manifest
// (and Storybook's docs, and editors) list every part a host page can style. Renders each element in its
// main states, collects the part names in its shadow root, and compares with the manifest generated from
// the sources by the same analyzer and options as `npm run analyze`.
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/components/fl-service-finder/fl-service-finder.js';
import '../../src/components/fl-walkin-schedule/fl-walkin-schedule.js';
import '../../src/components/fl-procedure-explainer/fl-procedure-explainer.js';
import '../../src/components/fl-reintegration-cards/fl-reintegration-cards.js';
import type { FlWidget } from '../../src/components/base/fl-widget.js';
import { baseFor, setScenario, uniqueKey, until } from '../content/helpers.js';

interface Manifest {
  modules: { declarations?: { tagName?: string; cssParts?: { name: string }[] }[] }[];
}

const WED_10 = new Date('2026-11-25T10:00:00+01:00');

async function documented(tag: string): Promise<Set<string>> {
  const manifest: Manifest = await executeServerCommand('custom-elements-manifest');
  const declaration = manifest.modules.flatMap((module) => module.declarations ?? []).find((d) => d.tagName === tag);
  expect(declaration, `${tag} in the manifest`).to.exist;
  return new Set((declaration!.cssParts ?? []).map((part) => part.name));
}

/** Part names rendered in `el`'s shadow root (and in nested open `<details>`, which are in it too). */
function rendered(el: Element, into: Set<string>): void {
  for (const node of el.shadowRoot!.querySelectorAll('[part]')) {
    for (const name of (node.getAttribute('part') ?? '').split(/\s+/)) if (name) into.add(name);
  }
}

async function element(tag: string, key: string, attributes: Record<string, string> = {}): Promise<FlWidget> {
  const el = document.createElement(tag) as FlWidget;
  el.setAttribute('content-base', baseFor(key));
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  el.now = WED_10;
  await fixture(html`<div>${el}</div>`);
  return el;
}

/** Opens every closed disclosure, so the parts inside render too. */
async function openAll(el: FlWidget): Promise<void> {
  for (const summary of el.shadowRoot!.querySelectorAll<HTMLElement>('details:not([open]) > summary')) summary.click();
  await el.updateComplete;
  await new Promise((resolve) => setTimeout(resolve, 50));
  await el.updateComplete;
}

async function collect(tag: string, ready: (el: FlWidget) => boolean, variants: Record<string, string>[]): Promise<Set<string>> {
  const seen = new Set<string>();
  for (const attributes of variants) {
    const key = uniqueKey(tag);
    const el = await element(tag, key, { 'language-picker': '', ...attributes });
    await until(() => ready(el), 5000, `${tag} ready`);
    await el.updateComplete;
    await openAll(el);
    rendered(el, seen);
  }
  // Loading, slow, then error with its retry button.
  const key = uniqueKey(tag);
  await setScenario(key, 'stall');
  const stalled = await element(tag, key);
  rendered(stalled, seen);
  const failing = uniqueKey(tag);
  await setScenario(failing, 'fail');
  const broken = await element(tag, failing);
  await until(() => !!broken.shadowRoot!.querySelector('[part~="error"]'), 15000, `${tag} error`);
  rendered(broken, seen);
  return seen;
}

describe('every rendered part is documented', () => {
  it('<fl-walkin-schedule>', async function () {
    this.timeout(40000);
    const seen = await collect('fl-walkin-schedule', (el) => !!el.shadowRoot!.querySelector('[part~="offices"], [part~="empty"]'), [
      {},
      { show: 'all' },
      { city: 'nowhere' },
      { office: 'icam-brussels' },
    ]);
    const docs = await documented('fl-walkin-schedule');
    expect(
      [...seen].filter((name) => !docs.has(name)),
      'parts rendered but not declared with @csspart',
    ).to.deep.equal([]);
  });

  it('<fl-service-finder>', async function () {
    this.timeout(40000);
    const seen = await collect('fl-service-finder', (el) => !!el.shadowRoot!.querySelector('[part~="card"]'), [{}, { postcode: '1000' }]);
    const docs = await documented('fl-service-finder');
    expect(
      [...seen].filter((name) => !docs.has(name)),
      'parts rendered but not declared with @csspart',
    ).to.deep.equal([]);
  });

  it('<fl-procedure-explainer>', async function () {
    this.timeout(40000);
    const shown = (el: FlWidget) => !!el.shadowRoot!.querySelector('[part~="procedure"], [part~="unknown"], [part~="orientation"]');
    const seen = await collect('fl-procedure-explainer', shown, [{}, { procedure: 'icam-coaching' }, { procedure: 'no-such-procedure' }]);
    const docs = await documented('fl-procedure-explainer');
    expect(
      [...seen].filter((name) => !docs.has(name)),
      'parts rendered but not declared with @csspart',
    ).to.deep.equal([]);
  });

  it('<fl-reintegration-cards>', async function () {
    this.timeout(40000);
    const shown = (el: FlWidget) =>
      !!el.shadowRoot!.querySelector('[part~="counsellor"]') && !!el.shadowRoot!.querySelector('[part~="card"], [part~="unknown"], [part~="prompt"]');
    const seen = await collect('fl-reintegration-cards', shown, [{}, { country: 'MA' }, { country: 'XY' }]);
    const docs = await documented('fl-reintegration-cards');
    expect(
      [...seen].filter((name) => !docs.has(name)),
      'parts rendered but not declared with @csspart',
    ).to.deep.equal([]);
  });
});
