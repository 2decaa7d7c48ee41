import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { ContentController } from '../../content/controller.js';
import { servicesDataset } from '../../content/dataset-refs.js';
import { intlLocale } from '../../i18n/format.js';
import type { FinderIndex } from '../../logic/finder-index.js';
import { suggestPlaces } from '../../logic/geo.js';
import { municipalityLanguages } from '../../logic/place-languages.js';
import {
  changedKeys,
  chipsOf,
  clearedState,
  EMPTY_STATE,
  resolvePlaceInput,
  stateFromAttributes,
  stateFromUrl,
  urlWithState,
  withoutChip,
  type Chip,
  type FinderState,
} from '../../logic/finder.js';
import { FlWidget } from '../base/fl-widget.js';
import { DeviceLocation } from '../controllers/device-location.js';
import { LiveAnnouncer } from '../controllers/live-announcer.js';
import { UrlStateController } from '../controllers/url-state.js';
import { contentStatus, contentStatusStyles } from '../parts/content-status.js';
import { Paging } from '../parts/paging.js';
import { heading } from '../parts/heading.js';
import { sharedStyles } from '../parts/styles.js';
import { chipList } from './chips.js';
import { FinderSearch, type FinderView } from './finder-search.js';
import { finderStyles } from './fl-service-finder.styles.js';
import { resultsStyles } from './results.styles.js';
import { searchFormStyles } from './search-form.styles.js';
import { serviceCardStyles } from './service-card.styles.js';
import { countAnnouncement, placeNotFoundLabel } from './labels.js';
import { pending, preparing, printOneService, results } from './results.js';
import { LazyPiece } from '../controllers/lazy-piece.js';
import { RenderInBatches } from '../controllers/batches.js';
import { searchForm, type FormHandlers } from './search-form.js';

const ATTRIBUTE_PROPERTIES = ['category', 'municipality', 'postcode', 'spokenLanguages', 'noPapers', 'walkIn'] as const;

/**
 * Where to get help: a searchable, filterable list of services (CPAS/OCMW, medical aid, legal aid,
 * shelter, food, return counselling, ICAM, language classes, associations), nearest first from a
 * postcode or, on request, from the device's position; open now; whether residence papers are needed.
 *
 * @summary Search and filter services; sort by distance; result cards with hours, access and contact.
 * @tagname fl-service-finder
 *
 * @fires fl-content-load - Services content arrived (from the device copy or the network).
 * @fires fl-content-error - Services content could not be loaded or refreshed, or records were left out.
 *
 * @slot heading - Replaces the heading's text ("Where to find help").
 * @slot fallback - Shown when the content cannot be loaded (e.g. a phone number or a link of the host's own).
 *
 * @csspart heading - The main heading.
 * @csspart form - The search form.
 * @csspart search-input - The search box.
 * @csspart search-button - The search button.
 * @csspart place-input - The postcode or municipality box.
 * @csspart locate - The "Use my location" button.
 * @csspart more-filters - The "More filters" button (narrow screens only).
 * @csspart chips - The reader's choices; `chip` is each one, `clear` the "Clear all" button.
 * @csspart chip - One removable choice.
 * @csspart clear - The "Clear all" button.
 * @csspart results - The results (count, sort, list, "show more").
 * @csspart count - The number of results.
 * @csspart similar - "No exact match for …: showing similar words." (a search word matched with a typo).
 * @csspart card - One result card.
 * @csspart card-title - A card's heading.
 * @csspart example-flag - "Example content: check it before relying on it." under the name of each card of example content.
 * @csspart card-organization - The organisation on a card.
 * @csspart badges - A card's access badges (papers, walk-in, free...).
 * @csspart card-hours - Open now and today's hours on a card.
 * @csspart card-actions - Call, e-mail, website and directions links on a card.
 * @csspart card-details - The card's "More about this service" section.
 * @csspart card-details-summary - Its toggle.
 * @csspart card-details-content - What it shows when open.
 * @csspart more - The "Show more results" button.
 * @csspart empty - The "no results" message and its buttons.
 *
 * @cssproperty --fl-finder-card-visibility - `content-visibility` of the result cards (default `auto`: cards out of view are not laid out or painted until they scroll near); set `visible` for full-page screenshots or scripted tests.
 * @cssproperty --fl-finder-card-block-size - Height of each placeholder card kept while the content loads, and for the cards of a first page still to come (they render a few per task; default 24rem; 34rem when the widget is narrower than 36rem).
 */
export class FlServiceFinder extends FlWidget {
  static override styles = [sharedStyles, contentStatusStyles, searchFormStyles, resultsStyles, serviceCardStyles, finderStyles];
  static override readonly translations = ['finder'];

  /** Pre-filter: category ids of the content's taxonomy, separated by commas or spaces (`health, legal-aid`). */
  @property() category?: string;
  /** Pre-filter: only services in this municipality (a name in any language, or its NIS code). */
  @property() municipality?: string;
  /** Pre-filter: only services at this postcode (wins over `municipality`). */
  @property() postcode?: string;
  /** Pre-filter (attribute `languages`): services whose staff speak one of these languages (`ar, ps`). */
  @property({ attribute: 'languages' }) spokenLanguages?: string;
  /** Pre-filter: only services that help people without residence papers. */
  @property({ type: Boolean, attribute: 'no-papers' }) noPapers = false;
  /** Pre-filter: only services one can walk in to without an appointment. */
  @property({ type: Boolean, attribute: 'walk-in' }) walkIn = false;
  /** Results per page ("Show more" adds as many again); 1 to 100, default 10. */
  @property({ type: Number }) limit = 10;
  /**
   * Keep the reader's choices in the page address (its own `fl-*` query keys only), so a result list can be
   * shared. The attribute's value, if any, is put in every key (`sync-url="b"`: `fl-b-q`), for a second finder on the page.
   */
  @property({ type: Boolean, attribute: 'sync-url' }) syncUrl = false;

  @state() private choices: FinderState = EMPTY_STATE;
  @state() private placeChecked = false;
  @state() private moreOpen = false;

  private readonly content = new ContentController(this, servicesDataset, {
    // What the first page of results formats (src/i18n/warm-up.ts).
    formatting: ['name-order', 'clock', 'belgian-time', 'date', 'wall-time', 'unit-list', 'language-name'],
  });
  private readonly announcer = new LiveAnnouncer(this);
  private readonly device = new DeviceLocation(this);
  private readonly url = new UrlStateController<FinderState>(
    this,
    { read: stateFromUrl, write: urlWithState },
    () => this.syncUrl,
    () => this.getAttribute('sync-url') ?? '',
  );
  private readonly search = new FinderSearch(
    this,
    () => this.content.data,
    () => this.content.derived('search-index'),
  );
  private defaults: FinderState = EMPTY_STATE;
  private started = false;
  private announceTimer: ReturnType<typeof setTimeout> | undefined;
  /** Services whose details the reader opened. */
  private readonly openDetails = new Set<string>();
  /** Results a page at a time (`limit` per page): "Show more results" adds one, focus on the first new card. */
  private readonly paging = new Paging(this, () => this.pageSize, { record: '.card', title: '[part~="card-title"]' });
  /** A first page of cards a few per task: no task builds ten cards (bench/README.md). */
  private readonly cards = new RenderInBatches(this);
  /** The details renderer, a chunk loaded when the reader first opens a card's details. */
  private readonly details = new LazyPiece(this, "a service's details", async () => (await import('./card-details.js')).cardDetails);

  /** How many services match the reader's choices; undefined until the content is searchable. */
  get resultCount(): number | undefined {
    return this.view?.result.total;
  }

  private get view(): FinderView | undefined {
    return this.search.view;
  }

  private get index(): FinderIndex | undefined {
    return this.search.index;
  }

  private get pageSize(): number {
    return Number.isFinite(this.limit) ? Math.min(100, Math.max(1, Math.round(this.limit))) : 10;
  }

  /** Resolves once every card of the results is rendered, not only the first few. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const complete = await super.getUpdateComplete();
    return this.cards.pending ? this.cards.pending.then(() => this.getUpdateComplete()) : complete;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.announceTimer);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (!this.started || ATTRIBUTE_PROPERTIES.some((key) => changed.has(key))) this.applyAttributes();
    const input = { now: this.clockNow(), locale: this.locale, limit: this.paging.limit, device: this.device.position };
    this.search.compute(this.choices, input);
    this.search.warnAboutPrefilters(this.defaults);
    // A category or language the content does not know (from a shared address, or a host's typo) is
    // dropped, as a distance or sort that makes no sense is: no chip that finds nothing, not written back.
    this.choices = this.search.known(this.choices);
    this.defaults = this.search.known(this.defaults);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (changed.has('choices' as keyof FlServiceFinder)) this.url.save(this.choices, this.defaults);
  }

  /** The host's attributes set the starting choices; later changes of an attribute set that choice again. */
  private applyAttributes(): void {
    const next = stateFromAttributes({
      category: this.category,
      municipality: this.municipality,
      postcode: this.postcode,
      languages: this.spokenLanguages,
      noPapers: this.noPapers,
      walkIn: this.walkIn,
    });
    if (!this.started) {
      this.started = true;
      this.choices = this.url.initial(next);
    } else {
      const patch: Partial<Record<keyof FinderState, unknown>> = {};
      for (const key of changedKeys(this.defaults, next)) patch[key] = next[key];
      this.choices = { ...this.choices, ...(patch as Partial<FinderState>) };
      this.paging.reset();
    }
    this.defaults = next;
  }

  /** The reader changed a choice: back to the first page, and say the new count once they pause. */
  private choose(patch: Partial<FinderState>, announceAfter = 800): void {
    this.choices = { ...this.choices, ...patch };
    this.paging.reset();
    this.announceSoon(announceAfter);
  }

  private announceSoon(delay: number): void {
    clearTimeout(this.announceTimer);
    this.announceTimer = setTimeout(() => {
      const view = this.view;
      if (!view) return;
      this.announcer.announce(
        this.inLocale(() => {
          const place = this.placeChecked && view.request.placeUnknown ? `${placeNotFoundLabel(this.choices.place.trim())} ` : '';
          return place + countAnnouncement(view.result.total);
        }),
      );
    }, delay);
  }

  private readonly handlers: FormHandlers = {
    query: (query) => this.choose({ query }),
    submit: () => {
      this.placeChecked = true;
      this.announceSoon(0);
    },
    category: (id) => this.choose({ categories: id ? [id] : [] }, 300),
    language: (tag) => this.choose({ languages: tag ? [tag] : [] }, 300),
    placeInput: (place) => {
      if (this.device.position || this.device.status !== 'idle') this.device.clear();
      this.placeChecked = false;
      this.choose(place.trim() ? { place } : { place, scope: 'any' });
    },
    placeChange: () => {
      this.placeChecked = true;
    },
    scope: (scope) => this.choose({ scope }, 300),
    toggle: (key, on) => this.choose({ [key]: on }, 300),
    locate: () => void this.locate(),
    toggleMore: () => {
      this.moreOpen = !this.moreOpen;
    },
  };

  private async locate(): Promise<void> {
    this.announcer.announce('');
    const status = await this.device.locate();
    if (status !== 'ready') return;
    this.placeChecked = false;
    this.choose({ place: '', scope: this.choices.scope === 'here' ? 'any' : this.choices.scope }, 1200);
  }

  private removeChip(chip: Chip, position: number): void {
    if (chip.kind === 'device') this.device.clear();
    this.choose(withoutChip(this.choices, chip), 300);
    // Focus stays among the chips (the next one, else the previous), else goes back to the search box.
    this.afterRender(() => {
      const chips = [...this.renderRoot.querySelectorAll<HTMLElement>('.chip')];
      const target = chips[Math.min(position, chips.length - 1)] ?? this.renderRoot.querySelector<HTMLElement>('#query');
      target?.focus();
    });
  }

  private clearAll(): void {
    this.device.clear();
    this.placeChecked = false;
    this.choose(clearedState(), 300);
    this.afterRender(() => this.renderRoot.querySelector<HTMLElement>('#query')?.focus());
  }

  private showMore(): void {
    this.paging.more();
    this.afterRender(() => {
      const view = this.view;
      if (view) {
        this.announcer.announce(
          this.inLocale(() => msg(str`Showing ${view.result.hits.length} of ${view.result.total}`, { id: 'finder.results.showing' })),
        );
      }
    });
  }

  private placeLabel(value: string): string {
    const match = resolvePlaceInput(this.index?.places, value);
    if (!match) return value;
    const name = this.pickText(match.municipality.name, municipalityLanguages(match.municipality.nis))?.text ?? value;
    return match.kind === 'postcode' ? `${match.postcode} ${name}` : name;
  }

  override render(): TemplateResult {
    const c = this.content;
    const loading = c.status === 'loading';
    const status = contentStatus(c, { locale: intlLocale(this.locale) });
    // No landmark of its own (region, search): a host page may hold two finders, and landmarks must be unique.
    return html`<div class="finder">
      <div class="header">
        ${heading(this.level(), html`<slot name="heading">${msg('Where to find help', { id: 'finder.heading' })}</slot>`, 'heading', 'finder-heading')}
        ${this.renderLanguagePicker()}
      </div>
      ${c.status === 'error' ? nothing : this.renderForm()}
      ${
        // Below the form: a notice that arrives with the content (example, could not update) never pushes
        // the search box down under the reader's fingers while they type. It comes with the results, in
        // place of the placeholder cards, not above them while the index is built (which would move them).
        loading ? pending(status, this.pageSize) : c.status === 'error' ? status : nothing
      }
      ${this.announcer.render()}
      ${c.status === 'ready' ? this.renderResults(status) : nothing}
    </div>`;
  }

  private renderForm(): TemplateResult {
    const view = this.view;
    const usingDevice = this.device.position !== undefined;
    const index = this.index;
    return html`${searchForm({
      state: this.choices,
      index,
      request: view?.request,
      locale: this.locale,
      languages: this.languages,
      pick: (record, local) => this.pickText(record, local),
      placeChecked: this.placeChecked,
      suggestions: suggestPlaces(
        index?.places,
        usingDevice ? '' : this.choices.place,
        (m) => this.pickText(m.name, municipalityLanguages(m.nis))?.text ?? m.nis,
      ),
      location: this.device.status,
      usingDevice,
      moreOpen: this.moreOpen,
      on: this.handlers,
    })}
    ${chipList({
      chips: chipsOf(this.search.known(this.choices), { placeResolved: view?.request.place !== undefined, device: usingDevice }),
      locale: this.locale,
      categoryLabel: (id) => this.pickText(index?.categoryById.get(id)?.label)?.text ?? id,
      placeLabel: (value) => this.placeLabel(value),
      remove: (chip, position) => this.removeChip(chip, position),
      clear: () => this.clearAll(),
    })}`;
  }

  private renderResults(notices: TemplateResult): TemplateResult {
    const view = this.view;
    if (!view) return pending(preparing(), this.pageSize);
    const { request } = view;
    const device = this.device.position !== undefined;
    return results({
      ...view,
      notices,
      cards: this.cards.count(view.result.hits.length),
      card: {
        ...this.renderContext(),
        index: view.index,
        example: this.content.example,
        ...(request.request.origin ? { origin: request.request.origin } : {}),
        isOpen: (id) => this.openDetails.has(id),
        details: this.details.value,
        detailsLoad: this.details,
        print: (id) => printOneService(this.renderRoot, id),
        toggled: (id, open) => {
          if (open === this.openDetails.has(id)) return;
          if (open) this.openDetails.add(id);
          else this.openDetails.delete(id);
          if (open) void this.details.load();
          this.requestUpdate();
        },
      },
      narrowed: this.choices.scope !== 'any' && (request.place !== undefined || device),
      anything: chipsOf(this.search.known(this.choices), { placeResolved: request.place !== undefined, device }).length > 0,
      sort: (sort) => this.choose({ sort }, 300),
      showMore: () => this.showMore(),
      widen: () => this.choose({ scope: 'any' }, 300),
      clearAll: () => this.clearAll(),
    });
  }
}
