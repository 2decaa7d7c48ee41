import { css, html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { PickedText } from '../../i18n/content-text.js';
import { textDirection } from '../../i18n/direction.js';
import { differsFromBelgianTime, formatDate, formatWallTime, formatWallTimeRange, languageName, readerTimeZone } from '../../i18n/format.js';
import { activeLocale } from '../../i18n/localize.js';

/**
 * Content text in its own language: `<span lang="fr" dir="ltr">...</span>`, so a screen reader reads it
 * with the right voice and Arabic text runs right to left inside a French page and the other way round.
 * `tag` and `className` make it a paragraph or a block of its own; `render` shows the text another way
 * than as plain text (`localizedText(picked, 'div', 'description', richText)`). Nothing for no text.
 */
export function localizedText(
  picked: Pick<PickedText, 'text' | 'lang'> | undefined,
  tag: 'span' | 'p' | 'div' = 'span',
  className = '',
  render: (text: string) => unknown = (text) => text,
): TemplateResult | typeof nothing {
  if (!picked) return nothing;
  const dir = textDirection(picked.lang);
  const classes = className || nothing;
  const content = render(picked.text);
  switch (tag) {
    case 'p':
      return html`<p class=${classes} lang=${picked.lang} dir=${dir}>${content}</p>`;
    case 'div':
      return html`<div class=${classes} lang=${picked.lang} dir=${dir}>${content}</div>`;
    default:
      return html`<span class=${classes} lang=${picked.lang} dir=${dir}>${content}</span>`;
  }
}

/** The comma between two items of a line in the interface language (", ", Arabic "، "). Call it in render(). */
export function comma(): string {
  return msg(', ', { id: 'parts.comma' });
}

/**
 * What a link or button is for, heard first and not shown: `${forName(name)}Map on OpenStreetMap` is named
 * "Emergency night shelter: Map on OpenStreetMap". Ten cards, ten links: a screen reader's list of links then
 * reads like the list of services (GOV.UK adds such hidden words to the link itself, not as a description,
 * which link lists do not show; the distinguishing words go first here, as GOV.UK front-loads link text),
 * and the visible words follow whole, as speech input users say them (WCAG 2.5.3). `name` is text or
 * `localizedText()`. Styles: `sharedStyles`.
 */
export function forName(name: unknown): TemplateResult {
  return html`<span class="fl-visually-hidden">${name}: </span>`;
}

/**
 * The note shown when content is not in the reader's language: "This text is not available in Arabic.
 * Here it is in French." in the interface language. Nothing when no fallback happened. Call it in
 * render(). Styles: `sharedStyles`. Part: `fallback-note`.
 */
export function fallbackNote(picked: PickedText | undefined): TemplateResult | typeof nothing {
  if (!picked?.fallback) return nothing;
  const ui = activeLocale();
  const wanted = languageName(picked.requested, ui);
  const shown = languageName(picked.lang, ui);
  return html`<p class="fl-fallback-note" part="fallback-note">
    ${msg(str`This text is not available in ${wanted}. Here it is in ${shown}.`, { id: 'parts.fallback-note' })}
  </p>`;
}

/**
 * Content text as a block in its own language, after the fallback note when it is not in the reader's
 * language. With `seen` (one set per card, step or section), the note shows once there, before its
 * first text in another language, not before every paragraph; each text keeps its own `lang`.
 * `render` shows the text (rich text). Call it in render().
 */
export function localizedBlock(
  picked: PickedText | undefined,
  className: string,
  render: (text: string) => unknown,
  seen?: Set<string>,
): TemplateResult | typeof nothing {
  if (!picked) return nothing;
  const key = `${picked.requested} ${picked.lang}`;
  const note = seen?.has(key) ? nothing : fallbackNote(picked);
  if (picked.fallback) seen?.add(key);
  return html`${note}${localizedText(picked, 'div', className, render)}`;
}

type RichText = Readonly<Record<string, string>> | undefined;

/**
 * The view of a card, a step or a section whose `rich()` says the fallback note once in all it renders
 * (see localizedBlock): `renderCard(programme, noteOnce(view))`.
 */
export function noteOnce<V extends { rich(text: RichText, className?: string, seen?: Set<string>): unknown }>(view: V): V {
  const seen = new Set<string>();
  return { ...view, rich: (text: RichText, className?: string, notes?: Set<string>) => view.rich(text, className, notes ?? seen) };
}

/**
 * A clock time with "(Belgian time)" after it when the reader's clock shows another time than Belgian
 * clocks at `at` (a reader in London or Kinshasa), the time alone otherwise. `time` is already formatted
 * (`formatWallTime`). Call it in render().
 */
export function belgianTime(time: string, at: Date, readerZone: string | undefined = readerTimeZone()): string {
  if (!differsFromBelgianTime(at, readerZone)) return time;
  return msg(str`${time} (Belgian time)`, { id: 'parts.belgian-time' });
}

/** Hours from `opens` to `closes`, "20:00–08:00 (next day)" when they end past midnight. Call it in render(). */
export function timeRange(hours: { opens: string; closes: string; closesNextDay?: boolean | undefined }, locale: string): string {
  const range = formatWallTimeRange(hours.opens, hours.closes, locale);
  return hours.closesNextDay ? msg(str`${range} (next day)`, { id: 'parts.next-day' }) : range;
}

/** When a place that is open now closes: the `open` state of `scheduleStatus` (src/logic/schedule.ts). */
export interface OpenUntil {
  /** The instant it closes. */
  readonly until: Date;
  /** Its Belgian wall-clock time, `HH:MM`. */
  readonly untilTime: string;
  /** Calendar days from now to `until` (1 past midnight). */
  readonly untilDays: number;
}

/**
 * The one phrase for a place open now, in every element: "Open now, until 12:00"; past midnight "Open now,
 * until 08:00 tomorrow"; later still "Open now, until Thursday 26 November at 08:00". `time` writes the
 * clock time (the walk-in schedule adds "Belgian time" when the reader's clock differs). Call it in render().
 */
export function openUntil(open: OpenUntil, locale: string, time: (hhmm: string) => string = (hhmm) => formatWallTime(hhmm, locale)): string {
  const at = time(open.untilTime);
  if (open.untilDays === 0) return msg(str`Open now, until ${at}`, { id: 'parts.open-until' });
  if (open.untilDays === 1) return msg(str`Open now, until ${at} tomorrow`, { id: 'parts.open-until-tomorrow' });
  const date = formatDate(open.until, locale);
  return msg(str`Open now, until ${date} at ${at}`, { id: 'parts.open-until-date' });
}

/** One sentence for a list of times: "All times are Belgian time." Call it in render(). */
export function belgianTimeNote(): string {
  return msg('All times are Belgian time.', { id: 'parts.belgian-time-note' });
}

/** Styles of the fallback note (part of `sharedStyles`). */
export const localizedStyles = css`
  .fl-fallback-note,
  .fl-record-error {
    margin-block: 0 calc(var(--_space) * 0.5);
    font-size: 0.9em;
    color: var(--_muted);
  }
`;
