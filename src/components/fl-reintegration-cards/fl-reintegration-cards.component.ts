import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { ContentController } from '../../content/controller.js';
import { reintegrationDataset } from '../../content/dataset-refs.js';
import type { OfferKind, Profile, ReintegrationData } from '../../content/schema/reintegration.js';
import { intlLocale } from '../../i18n/format.js';
import { allLocales } from '../../i18n/localize.js';
import type { CountryEntry } from '../../logic/countries.js';
import { COUNTRY_CODES, countryName, isCountryCode } from '../../logic/country-codes.js';
import { parseCodes } from '../../logic/reintegration.js';
import { localDate } from '../../logic/zoned-time.js';
import { FlWidget } from '../base/fl-widget.js';
import { LazyPiece } from '../controllers/lazy-piece.js';
import { LiveAnnouncer } from '../controllers/live-announcer.js';
import { Paging } from '../parts/paging.js';
import { combobox, type ComboboxOption } from '../parts/combobox.js';
import { contentStatus } from '../parts/content-status.js';
import { heading } from '../parts/heading.js';
import { localizedBlock, localizedText } from '../parts/localized.js';
import { disclaimerNote, loadingText, pieceFailedText, pieceLoading } from '../parts/status.js';
import { styles } from './fl-reintegration-cards.styles.js';
import { renderCounsellor, renderMedia, renderProcess } from './guide.js';
import { KINDS } from './labels.js';
import type { CardsView } from './view.js';

type Text = Readonly<Record<string, string>> | undefined;

/** Programme cards per page: a country rarely has more; a content file with hundreds does not render them all at once. */
const CARDS_PER_PAGE = 10;

/** The search entries of a dataset's countries and of every other country, built once per dataset. */
const entriesMemo = new WeakMap<object, Map<string, CountryEntry[]>>();

/**
 * Support after a voluntary return, per country, factual and complete. The reader finds a country by any
 * of its names (in Latin, Arabic, Cyrillic or its own script, accent- and case-insensitive) in an
 * accessible combobox; a card per programme for that country says what it gives, for whom, cash or in
 * kind, the amounts with their date and source, time limits and the partner there, with details that
 * open in place, filters by kind of support and by profile as removable chips, and when it was last
 * reviewed, its sources and "report a mistake". A country without its own programme is said so plainly,
 * with the programmes for every country. The steps of a return, a media list (links only) and the way to
 * a counsellor (the free line, the desks, a host page) are always there. No countdown, no pressure.
 * Content: the `reintegration` dataset.
 *
 * @summary Support after a voluntary return, per country.
 * @tagname fl-reintegration-cards
 *
 * @fires fl-content-load - Content arrived (`dataset`, `schemaVersion`, `source`, `updated`).
 * @fires fl-content-error - Content could not be loaded or refreshed, or records were left out (`reason`, `paths`).
 *
 * @slot fallback - Shown when the content cannot be loaded at all: the host's own way to reach a counsellor.
 *
 * @csspart heading - The main heading.
 * @csspart disclaimer - "Going back is your own decision...", from the content.
 * @csspart picker - The country picker.
 * @csspart combobox-input - The country field.
 * @csspart combobox-list - Its list of countries.
 * @csspart combobox-option - One country in the list.
 * @csspart prompt - "Choose a country..." before one is chosen.
 * @csspart unknown - The message for a country code that names no country.
 * @csspart country - What shows for the chosen country.
 * @csspart country-heading - Its heading.
 * @csspart country-updates - The country's dated notes.
 * @csspart filters - The filters by kind of support and by profile.
 * @csspart filter - One filter (a toggle button).
 * @csspart chips - The chosen filters.
 * @csspart chip - One chosen filter: the button that removes it.
 * @csspart clear - "Clear all".
 * @csspart no-own - "There is no programme of its own for ...".
 * @csspart no-match - "No programme matches these filters."
 * @csspart excluded - Programmes for every country that exclude this one.
 * @csspart cards - The list of programme cards.
 * @csspart more - "Show more programmes", when more cards match than one page shows.
 * @csspart card - One programme.
 * @csspart card-title - Its name.
 * @csspart organisation - The organisation that runs it.
 * @csspart example-flag - "Example", on example content.
 * @csspart card-form - Money, in kind, or both.
 * @csspart offers - What the programme gives.
 * @csspart offer - One kind of support.
 * @csspart form - Money, in kind, or a service, for one offer.
 * @csspart amounts - The amounts that apply, with their date and source.
 * @csspart time-limit - "To be used within 12 months of your return".
 * @csspart regime-note - Which amount applies depends on the visa regime.
 * @csspart partners - The partner in the country.
 * @csspart details-toggle - "More details" / "Fewer details".
 * @csspart details - The details, open in place.
 * @csspart criteria - Who it is for.
 * @csspart checked - When the card was last reviewed, and its sources.
 * @csspart report-link - "Report a mistake in this card".
 * @csspart process - The steps of a return.
 * @csspart process-heading - Their heading.
 * @csspart process-steps - The list of steps.
 * @csspart process-step - One step.
 * @csspart media - Podcasts, fact sheets and pages.
 * @csspart media-heading - Their heading.
 * @csspart media-list - The list.
 * @csspart media-item - One of them, with its language and length.
 * @csspart counsellor - "Talk to a counsellor".
 * @csspart counsellor-heading - Its heading.
 * @csspart free-line - The free line, tap to call.
 * @csspart desks - The desks in Belgium.
 * @csspart desk - One desk.
 * @csspart counsellor-link - The host's page to find a counsellor.
 *
 * @cssproperty --fl-content-min-block-size - Height reserved while content loads (default 12rem), so the page does not jump.
 */
export class FlReintegrationCards extends FlWidget {
  static override styles = styles;
  static override readonly translations = ['reint'];

  /** The country to show (ISO 3166-1 alpha-2, `MA`); the reader can choose another. */
  @property() country?: string;

  /** Only these countries in the picker (`"MA DZ TN"`), for a host that serves some communities; with one, no picker. */
  @property() countries?: string;

  /** Kinds of support to filter by at first (`"premium business"`); the reader can remove them. */
  @property() support?: string;

  /** Where readers find a counsellor: a page of the host (often one with `<fl-service-finder>`). */
  @property({ attribute: 'counsellor-url' }) counsellorUrl?: string;

  @state() private chosen: string | undefined;
  @state() private query = '';
  @state() private listOpen = false;
  @state() private active = -1;
  @state() private kinds: readonly OfferKind[] = [];
  @state() private profiles: readonly Profile[] = [];
  @state() private openCards: ReadonlySet<string> = new Set();

  /** The reintegration content: status, data, stale, example, retry(). */
  readonly content = new ContentController(this, reintegrationDataset, {
    // What the guide and the cards format (src/i18n/warm-up.ts).
    formatting: ['clock', 'content-date', 'language-name', 'number', 'money'],
  });
  private readonly announcer = new LiveAnnouncer(this);
  /** Cards a page at a time: "Show more programmes (12 more)". */
  private readonly paging = new Paging(this, CARDS_PER_PAGE, { record: '[part~="card"]', title: '[part~="card-title"]' });
  /**
   * The rich-text renderer (the disclaimer and the steps every reader sees; a chunk the procedure explainer
   * shares): it loads at once, beside the content's request, and the content shows with it, whole, so that
   * nothing grows afterwards. Without it (offline, refused) the rest shows.
   */
  private readonly rich = new LazyPiece(this, 'the rich text', () => import('./rich.js'), true);
  /**
   * The cards and the country search (see cards.ts): loaded when a country is chosen (by the host's
   * attributes: then beside the content, which waits for them) or when the reader starts typing one.
   */
  private readonly cards = new LazyPiece(this, 'the programme cards', () => import('./cards.js'));
  /** The content showed once: from then on a piece still on its way shows "Loading…" in its place. */
  private shownWhole = false;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('country') || changed.has('countries') || changed.has('support')) this.paging.reset();
    if (changed.has('country') || changed.has('countries')) {
      const allowed = this.allowed();
      this.chosen = this.country?.trim() ? this.country.trim().toUpperCase() : allowed.length === 1 ? allowed[0] : undefined;
      if (this.chosen && isCountryCode(this.chosen)) {
        this.query = this.countryLabel(this.chosen);
        void this.cards.load();
      }
    }
    if (changed.has('support')) {
      const words = (this.support ?? '').split(/[\s,]+/);
      this.kinds = KINDS.filter((kind) => words.includes(kind));
    }
  }

  /** The codes of the `countries` attribute that name a country. */
  private allowed(): string[] {
    return parseCodes(this.countries).filter(isCountryCode);
  }

  private countryLabel(code: string): string {
    const record = this.content.data?.countries.find((country) => country.country === code);
    return countryName(code, this.locale) ?? this.pickText(record?.name)?.text ?? code;
  }

  override render(): TemplateResult {
    const data = this.content.data;
    return html`<div class="header">${heading(this.level(), msg('Support after a return', { id: 'reint.title' }))}${this.renderLanguagePicker()}</div>
      ${contentStatus(this.content, { locale: intlLocale(this.locale) })} ${this.announcer.render()}
      ${data && this.content.status !== 'error' ? (this.piecesHere() ? this.renderData(data) : pieceLoading()) : nothing}`;
  }

  /** Whether the content can show whole: the pieces its first screen needs came (or failed: it shows without them). */
  private piecesHere(): boolean {
    const settled = (piece: LazyPiece<unknown>) => piece.value !== undefined || piece.failed;
    const country = this.chosen !== undefined && isCountryCode(this.chosen);
    return settled(this.rich) && (this.shownWhole || !country || settled(this.cards));
  }

  private renderData(data: ReintegrationData): TemplateResult {
    this.shownWhole = true;
    const view = this.view(data);
    const code = this.chosen;
    const valid = code !== undefined && isCountryCode(code);
    const record = valid ? data.countries.find((country) => country.country === code) : undefined;
    const single = this.allowed().length === 1;
    return html`${data.disclaimer ? disclaimerNote(view.rich(data.disclaimer)) : nothing}
      ${single ? nothing : this.renderPicker(data)}
      ${code === undefined ? html`<p part="prompt">${msg('Choose a country to see the support that exists for it.', { id: 'reint.prompt' })}</p>` : nothing}
      ${
        code !== undefined && !valid
          ? html`<p class="unknown" part="unknown" role="alert"><strong>${msg(str`"${code}" is not the code of a country.`, { id: 'reint.unknown' })}</strong>
            ${msg('Choose a country in the list, or ask a counsellor.', { id: 'reint.unknown.help' })}</p>`
          : nothing
      }
      ${valid ? (this.cards.value ? this.cards.value.renderCountry(code, view) : pieceLoading(this.cards)) : nothing}
      ${renderProcess(view)} ${renderMedia(view, record?.id)} ${renderCounsellor(view, this.counsellorUrl)}`;
  }

  /** The search entries: the content's countries first (they say more), then every other country. */
  private entries(
    data: ReintegrationData,
    countryEntries: (sources: readonly { country: string }[], locales: readonly string[]) => CountryEntry[],
  ): CountryEntry[] {
    let byAllowed = entriesMemo.get(data.countries);
    if (!byAllowed) entriesMemo.set(data.countries, (byAllowed = new Map<string, CountryEntry[]>()));
    const allowed = this.allowed();
    const key = allowed.join();
    let entries = byAllowed.get(key);
    if (!entries) {
      const codes = allowed.length > 0 ? allowed : COUNTRY_CODES;
      const listed = data.countries.filter((country) => codes.includes(country.country));
      const others = codes.filter((code) => !listed.some((country) => country.country === code)).map((country) => ({ country }));
      entries = countryEntries([...listed, ...others], allLocales);
      byAllowed.set(key, entries);
    }
    return entries;
  }

  /** The codes the list offers: matches of what is typed, or with nothing typed the content's (or the host's) countries. */
  private suggestions(data: ReintegrationData): { code: string; matched?: string }[] {
    if (this.query.trim() === '') {
      const allowed = this.allowed();
      return (allowed.length > 0 ? allowed : data.countries.map((country) => country.country)).map((code) => ({ code }));
    }
    const search = this.cards.value;
    if (!search) return [];
    return search
      .searchCountries(this.entries(data, search.countryEntries), this.query)
      .slice(0, 8)
      .map((match) => ({ code: match.code, matched: match.name }));
  }

  private renderPicker(data: ReintegrationData): TemplateResult {
    const suggestions = this.listOpen ? this.suggestions(data) : [];
    const options: ComboboxOption[] = suggestions.map(({ code, matched }) => {
      const name = this.countryLabel(code);
      return { label: matched && matched !== name && matched !== code ? html`${name} <span class="matched">(<bdi>${matched}</bdi>)</span>` : name };
    });
    const count = options.length;
    return html`<div class="picker" part="picker">
      ${combobox({
        id: 'country',
        label: msg('Country', { id: 'reint.picker.label' }),
        hint: msg('Type its name in any language, for example Maroc, Marokko or المغرب.', { id: 'reint.picker.hint' }),
        value: this.query,
        options,
        open: this.listOpen,
        active: this.active,
        status:
          !this.cards.value && this.query.trim() !== ''
            ? this.cards.failed
              ? pieceFailedText()
              : loadingText()
            : count === 0
              ? msg('No country found', { id: 'reint.picker.none' })
              : msg(str`${count} countries found`, { id: 'reint.picker.count' }),
        // The country search comes with the cards' chunk: asked for when the reader comes to the field.
        focus: () => void this.cards.load(),
        input: (value) => {
          void this.cards.load();
          this.query = value;
          this.listOpen = true;
          this.active = -1;
        },
        setOpen: (open) => {
          if (open) void this.cards.load();
          this.listOpen = open;
          if (!open) this.active = -1;
        },
        setActive: (index) => {
          this.active = index;
        },
        choose: (index) => {
          const chosen = suggestions[index];
          if (chosen) this.choose(chosen.code);
        },
      })}
    </div>`;
  }

  private choose(code: string): void {
    void this.cards.load();
    this.chosen = code;
    this.query = this.countryLabel(code);
    this.listOpen = false;
    this.active = -1;
    this.openCards = new Set();
    this.paging.reset();
    const name = this.query;
    this.announcer.announce(this.inLocale(() => msg(str`Showing the support for a return to ${name}.`, { id: 'reint.announce' })));
  }

  private view(data: ReintegrationData): CardsView {
    const richText = this.rich.value?.richText;
    const rich = (text: Text, className = '', seen?: Set<string>): unknown => {
      const picked = this.pickText(text);
      if (!picked || !richText) return nothing;
      if (className === 'inline') return localizedText(picked, 'span', '', (t) => richText(t, { inline: true }));
      return localizedBlock(picked, className, (t) => richText(t), seen);
    };
    return {
      ...this.renderContext(),
      data,
      today: localDate(this.clockNow()),
      rich,
      line: (text) => localizedText(this.pickText(text)),
      countryLabel: (code) => this.countryLabel(code),
      kinds: this.kinds,
      profiles: this.profiles,
      limit: this.paging.limit,
      more: (total) => this.paging.button(total, (remaining) => msg(str`Show more programmes (${remaining} more)`, { id: 'reint.more' })),
      toggleKind: (kind) => {
        this.paging.reset();
        this.kinds = this.kinds.includes(kind) ? this.kinds.filter((k) => k !== kind) : [...this.kinds, kind];
      },
      toggleProfile: (profile) => {
        this.paging.reset();
        this.profiles = this.profiles.includes(profile) ? this.profiles.filter((p) => p !== profile) : [...this.profiles, profile];
      },
      clearFilters: () => {
        this.paging.reset();
        this.kinds = [];
        this.profiles = [];
      },
      isOpen: (id) => this.openCards.has(id),
      setOpen: (id, open) => {
        const next = new Set(this.openCards);
        if (open) next.add(id);
        else next.delete(id);
        this.openCards = next;
      },
    };
  }
}
