import { html, nothing, type TemplateResult } from 'lit';
import type { PickedText } from '../../i18n/content-text.js';
import { textDirection } from '../../i18n/direction.js';

/**
 * Picks content text for the reader (the element's `pickText`); `local`: languages to try after the
 * reader's, before the general fallbacks (for a place name, the place's own: `municipalityLanguages`).
 */
export type Pick = (record: Readonly<Record<string, string>> | undefined, local?: readonly string[]) => PickedText | undefined;

/**
 * Content text in its own language and direction, so a screen reader uses the right voice and Arabic
 * runs right to left inside a French page (and the reverse). Text bindings only.
 */
export function contentText(picked: PickedText | undefined, tag: 'span' | 'p' | 'div' = 'span', className = ''): TemplateResult | typeof nothing {
  if (!picked) return nothing;
  const dir = textDirection(picked.lang);
  switch (tag) {
    case 'p':
      return html`<p class=${className} lang=${picked.lang} dir=${dir}>${picked.text}</p>`;
    case 'div':
      return html`<div class=${className} lang=${picked.lang} dir=${dir}>${picked.text}</div>`;
    default:
      return html`<span class=${className} lang=${picked.lang} dir=${dir}>${picked.text}</span>`;
  }
}
