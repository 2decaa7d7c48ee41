import { css, html, svg, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { setReaderLanguage } from '../../i18n/choice.js';
import { textDirection } from '../../i18n/direction.js';
import { autonym } from '../../i18n/format.js';
import { FlLanguageChangeEvent } from '../../events.js';
import { allLocales, type Locale } from '../../i18n/localize.js';

/** Belgium's languages first, then English, then the others in code order. */
const FIRST = ['nl', 'fr', 'de', 'en'];
const ORDER: readonly Locale[] = [
  ...allLocales.filter((l) => FIRST.includes(l)).sort((a, b) => FIRST.indexOf(a) - FIRST.indexOf(b)),
  ...allLocales.filter((l) => !FIRST.includes(l)),
];

const globe = svg`<svg class="fl-language-picker__icon" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false"><g fill="none" stroke="currentColor" stroke-width="1.8"><circle cx="12" cy="12" r="9.2"/><path d="M2.8 12h18.4M12 2.8c2.6 2.5 3.9 5.6 3.9 9.2s-1.3 6.7-3.9 9.2M12 2.8C9.4 5.3 8.1 8.4 8.1 12s1.3 6.7 3.9 9.2"/></g></svg>`;

function onChange(event: Event): void {
  const select = event.currentTarget as HTMLSelectElement;
  const locale = select.value as Locale;
  setReaderLanguage(locale);
  select.dispatchEvent(new FlLanguageChangeEvent(locale));
}

/**
 * A compact language picker: a globe, the word "Language" in the current language, and a list of
 * languages each written in itself ("Nederlands", "Français", "العربية"), so a reader finds their own
 * whatever the widget shows now. Picking one switches every widget on the page. Render it through
 * `FlElement#renderLanguagePicker()`, which follows the `language-picker` attribute. Styles: `sharedStyles`.
 *
 * Parts: `language-picker` (the label around it), `language-select` (the select).
 */
export function languagePicker(current: Locale): TemplateResult {
  return html`<label class="fl-language-picker" part="language-picker"
    >${globe}<span class="fl-language-picker__label">${msg('Language', { id: 'parts.language-picker.label' })}</span
    ><select class="fl-control" part="language-select" @change=${onChange}>
      ${ORDER.map(
        (locale) =>
          html`<option value=${locale} lang=${locale} dir=${textDirection(locale)} .selected=${locale === current}
            >${autonym(locale)}</option
          >`,
      )}
    </select></label
  >`;
}

/** Styles of the language picker (part of `sharedStyles`). */
export const languagePickerStyles = css`
  .fl-language-picker {
    display: inline-flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_space) * 0.5);
  }
  .fl-language-picker__icon {
    flex: none;
  }
`;
