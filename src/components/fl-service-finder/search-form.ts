/**
 * The finder's form: words, place (typed, or the device's position on request), type of help, language
 * spoken, distance, and the "show only" checkboxes. Every control has a visible label; hints and errors
 * are tied to their control with aria-describedby. On a narrow screen (a container query) the filters
 * after words, place and "No residence papers needed" (the filter most readers need) fold behind a
 * "More filters" button, so the first results show without scrolling past the whole form; the chips
 * still show what is chosen.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { ifDefined } from 'lit/directives/if-defined.js';
import { textCollator } from '../../i18n/format.js';
import type { FinderIndex } from '../../logic/finder-index.js';
import type { PlaceSuggestion } from '../../logic/geo.js';
import { municipalityLanguages } from '../../logic/place-languages.js';
import type { DistanceScope, FinderRequest, FinderState } from '../../logic/finder.js';
import type { LocationStatus } from '../controllers/device-location.js';
import { icon } from './icons.js';
import { kmLabel, languageLabel, noPapersLabel, openNowLabel, placeNotFoundLabel, walkInLabel } from './labels.js';
import type { Pick } from './text.js';

type Toggle = 'openNow' | 'noPapers' | 'walkIn';

export interface FormHandlers {
  query(value: string): void;
  submit(): void;
  category: (id: string) => void;
  language: (tag: string) => void;
  placeInput(value: string): void;
  placeChange(): void;
  scope(scope: DistanceScope): void;
  toggle(key: Toggle, on: boolean): void;
  locate(): void;
  toggleMore(): void;
}

export interface FormView {
  state: FinderState;
  index: FinderIndex | undefined;
  request: FinderRequest | undefined;
  locale: string;
  /** The reader's languages, best first (content text is picked in them). */
  languages: readonly string[];
  pick: Pick;
  /** Say that the typed place is unknown (after the reader left the field or submitted). */
  placeChecked: boolean;
  suggestions: PlaceSuggestion[];
  location: LocationStatus;
  /** The device's position is in use. */
  usingDevice: boolean;
  /** On a narrow screen, the reader opened the filters beyond words and place. */
  moreOpen: boolean;
  on: FormHandlers;
}

const value = (event: Event) => (event.currentTarget as HTMLInputElement | HTMLSelectElement).value;

function locationMessage(status: LocationStatus): string | undefined {
  switch (status) {
    case 'locating':
      return msg('Finding your location…', { id: 'finder.location.locating' });
    case 'denied':
      return msg('You did not allow this page to use your location. Type a postcode or municipality instead.', { id: 'finder.location.denied' });
    case 'unavailable':
      return msg('Your location could not be found. Type a postcode or municipality instead.', { id: 'finder.location.unavailable' });
    case 'unsupported':
      return msg('This browser cannot give your location here. Type a postcode or municipality instead.', { id: 'finder.location.unsupported' });
    case 'ready':
      return msg('Nearest services first, from where you are.', { id: 'finder.location.ready' });
    default:
      return undefined;
  }
}

function placeField(view: FormView): TemplateResult {
  const { state, request, on } = view;
  const unknown = view.placeChecked && request?.placeUnknown === true;
  const withoutCentre = request?.placeWithoutCentre === true && request.place;
  const message = locationMessage(view.location);
  const problem = view.location === 'denied' || view.location === 'unavailable' || view.location === 'unsupported';
  return html`<div class="field field--place">
    <label for="place">${msg('Postcode or municipality', { id: 'finder.place.label' })}</label>
    <p class="hint" id="place-hint">${msg('Nearest services first.', { id: 'finder.place.hint' })}</p>
    <input
      id="place"
      class="fl-control"
      part="place-input"
      type="text"
      inputmode="text"
      autocomplete="off"
      spellcheck="false"
      list="place-suggestions"
      .value=${view.usingDevice ? '' : state.place}
      aria-describedby=${unknown ? 'place-hint place-error' : 'place-hint'}
      aria-invalid=${unknown ? 'true' : 'false'}
      @input=${(event: Event) => on.placeInput(value(event))}
      @change=${() => on.placeChange()}
    />
    <datalist id="place-suggestions">
      ${view.suggestions.map((s) => html`<option value=${s.value} label=${ifDefined(s.label || undefined)}></option>`)}
    </datalist>
    ${
      unknown
        ? html`<p class="field__error" id="place-error">
          ${icon('no')}<span>${placeNotFoundLabel(state.place.trim())}</span>
        </p>`
        : nothing
    }
    ${
      withoutCentre
        ? html`<p class="hint">
          ${msg(
            str`Distances from ${view.pick(request.place!.municipality.name, municipalityLanguages(request.place!.municipality.nis))?.text ?? ''} are not known yet: showing the services there.`,
            {
              id: 'finder.place.no-centre',
            },
          )}
        </p>`
        : nothing
    }
    <button
      type="button"
      class="fl-button locate"
      part="locate"
      aria-describedby="location-note"
      aria-disabled=${view.location === 'locating' ? 'true' : 'false'}
      @click=${() => {
        // Not \`disabled\` while locating: a disabled button drops the keyboard focus to the page.
        if (view.location !== 'locating') on.locate();
      }}
    >
      ${icon('location')}<span>${msg('Use my location', { id: 'finder.location.button' })}</span>
    </button>
    <p class="hint" id="location-note">
      ${msg('Your location stays on this device. It is only used to sort by distance.', { id: 'finder.location.privacy' })}
    </p>
    <p class="location-status" role="status" ?data-problem=${problem}>${message ?? nothing}</p>
  </div>`;
}

function scopeField(view: FormView): TemplateResult | typeof nothing {
  const { state, request, on } = view;
  const place = request?.place;
  if (!view.usingDevice && !place) return nothing;
  const placeName = place
    ? place.kind === 'postcode'
      ? place.postcode!
      : (view.pick(place.municipality.name, municipalityLanguages(place.municipality.nis))?.text ?? '')
    : '';
  const scopes: DistanceScope[] =
    view.usingDevice || request?.placeWithoutCentre ? ['any', '5', '10', '25', '50'] : ['any', 'here', '5', '10', '25', '50'];
  const label = (scope: DistanceScope) =>
    scope === 'any'
      ? msg('Any distance', { id: 'finder.distance.any' })
      : scope === 'here'
        ? msg(str`Only in ${placeName}`, { id: 'finder.distance.here' })
        : msg(str`Within ${kmLabel(Number(scope), view.locale)}`, { id: 'finder.distance.within' });
  return html`<div class="field">
    <label for="distance">${msg('Distance', { id: 'finder.distance.label' })}</label>
    <select id="distance" class="fl-control" @change=${(event: Event) => on.scope(value(event) as DistanceScope)}>
      ${scopes.map((scope) => html`<option value=${scope} .selected=${state.scope === scope}>${label(scope)}</option>`)}
    </select>
  </div>`;
}

function selectField(
  id: string,
  label: string,
  anyLabel: string,
  severalLabel: string,
  chosen: readonly string[],
  options: { value: string; text: string }[],
  onChange: (value: string) => void,
): TemplateResult {
  const several = chosen.length > 1;
  return html`<div class="field">
    <label for=${id}>${label}</label>
    <select id=${id} class="fl-control" @change=${(event: Event) => onChange(value(event))}>
      <option value="" .selected=${chosen.length === 0}>${anyLabel}</option>
      ${several ? html`<option value="*" selected disabled>${severalLabel}</option>` : nothing}
      ${options.map((option) => html`<option value=${option.value} .selected=${!several && chosen[0] === option.value}>${option.text}</option>`)}
    </select>
  </div>`;
}

type Options = { value: string; text: string }[];
const optionsMemo = new WeakMap<FinderIndex, Map<string, { categories: Options; languages: Options }>>();

/** The options of the category and language lists, worked out once per dataset and language. */
function options(view: FormView): { categories: Options; languages: Options } {
  const index = view.index;
  if (!index) return { categories: [], languages: [] };
  let byLocale = optionsMemo.get(index);
  if (!byLocale) optionsMemo.set(index, (byLocale = new Map<string, { categories: Options; languages: Options }>()));
  const key = `${view.locale}|${view.languages.join()}`;
  let known = byLocale.get(key);
  if (!known) {
    const collator = textCollator(view.locale);
    known = {
      categories: index.categories.map(({ category, depth }) => ({
        value: category.id,
        // No-break spaces indent sub-categories; screen readers do not read them.
        text: `${'\u00a0\u00a0\u00a0'.repeat(depth)}${view.pick(category.label)?.text ?? category.id}`,
      })),
      languages: index.languages
        .map((tag) => ({ value: tag, text: languageLabel(tag, view.locale) }))
        .sort((a, b) => collator.compare(a.text, b.text)),
    };
    byLocale.set(key, known);
  }
  return known;
}

/** The form. Submitting it (Enter, or the button) only confirms: results follow every change already. */
export function searchForm(view: FormView): TemplateResult {
  const { state, on } = view;
  const { categories, languages } = options(view);
  const check = (key: Toggle, label: string) =>
    html`<label class="check"><input type="checkbox" .checked=${state[key]} @change=${(event: Event) =>
      on.toggle(key, (event.currentTarget as HTMLInputElement).checked)} /><span>${label}</span></label>`;
  return html`<form
    class="form"
    part="form"
    @submit=${(event: Event) => {
      event.preventDefault();
      on.submit();
    }}
  >
    <div class="field field--query">
      <label for="query">${msg('What are you looking for?', { id: 'finder.query.label' })}</label>
      <p class="hint" id="query-hint">${msg('For example: doctor, CPAS, lawyer, food, shelter', { id: 'finder.query.hint' })}</p>
      <div class="query-row">
        <input
          id="query"
          class="fl-control"
          part="search-input"
          type="search"
          enterkeyhint="search"
          autocomplete="off"
          aria-describedby="query-hint"
          .value=${state.query}
          @input=${(event: Event) => on.query(value(event))}
        />
        <button type="submit" class="fl-button fl-button--primary" part="search-button">${msg('Search', { id: 'finder.query.button' })}</button>
      </div>
    </div>
    <div class="fields">
      ${placeField(view)}
      <div class="papers">${check('noPapers', noPapersLabel())}</div>
      <button
        type="button"
        class="fl-button more-toggle"
        part="more-filters"
        aria-expanded=${view.moreOpen ? 'true' : 'false'}
        aria-controls="more"
        @click=${() => on.toggleMore()}
      >
        <span class="more-toggle__marker" aria-hidden="true"></span>${msg('More filters', { id: 'finder.more-filters' })}
      </button>
      <div class="more" id="more" ?data-open=${view.moreOpen}>
        ${selectField(
          'category',
          msg('Type of help', { id: 'finder.category.label' }),
          msg('All types of help', { id: 'finder.category.all' }),
          msg('Several types of help', { id: 'finder.category.several' }),
          state.categories,
          categories,
          on.category,
        )}
        ${selectField(
          'language',
          msg('Language spoken', { id: 'finder.language.label' }),
          msg('Any language', { id: 'finder.language.any' }),
          msg('Several languages', { id: 'finder.language.several' }),
          state.languages,
          languages,
          on.language,
        )}
        ${scopeField(view)}
        <fieldset class="checks">
          <legend>${msg('Show only', { id: 'finder.checks.legend' })}</legend>
          ${check('openNow', openNowLabel())} ${check('walkIn', walkInLabel())}
        </fieldset>
      </div>
    </div>
  </form>`;
}
