// Helpers for the <fl-service-finder> tests: the element on a test content host (test/support/routes.mjs
// serves the demo's example services), and ways to read and use it as a reader would.
import { fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../src/components/fl-service-finder/fl-service-finder.js';
import type { FlServiceFinder } from '../../src/components/fl-service-finder/fl-service-finder.js';
import { baseFor, until } from '../content/helpers.js';

/** Wednesday 25 November 2026, 10:00 in Brussels: CPAS, ICAM and Médecins du Monde are open. */
export const WEDNESDAY_10H = new Date('2026-11-25T09:00:00Z');
/** Saturday 28 November 2026, 10:00 in Brussels: no example service is open. */
export const SATURDAY_10H = new Date('2026-11-28T09:00:00Z');
/** How many services the example content holds. */
export const EXAMPLE_SERVICES = 55;

const root = (el: FlServiceFinder) => el.shadowRoot!;
export const $ = <T extends Element = HTMLElement>(el: FlServiceFinder, selector: string) => root(el).querySelector<T & Element>(selector);
export const $$ = <T extends Element = HTMLElement>(el: FlServiceFinder, selector: string) => [...root(el).querySelectorAll<T & Element>(selector)];
export const text = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Waits until the element shows results (content loaded and indexed) and has rendered them. */
export async function searchable(el: FlServiceFinder, timeout = 5000): Promise<FlServiceFinder> {
  await until(() => el.resultCount !== undefined, timeout, 'the finder to be searchable');
  await el.updateComplete;
  return el;
}

/** A finder on the test host `key`, searchable. `extra` is put inside the element (e.g. a fallback). */
export async function finder(key: string, attributes: TemplateResult | null = null, now: Date = WEDNESDAY_10H): Promise<FlServiceFinder> {
  const el = await fixture<FlServiceFinder>(html`<fl-service-finder content-base=${baseFor(key)} .now=${now}>${attributes}</fl-service-finder>`);
  return searchable(el);
}

/** The titles of the cards shown, in order. */
export const titles = (el: FlServiceFinder) => $$(el, '[part~="card-title"]').map(text);
/** The cards shown. */
export const cards = (el: FlServiceFinder) => $$(el, 'article.card');

/** Types into a text field as an `input` event would after each change, then waits for the render. */
export async function type(el: FlServiceFinder, id: string, value: string): Promise<void> {
  const input = $<HTMLInputElement>(el, `#${id}`)!;
  input.focus();
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

/** Leaves a text field (fires `change`). */
export async function commit(el: FlServiceFinder, id: string): Promise<void> {
  $<HTMLInputElement>(el, `#${id}`)!.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  await el.updateComplete;
}

/** Picks an option of a select by value. */
export async function choose(el: FlServiceFinder, id: string, value: string): Promise<void> {
  const select = $<HTMLSelectElement>(el, `#${id}`)!;
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  await el.updateComplete;
}

/** Clicks the checkbox whose label says `label`. */
export async function tick(el: FlServiceFinder, label: string): Promise<void> {
  const box = $$(el, 'label.check').find((node) => text(node) === label);
  if (!box) throw new Error(`no checkbox labelled "${label}"`);
  box.querySelector('input')!.click();
  await el.updateComplete;
}

/** The chips: their visible text and accessible name. */
export const chips = (el: FlServiceFinder) => $$(el, 'button.chip').map((chip) => ({ text: text(chip), name: chip.getAttribute('aria-label') }));

/** What the hidden live region says now. */
export const announced = (el: FlServiceFinder) => text($(el, '.fl-visually-hidden[role="status"]'));

/** Waits until the live region says `words`. */
export const announcement = (el: FlServiceFinder, words: string, timeout = 3000) =>
  until(() => announced(el).includes(words), timeout, `the announcement "${words}" (now "${announced(el)}")`);

/** The element that has focus inside the finder's shadow root. */
export const focused = (el: FlServiceFinder) => root(el).activeElement as HTMLElement | null;
