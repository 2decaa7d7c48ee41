/**
 * The reader's choices as removable chips: each a button named "Remove filter: …", and "Clear all".
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { Chip } from '../../logic/finder.js';
import { textDirection } from '../../i18n/direction.js';
import { icon } from './icons.js';
import { kmLabel, languageLabel, noPapersLabel, openNowLabel, walkInLabel } from './labels.js';

export interface ChipsView {
  chips: Chip[];
  locale: string;
  /** A category's label for the reader. */
  categoryLabel(id: string): string;
  /** A place as typed, for the reader ("1030 Schaerbeek", "Liège"). */
  placeLabel(value: string): string;
  remove(chip: Chip, index: number): void;
  clear(): void;
}

/**
 * In a right-to-left interface, `text` (words the reader typed, a place name in Latin letters) as an
 * isolated run (FSI ... PDI), so that "1080 Sint-Jans-Molenbeek" keeps its order inside an Arabic sentence.
 */
const isolated = (text: string, locale: string) => (textDirection(locale) === 'rtl' ? `\u2068${text}\u2069` : text);

/** What a chip says. */
function chipLabel(chip: Chip, view: Pick<ChipsView, 'locale' | 'categoryLabel' | 'placeLabel'>): string {
  const km = (scope: string) => kmLabel(Number(scope), view.locale);
  switch (chip.kind) {
    case 'query':
      // A pasted page of text stays a chip, not a wall: its first 60 characters.
      return msg(str`Search: ${isolated(chip.value.length > 60 ? `${chip.value.slice(0, 60)}…` : chip.value, view.locale)}`, {
        id: 'finder.chip.query',
      });
    case 'category':
      return view.categoryLabel(chip.value);
    case 'language':
      return msg(str`Language: ${languageLabel(chip.value, view.locale)}`, { id: 'finder.chip.language' });
    case 'place': {
      const place = isolated(view.placeLabel(chip.value), view.locale);
      if (chip.scope === 'here') return msg(str`In ${place}`, { id: 'finder.chip.in' });
      if (chip.scope === 'any') return msg(str`Near ${place}`, { id: 'finder.chip.near' });
      return msg(str`Within ${km(chip.scope)} of ${place}`, { id: 'finder.chip.within' });
    }
    case 'device':
      return chip.scope === 'any'
        ? msg('Near my location', { id: 'finder.chip.near-me' })
        : msg(str`Within ${km(chip.scope)} of my location`, { id: 'finder.chip.within-me' });
    case 'openNow':
      return openNowLabel();
    case 'noPapers':
      return noPapersLabel();
    case 'walkIn':
      return walkInLabel();
  }
}

export function chipList(view: ChipsView): TemplateResult {
  const { chips } = view;
  return html`<div class="chips" part="chips" ?hidden=${chips.length === 0}>
    <p class="chips__label" id="chips-label">${msg('Your choices:', { id: 'finder.chips.label' })}</p>
    <ul class="chips__list" aria-labelledby="chips-label">
      ${chips.map((chip, i) => {
        const label = chipLabel(chip, view);
        return html`<li>
          <button
            type="button"
            class="chip"
            part="chip"
            data-chip=${i}
            aria-label=${msg(str`Remove filter: ${label}`, { id: 'finder.chip.remove' })}
            @click=${() => view.remove(chip, i)}
          >
            <span>${label}</span>${icon('close')}
          </button>
        </li>`;
      })}
    </ul>
    ${
      chips.length > 1
        ? html`<button type="button" class="fl-button clear" part="clear" @click=${() => view.clear()}>
          ${msg('Clear all', { id: 'finder.chips.clear' })}
        </button>`
        : nothing
    }
  </div>`;
}
