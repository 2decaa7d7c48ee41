/**
 * What the render pieces of <fl-walkin-schedule> share: the view they are given by the element, and the
 * small templates and phrases several of them use. Call everything here during render (msg()).
 */
import { html, svg, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { msg, str } from '@lit/localize';
import type { Address, Schedule } from '../../content/schema/common.js';
import type { Office, SupportLine } from '../../content/schema/walkins.js';
import type { PickedText } from '../../i18n/content-text.js';
import { BRUSSELS_TIME_ZONE, formatContentDate, formatContentDateRange, formatList, formatWallTime, formatWeekday } from '../../i18n/format.js';
import type { IcsEventText } from '../../logic/ics.js';
import type { ScheduleDay, Session } from '../../logic/schedule.js';
import { safeLinkUrl } from '../../internal/safe-url.js';
import { placeTextLanguages, postcodeLanguages } from '../../logic/place-languages.js';
import { telHref } from '../../logic/links.js';
import { icsUid, sessionFileName } from '../../logic/walkins.js';
import type { RenderContext } from '../base/render-context.js';
import { belgianTime, forName, openUntil, timeRange, type OpenUntil } from '../parts/localized.js';
import type { CalendarFiles } from './calendar-files.js';
import type { renderWeek } from './week.js';
import type { PieceLoad } from '../parts/status.js';

/** Everything the render pieces need from the element for one render, beyond the shared render context. */
export interface WalkinView extends RenderContext {
  /** Its Europe/Brussels date, `YYYY-MM-DD`. */
  readonly today: string;
  /** The reader's time zone, read once per render (times get "Belgian time" when it differs). */
  readonly readerZone: string | undefined;
  /** The content is example content (manifest status `example`). */
  readonly example: boolean;
  readonly supportLine: SupportLine | undefined;
  /** The content host's name, for calendar UIDs. */
  readonly domain: string;
  /** Changes whenever new data arrives, so calendar files are made again. */
  readonly generation: number;
  /** Open every week view at first (one office shows). */
  readonly weekOpen: boolean;
  readonly calendar: CalendarFiles;
  /** The week view's renderer (./week.ts), once loaded: a chunk loaded when a reader first opens a week view. */
  readonly week: typeof renderWeek | undefined;
  /** Starts loading the week view. */
  loadWeek(): void;
  /** Whether the week view's load failed (its place then says so). */
  readonly weekLoad: PieceLoad;
  /** The address of the page the reader is on (the element reads it; calendar files link back to it). */
  readonly pageUrl?: string | undefined;
  weekOffset(officeId: string): number;
  moveWeek(officeId: string, offset: number): void;
}

/**
 * A `YYYY-MM-DD` calendar day as "Wednesday 25 November"; with the year when `today` (`YYYY-MM-DD`) is in
 * another year, or always when `today` is `true`.
 */
export function dayName(date: string, locale: string, today?: string | true): string {
  const withYear = today === true || (today !== undefined && today.slice(0, 4) !== date.slice(0, 4));
  return formatContentDate(date, locale, { weekday: 'long', day: 'numeric', month: 'long', ...(withYear ? { year: 'numeric' } : {}) });
}

/** A time or a range of times that a line never breaks: "09:00–12:00", "13:30 – 16:00". */
export function unbroken(time: string): string {
  return time.replace(/[ \u2009\u202f]/g, '\u00a0').replace(/[–-]/g, '$&\u2060');
}

/** A session's hours, "09:00–12:00", labelled Belgian time when the reader's clock differs. */
export function hours(session: Pick<Session, 'opens' | 'closes' | 'closesNextDay' | 'start'>, view: WalkinView): string {
  return belgianTime(unbroken(timeRange(session, view.locale)), session.start, view.readerZone);
}

/** "Open now, until 12:00" ("until 08:00 tomorrow" past midnight), labelled Belgian time when the reader's clock differs. */
export function openUntilNow(open: OpenUntil, view: WalkinView): string {
  return openUntil(open, view.locale, (hhmm) => belgianTime(unbroken(formatWallTime(hhmm, view.locale)), open.until, view.readerZone));
}

/** A session's date and hours: "Wednesday 25 November, 09:00–12:00". */
export function when(session: Session, view: WalkinView): string {
  const date = dayName(session.date, view.locale, view.today);
  const time = hours(session, view);
  return msg(str`${date}, ${time}`, { id: 'walkin.date-time' });
}

/**
 * The weekly rules still in force, one line each: "Every Wednesday, 09:00–12:00", with "until 31 March
 * 2027" or "from 6 January 2027" when a rule is dated. Rules that have ended are left out.
 */
export function regularTimes(schedule: Schedule, view: WalkinView): string[] {
  return schedule.rules
    .filter((rule) => rule.validUntil === undefined || rule.validUntil >= view.today)
    .map((rule) => {
      const days = formatList(
        rule.days.map((day) => formatWeekday(day, view.locale)),
        view.locale,
      );
      const time = unbroken(timeRange(rule, view.locale));
      let line = msg(str`Every ${days}, ${time}`, { id: 'walkin.every' });
      if (rule.validFrom !== undefined && rule.validFrom > view.today) {
        const from = dayName(rule.validFrom, view.locale, true);
        line = `${line} ${msg(str`(from ${from})`, { id: 'walkin.valid-from' })}`;
      }
      if (rule.validUntil !== undefined) {
        const until = dayName(rule.validUntil, view.locale, true);
        line = `${line} ${msg(str`(until ${until})`, { id: 'walkin.valid-until' })}`;
      }
      return line;
    });
}

/** An office's name in the reader's language, else in the language of its place (see `placeTextLanguages`). */
export function officeName(office: Office, view: WalkinView): PickedText | undefined {
  return view.pick(office.name, placeTextLanguages(office.address?.postcode));
}

/** An address in two lines, in the reader's language where the municipality has several names. */
export function addressLines(address: Address, view: WalkinView): string[] {
  const municipality = view.pick(address.municipality, postcodeLanguages(address.postcode))?.text ?? '';
  return [address.street, `${address.postcode} ${municipality}`].filter((line): line is string => Boolean(line));
}

/** "Call 02 488 97 77": a tap-to-call link, the number kept left to right in Arabic text. */
export function callLink(phone: string, part: string, style: 'primary' | 'button' | 'link' = 'button'): TemplateResult {
  const classes = style === 'link' ? 'call' : style === 'primary' ? 'fl-button fl-button--primary call' : 'fl-button call';
  return html`<a class=${classes} part=${part} href=${ifDefined(telHref(phone))}
    >${phoneIcon}<span>${msg('Call', { id: 'walkin.call' })}</span> <bdi dir="ltr">${phone}</bdi></a
  >`;
}

const phoneIcon = html`<svg class="icon" viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" focusable="false"
  ><path
    fill="none"
    stroke="currentColor"
    stroke-width="2"
    stroke-linejoin="round"
    d="M5 3h4l2 5-2.5 1.5a11 11 0 0 0 6 6L16 13l5 2v4a2 2 0 0 1-2 2A16 16 0 0 1 3 5a2 2 0 0 1 2-2z"
/></svg>`;

const calendarIcon = svg`<svg class="icon" viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" focusable="false"
  ><g fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round"
    ><rect x="3.5" y="5" width="17" height="15.5" rx="2" /><path d="M3.5 10h17M8 3v4M16 3v4M12 13v5M9.5 15.5h5" /></g
></svg>`;

/** The text of an office's calendar events, in the reader's language. */
export function eventText(office: Office, view: WalkinView): IcsEventText {
  const name = officeName(office, view)?.text ?? office.id;
  const line = view.supportLine;
  const location = office.address
    ? addressLines(office.address, view).join(', ')
    : [msg('The address is given on request through the ICAM support line.', { id: 'walkin.address-on-request' }), line?.phone ?? line?.email]
        .filter(Boolean)
        .join(' ');
  const description = [
    view.pick(office.note)?.text,
    office.example || view.example
      ? msg('Example content: check every fact with the organisation named before relying on it.', { id: 'walkin.example' })
      : undefined,
    msg(str`All times are Belgian time (${BRUSSELS_TIME_ZONE}).`, { id: 'walkin.ics.time-zone' }),
    // A calendar keeps what it was given: say that times change, and where to check them.
    [msg('Times can change: check before you go.', { id: 'walkin.ics.check' }), view.pageUrl].filter(Boolean).join('\n'),
  ]
    .filter(Boolean)
    .join('\n\n');
  const text: IcsEventText = { summary: msg(str`ICAM walk-in moment: ${name}`, { id: 'walkin.ics.summary' }), location, description };
  // URL: the page the reader used (where times are kept up to date), else the office's source.
  const source = office.sources[0] === undefined ? undefined : safeLinkUrl(office.sources[0]);
  const url = view.pageUrl?.startsWith('https:') ? view.pageUrl : source;
  if (url?.startsWith('https:')) text.url = url;
  if (office.geo) text.geo = office.geo;
  return text;
}

/** A download link for one session's calendar file (made when the reader asks for it). */
export function sessionCalendarLink(office: Office, session: Session, view: WalkinView): TemplateResult {
  const key = `${view.generation}|${view.locale}|${office.id}|${session.date}|${session.opens}|${session.closes}|${session.kind}`;
  const file = view.calendar.offer(key, (ics) =>
    // The series' UID: adding this session and then the series gives one event (see `sessionIcs`).
    ics.sessionIcs(session, { uid: icsUid(office.id, view.domain), inSeries: true, dtstamp: view.now, ...eventText(office, view) }),
  );
  const name = officeName(office, view)?.text ?? '';
  return html`<a class="fl-button calendar-link" part="calendar-link" href=${file.href} download=${sessionFileName(office.id, session)} type="text/calendar"
    @click=${file.ask} @focus=${file.ask} @pointerdown=${file.ask} @contextmenu=${file.ask}
    >${calendarIcon}${forName(`${name}, ${dayName(session.date, view.locale)}`)}<span>${msg('Add to calendar', { id: 'walkin.add-to-calendar' })}</span></a
  >`;
}

/** The icon of calendar links, for the series link. */
export { calendarIcon };

/** The title of a week: "Week of 23–29 November 2026". */
export function weekTitle(days: readonly ScheduleDay[], locale: string): string {
  const range = formatContentDateRange(days[0]!.date, days[days.length - 1]!.date, locale);
  return msg(str`Week of ${range}`, { id: 'walkin.week.title' });
}
