import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { keyed } from 'lit/directives/keyed.js';
import { msg, str } from '@lit/localize';
import { ContentController } from '../../content/controller.js';
import { walkinsDataset } from '../../content/dataset-refs.js';
import type { Office, WalkinsData } from '../../content/schema/walkins.js';
import { differsFromBelgianTime, intlLocale, readerTimeZone, textCollator } from '../../i18n/format.js';
import { filterOffices, needsReaderFilter, officePlace, officePlaces, selectOffices, showValue } from '../../logic/walkins.js';
import { localDate } from '../../logic/zoned-time.js';
import { contentStatus } from '../parts/content-status.js';
import { heading } from '../parts/heading.js';
import { belgianTimeNote, fallbackNote, localizedText } from '../parts/localized.js';
import { FlWidget } from '../base/fl-widget.js';
import { LiveAnnouncer } from '../controllers/live-announcer.js';
import { Paging } from '../parts/paging.js';
import { CalendarFiles } from './calendar-files.js';
import { styles } from './fl-walkin-schedule.styles.js';
import { provinceName } from './names.js';
import { guardedRecord } from '../parts/record-guard.js';
import { renderOffice } from './office.js';
import { renderSupportLine } from './support-line.js';
import { weekTitle, type WalkinView } from './view.js';
import { LazyPiece } from '../controllers/lazy-piece.js';
import { scheduleWeek } from '../../logic/schedule.js';

/** Offices per page: the first render of thousands of offices stays short. */
const OFFICES_PER_PAGE = 20;

/**
 * When and where to meet an ICAM coach of the Immigration Office: walk-in moments (no appointment
 * needed) with the next one phrased for the reader ("now open until 12:00", "today, 09:00–12:00: starts
 * in 2 hours", "Next walk-in moment: Wednesday 25 November, 09:00–12:00"), computed in Belgian time
 * whatever the reader's time zone, across daylight-saving changes and public holidays; contact points by
 * appointment; a week view per office; calendar files (.ics) per session or for the weekly series; the
 * ICAM support line with tap-to-call. Content: the `walkins` dataset.
 *
 * @summary ICAM walk-in moments, contact points, next session, add to calendar.
 * @tagname fl-walkin-schedule
 *
 * @fires fl-content-load - Content arrived (`dataset`, `schemaVersion`, `source`: `cache` or `network`, `updated`).
 * @fires fl-content-error - Content could not be loaded or refreshed, or records were left out (`reason`, `paths`).
 *
 * @slot fallback - Shown when the content cannot be loaded at all: the host's own way to reach ICAM.
 *
 * @csspart heading - The main heading.
 * @csspart about - What ICAM coaching is, from the content.
 * @csspart zone-note - "All times are Belgian time.", shown when the reader's clock shows another time.
 * @csspart filter - The reader's filter (place, walk-in only), shown when many offices show.
 * @csspart place-select - The list of places in the filter.
 * @csspart walk-in-only - The filter's "Only places where you can come without an appointment" checkbox.
 * @csspart show-all - The button that clears the reader's filter when nothing matches it.
 * @csspart offices - The list of offices.
 * @csspart office - One office or contact point.
 * @csspart example-flag - "Example content: check it before relying on it." under the name of each office of example content.
 * @csspart office-name - Its name (a heading).
 * @csspart access - "Walk-in: no appointment needed" or "By appointment only".
 * @csspart next-session - The next walk-in moment, or "now open until".
 * @csspart closures - Days in the coming weeks without a walk-in moment (holidays, closed days).
 * @csspart facts - When, where, languages, access.
 * @csspart address - The address, when published.
 * @csspart address-on-request - "The address is given on request through the ICAM support line."
 * @csspart address-call-link - The call link under "The address is given on request".
 * @csspart directions-link - The OpenStreetMap directions link (only when the office has coordinates).
 * @csspart note - The office's note.
 * @csspart contact - An office's own links.
 * @csspart phone-link - An office's call link.
 * @csspart email-link - An office's e-mail link.
 * @csspart website-link - An office's website link.
 * @csspart calendar-link - "Add to calendar" for one session (.ics download).
 * @csspart series-link - "Add all walk-in moments to your calendar" (.ics download with the weekly rule).
 * @csspart week-disclosure - The "Week by week" section.
 * @csspart week-disclosure-summary - Its toggle ("Week by week").
 * @csspart week-disclosure-content - What it shows when open.
 * @csspart week - The week view.
 * @csspart week-title - The week shown ("Week of 23 November").
 * @csspart week-nav - The buttons that change week.
 * @csspart week-previous - "Previous week".
 * @csspart week-this - "This week".
 * @csspart week-next - "Next week".
 * @csspart week-days - The list of the week's days.
 * @csspart day - One day of the week view.
 * @csspart checked - When the facts were last checked, and their source.
 * @csspart more - The "Show more places" button, when more offices match than one page shows.
 * @csspart empty - The message when no office matches.
 * @csspart support-line - The ICAM support line.
 * @csspart support-line-name - Its name.
 * @csspart support-phone-link - Its call link.
 * @csspart support-email-link - Its e-mail link.
 * @csspart support-hours - When it answers.
 *
 * @cssproperty --fl-content-min-block-size - Height reserved while content loads (default 20rem), so the page does not jump.
 */
export class FlWalkinSchedule extends FlWidget {
  static override styles = styles;
  static override readonly translations = ['walkin'];

  /** Only offices in these cities: ids or names, comma-separated (`liege`, `Liège`, `brussels,antwerp`). */
  @property() city?: string;

  /** Only offices in these provinces, comma-separated ids (`antwerp`, `east-flanders`, `brussels` for the Brussels-Capital Region). */
  @property() province?: string;

  /** Only these offices, comma-separated ids (`icam-liege`); `show` then does not apply. */
  @property() office?: string;

  /** `walk-in` (default): offices with walk-in moments; `all`: contact points by appointment too. */
  @property() show: 'walk-in' | 'all' = 'walk-in';

  /** The place the reader picked in the filter (`city:liege`, `province:hainaut`), empty for all. */
  @state() private place = '';
  @state() private walkInOnly = false;
  @state() private weekOffsets: ReadonlyMap<string, number> = new Map();
  /** How many offices the last render selected (all pages). */
  private shownCount = 0;

  /** The walkins content: status, data, stale, example, retry(). */
  readonly content = new ContentController(this, walkinsDataset, {
    // What the offices' first screen formats (src/i18n/warm-up.ts).
    formatting: ['clock', 'belgian-time', 'content-date', 'content-day', 'wall-time', 'weekday', 'list', 'relative', 'language-name'],
  });
  private readonly calendar = new CalendarFiles(this, (work) => this.inLocale(work));
  /** The week view, a chunk loaded when a reader first opens one (at once when one office shows, its week open). */
  private readonly week = new LazyPiece(this, 'the week view', async () => (await import('./week.js')).renderWeek);
  private readonly announcer = new LiveAnnouncer(this);
  /** Offices a page at a time: "Show more places (180 more)". */
  private readonly paging = new Paging(this, OFFICES_PER_PAGE, { record: '[part~="office"]', title: '[part~="office-name"]' });
  private generation = 0;
  private seenData: WalkinsData | undefined;

  protected override willUpdate(changed: PropertyValues<this>): void {
    const data = this.content.data;
    if (data !== this.seenData) {
      this.seenData = data;
      this.generation += 1;
    }
    if (changed.has('now')) this.generation += 1;
    if (changed.has('city') || changed.has('province') || changed.has('office') || changed.has('show')) this.paging.reset();
  }

  override render(): TemplateResult {
    const data = this.content.data;
    const title =
      showValue(this.show) === 'all' && !this.office
        ? msg('ICAM walk-in moments and contact points', { id: 'walkin.title-all' })
        : msg('ICAM walk-in moments', { id: 'walkin.title' });
    return html`<div class="header">${heading(this.level(), title)}${this.renderLanguagePicker()}</div>
      ${contentStatus(this.content, { locale: intlLocale(this.locale) })} ${this.announcer.render()}
      ${data && this.content.status !== 'error' ? this.renderData(data) : nothing}`;
  }

  private renderData(data: WalkinsData): TemplateResult {
    const now = this.clockNow();
    const readerZone = readerTimeZone();
    const selected = selectOffices(data.offices, { city: this.city, province: this.province, office: this.office, show: this.show });
    const filtering = needsReaderFilter(selected);
    // A place picked before the host changed its attributes may no longer be on the list.
    const place = officePlaces(selected).some((candidate) => candidate.key === this.place) ? this.place : '';
    const shown = filtering ? filterOffices(selected, { place, walkInOnly: this.walkInOnly }) : selected;
    this.shownCount = shown.length;
    const page = this.paging.page(shown);
    if (selected.length === 1) void this.week.load();
    const view: WalkinView = {
      ...this.renderContext(now),
      today: localDate(now),
      readerZone,
      example: this.content.example,
      supportLine: data.supportLine,
      domain: this.content.base ? new URL(this.content.base).hostname : '',
      generation: this.generation,
      weekOpen: selected.length === 1,
      calendar: this.calendar,
      week: this.week.value,
      loadWeek: () => void this.week.load(),
      weekLoad: this.week,
      pageUrl: globalThis.location?.href,
      weekOffset: (id) => this.weekOffsets.get(id) ?? 0,
      moveWeek: (id, offset) => this.moveWeek(id, offset, data, now),
    };
    const about = this.pickText(data.about);
    return html`${about ? html`${fallbackNote(about)}<p class="about" part="about">${localizedText(about)}</p>` : nothing}
      ${differsFromBelgianTime(now, readerZone) ? html`<p class="zone-note" part="zone-note">${belgianTimeNote()}</p>` : nothing}
      ${filtering ? this.renderFilter(selected, place) : nothing}
      ${
        shown.length
          ? // A new list of offices gets new DOM, so no open week view moves to another office.
            keyed(
              shown.map((office) => office.id).join(),
              html`<ul class="offices" part="offices">
              ${page.map((office) => html`<li>${guardedRecord(() => renderOffice(office, view), `the office "${office.id}"`)}</li>`)}
            </ul>
            ${this.paging.button(shown.length, (remaining) => msg(str`Show more places (${remaining} more)`, { id: 'walkin.more' }))}`,
            )
          : this.renderEmpty(selected.length > 0)
      }
      ${data.supportLine ? guardedRecord(() => renderSupportLine(data.supportLine!, view), 'the support line') : nothing}`;
  }

  private renderFilter(offices: readonly Office[], current: string): TemplateResult {
    const collator = textCollator(this.locale);
    const places = officePlaces(offices)
      .map((place) => ({ key: place.key, label: this.placeLabel(offices, place.key, place.kind === 'province' ? place.id : undefined) }))
      .sort((a, b) => collator.compare(a.label, b.label));
    const bothKinds = new Set(offices.map((office) => office.access)).size > 1;
    return html`<div class="filter" part="filter">
      ${
        places.length > 1
          ? html`<div class="field">
            <label for="place">${msg('Place', { id: 'walkin.filter.place' })}</label>
            <select id="place" class="fl-control" part="place-select" .value=${current} @change=${this.onPlace}>
              <option value="" ?selected=${current === ''}>${msg('All places', { id: 'walkin.filter.all' })}</option>
              ${places.map((place) => html`<option value=${place.key} ?selected=${current === place.key}>${place.label}</option>`)}
            </select>
          </div>`
          : nothing
      }
      ${
        bothKinds
          ? html`<label class="check">
            <input type="checkbox" part="walk-in-only" .checked=${this.walkInOnly} @change=${this.onWalkInOnly} />
            ${msg('Only places where you can come without an appointment', { id: 'walkin.filter.walk-in-only' })}
          </label>`
          : nothing
      }
    </div>`;
  }

  private placeLabel(offices: readonly Office[], key: string, province: string | undefined): string {
    if (province) return provinceName(province as Office['province']);
    const office = offices.find((candidate) => officePlace(candidate).key === key);
    return this.pickText(office?.city?.name)?.text ?? key;
  }

  private renderEmpty(readerFiltered: boolean): TemplateResult {
    return html`<div class="empty" part="empty">
      <p>
        ${
          readerFiltered
            ? msg('No office matches your choice.', { id: 'walkin.empty.filter' })
            : msg('No ICAM office is listed for this place.', { id: 'walkin.empty' })
        }
        ${this.content.data?.supportLine ? msg('The ICAM support line can tell you where to go.', { id: 'walkin.empty.support' }) : nothing}
      </p>
      ${
        readerFiltered
          ? html`<button type="button" class="fl-button" part="show-all" @click=${this.resetFilter}>
            ${msg('Show all places', { id: 'walkin.filter.reset' })}
          </button>`
          : nothing
      }
    </div>`;
  }

  private onPlace = (event: Event): void => {
    this.place = (event.currentTarget as HTMLSelectElement).value;
    this.paging.reset();
    void this.announceCount();
  };

  private onWalkInOnly = (event: Event): void => {
    this.walkInOnly = (event.currentTarget as HTMLInputElement).checked;
    this.paging.reset();
    void this.announceCount();
  };

  private resetFilter = (): void => {
    this.place = '';
    this.walkInOnly = false;
    this.paging.reset();
    void this.announceCount();
    this.afterRender(() => this.renderRoot.querySelector<HTMLElement>('#place, [part~="walk-in-only"]')?.focus());
  };

  private async announceCount(): Promise<void> {
    await this.updateComplete;
    const count = this.shownCount;
    this.announcer.announce(this.inLocale(() => msg(str`Places shown: ${count}`, { id: 'walkin.filter.count' })));
  }

  private moveWeek(officeId: string, offset: number, data: WalkinsData, now: Date): void {
    const offsets = new Map(this.weekOffsets);
    offsets.set(officeId, offset);
    this.weekOffsets = offsets;
    const office = data.offices.find((candidate) => candidate.id === officeId);
    if (!office?.sessions) return;
    const days = scheduleWeek(office.sessions, this.fixedNow() ?? now, offset);
    this.announcer.announce(this.inLocale(() => weekTitle(days, this.locale)));
  }
}
