import { css, html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { PickedText } from '../../i18n/content-text.js';
import { textDirection } from '../../i18n/direction.js';
import { differsFromBelgianTime, languageName, readerTimeZone } from '../../i18n/format.js';
import { activeLocale } from '../../i18n/localize.js';

/**
 * Content text in its own language: `<span lang="fr" dir="ltr">...</span>`, so a screen reader reads it
 * with the right voice and Arabic text runs right to left inside a French page and the other way round.
 * For block text write the same attributes on your own element: `lang=${p.lang} dir=${textDirection(p.lang)}`.
 */
export function localizedText(picked: PickedText | undefined): TemplateResult | typeof nothing {
  if (!picked) return nothing;
  return html`<span lang=${picked.lang} dir=${textDirection(picked.lang)}>${picked.text}</span>`;
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
