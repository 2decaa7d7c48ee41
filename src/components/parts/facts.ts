/**
 * Dated facts on screen, the same in every element: an amount with the day it applies from ("€350 per
 * adult, from 1 January 2022"), a source as a link named by its site, and "Last reviewed ... Sources: ...".
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { Amount } from '../../content/schema/common.js';
import { formatContentDate, formatMoney } from '../../i18n/format.js';
import { websiteLabel } from '../../logic/links.js';
import { comma } from './localized.js';

/** What the amount pieces need: the interface language, and content text on one line in its own language. */
export interface FactsView {
  readonly locale: string;
  line(text: Readonly<Record<string, string>> | undefined): unknown;
}

/** "€357", "€12.50", or "Free" for 0. */
function money(amount: Amount, locale: string): string {
  return amount.value === 0 ? msg('Free', { id: 'parts.amount.free' }) : formatMoney(amount.value, amount.currency, locale);
}

/** One amount: "€357 per adult applicant, from 1 January 2024". */
export function amountLine(amount: Amount, view: FactsView): TemplateResult {
  const since = amount.validFrom ? msg(str`from ${formatContentDate(amount.validFrom, view.locale)}`, { id: 'parts.amount.from' }) : '';
  return html`<span class="amount">${money(amount, view.locale)}</span>${amount.per ? html` ${view.line(amount.per)}` : nothing}${since ? html`${comma()}${since}` : nothing}`;
}

/** A source as a link named by its site (`agii.be`). */
export function sourceLink(url: string): TemplateResult {
  return html`<a href=${url} rel="noopener noreferrer">${websiteLabel(url)}</a>`;
}

function sources(urls: readonly string[] | undefined): TemplateResult | typeof nothing {
  if (!urls || urls.length === 0) return nothing;
  return html`${msg('Sources', { id: 'parts.sources' })}: ${urls.map((url, i) => html`${i > 0 ? comma() : nothing}${sourceLink(url)}`)}`;
}

/** "Last reviewed 22 November 2026. Sources: ..." as a paragraph with `part`; nothing when neither is given. */
export function checked(
  reviewed: string | undefined,
  urls: readonly string[] | undefined,
  locale: string,
  part: string,
): TemplateResult | typeof nothing {
  if (!reviewed && (!urls || urls.length === 0)) return nothing;
  const date = reviewed ? formatContentDate(reviewed, locale) : '';
  return html`<p class="checked" part=${part}>${reviewed ? msg(str`Last reviewed ${date}.`, { id: 'parts.reviewed' }) : nothing} ${sources(urls)}</p>`;
}
