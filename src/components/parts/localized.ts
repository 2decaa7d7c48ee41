import { css, html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { PickedText } from '../../i18n/content-text.js';
import { textDirection } from '../../i18n/direction.js';
import { differsFromBelgianTime, languageName, readerTimeZone } from '../../i18n/format.js';
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
 * A clock time with "(Belgian time)" after it when the reader's clock shows another time than Belgian
 * clocks at `at` (a reader in London or Kinshasa), the time alone otherwise. `time` is already formatted
 * (`formatWallTime`). Call it in render().
 */
export function belgianTime(time: string, at: Date, readerZone: string | undefined = readerTimeZone()): string {
  if (!differsFromBelgianTime(at, readerZone)) return time;
  return msg(str`${time} (Belgian time)`, { id: 'parts.belgian-time' });
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
