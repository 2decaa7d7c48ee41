// Helpers every element's tests share: a widget on a test content host, in the page, once it shows content.
import { fixture, html } from '@open-wc/testing';
import type { FlWidget } from '../../src/components/base/fl-widget.js';
import { until } from '../content/helpers.js';

/** A widget whose content a test can wait for (its public `content` controller). */
type ContentWidget = FlWidget & { readonly content: { readonly status: string } };

/** `<tag content-base=base>` at `now` with `attributes`, in the page, once its content is ready and rendered. */
export async function readyWidget<E extends ContentWidget>(
  tag: string,
  base: string,
  now: Date,
  attributes: Record<string, string> = {},
): Promise<E> {
  const el = document.createElement(tag) as E;
  el.setAttribute('content-base', base);
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  el.now = now;
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  wrapper.append(el);
  await until(() => el.content.status === 'ready', 10_000, 'content');
  await el.updateComplete;
  return el;
}

/** The first element of `el`'s shadow root with the part `name`, and all of them. */
export const part = (el: Element, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
export const parts = (el: Element, name: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(`[part~="${name}"]`)];
/** A node's text as a reader reads it: spaces collapsed. */
export const words = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
