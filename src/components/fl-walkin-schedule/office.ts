import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { Schedule } from '../../content/schema/common.js';
import type { Office } from '../../content/schema/walkins.js';
import { formatContentDate, formatList, formatRelativeTime, languageName } from '../../i18n/format.js';
import { safeLinkUrl } from '../../internal/safe-url.js';
import { scheduleStatus, type ScheduleDay, type ScheduleStatus, type Session } from '../../logic/schedule.js';
import { mailtoHref, osmLink } from '../../logic/links.js';
import { icsUid, seriesFileName, upcomingClosures } from '../../logic/walkins.js';
import { exampleFlag } from '../parts/content-status.js';
import { disclosure } from '../parts/disclosure.js';
import { heading } from '../parts/heading.js';
import { pieceLoading } from '../parts/status.js';
import { fallbackNote, forName, localizedText } from '../parts/localized.js';
import { holidayName } from './names.js';
import {
  addressLines,
  calendarIcon,
  callLink,
  dayName,
  eventText,
  hours,
  officeName,
  openUntilNow,
  regularTimes,
  sessionCalendarLink,
  when,
  type WalkinView,
} from './view.js';

/** One office or contact point: name, how people are received, the next walk-in moment, where, and more. */
export function renderOffice(office: Office, view: WalkinView): TemplateResult {
  const titleId = `office-${office.id}`;
  const schedule = office.access === 'walk-in' ? office.sessions : undefined;
  const status = schedule ? scheduleStatus(schedule, view.now) : undefined;
  const note = view.pick(office.note);
  return html`<article class="office" part="office" aria-labelledby=${titleId} data-office=${office.id}>
    ${heading(view.level(1), localizedText(officeName(office, view)), 'office-name', titleId)}
    ${office.example || view.example ? exampleFlag() : nothing}
    <p class="access" part="access" data-access=${office.access}>
      ${
        office.access === 'walk-in'
          ? msg('Walk-in: no appointment needed', { id: 'walkin.access.walk-in' })
          : msg('By appointment only', { id: 'walkin.access.appointment' })
      }
    </p>
    ${schedule && status ? renderNext(office, schedule, status, view) : nothing}
    <dl class="facts" part="facts">
      ${
        schedule
          ? fact(
              msg('When', { id: 'walkin.when' }),
              regularTimes(schedule, view).map((line) => html`<span class="line">${line}</span>`),
            )
          : nothing
      }
      ${fact(msg('Where', { id: 'walkin.where' }), renderWhere(office, view))}
      ${
        office.languages.length
          ? fact(
              msg('Languages spoken', { id: 'walkin.languages' }),
              formatList(
                office.languages.map((tag) => languageName(tag, view.locale)),
                view.locale,
              ),
            )
          : nothing
      }
      ${office.accessibility ? fact(msg('Access', { id: 'walkin.accessibility' }), localizedText(view.pick(office.accessibility))) : nothing}
    </dl>
    ${note ? html`${fallbackNote(note)}<p class="note" part="note">${localizedText(note)}</p>` : nothing}
    ${renderContact(office, view)}
    ${schedule && status?.state !== 'none' ? renderSeries(office, schedule, view) : nothing}
    ${
      schedule
        ? disclosure({
            summary: msg('Week by week', { id: 'walkin.week' }),
            content: view.week ? view.week(office, schedule, view) : pieceLoading(view.weekLoad),
            open: view.weekOpen,
            onToggle: (open) => {
              if (open) view.loadWeek();
            },
            part: 'week-disclosure',
          })
        : nothing
    }
    ${renderChecked(office, view)}
  </article>`;
}

function fact(term: string, details: unknown): TemplateResult {
  return html`<div class="fact"><dt>${term}</dt><dd>${details}</dd></div>`;
}

/** The status sentence: now open, later today, the next date, or nothing planned; then closed days ahead. */
function renderNext(office: Office, schedule: Schedule, status: ScheduleStatus, view: WalkinView): TemplateResult {
  let sentence: string;
  let extra: unknown = nothing;
  let session: Session | undefined;
  switch (status.state) {
    case 'open': {
      sentence = openUntilNow(status, view);
      if (status.minutesLeft <= 45) {
        const relative = formatRelativeTime(status.until, view.now, view.locale);
        extra = html`<span class="soon">${msg(str`Closes ${relative}.`, { id: 'walkin.status.closes-in' })}</span>`;
      }
      break;
    }
    case 'later-today': {
      session = status.session;
      const range = hours(session, view);
      const relative = formatRelativeTime(session.start, view.now, view.locale);
      sentence = msg(str`Today, ${range}: starts ${relative}`, { id: 'walkin.status.today' });
      break;
    }
    case 'upcoming': {
      session = status.session;
      const next = when(session, view);
      sentence =
        status.daysUntil === 1
          ? msg(str`Next walk-in moment: tomorrow, ${next}`, { id: 'walkin.status.tomorrow' })
          : msg(str`Next walk-in moment: ${next}`, { id: 'walkin.status.upcoming' });
      break;
    }
    case 'none':
      sentence = msg('No walk-in moment is planned at the moment.', { id: 'walkin.status.none' });
      extra = view.supportLine
        ? html`<span>${msg('Call the ICAM support line to ask when the next one is.', { id: 'walkin.status.none-ask' })}</span>`
        : nothing;
  }
  const kind = session?.kind ?? (status.state === 'open' ? status.session.kind : 'regular');
  const note = session?.note ?? (status.state === 'open' ? status.session.note : undefined);
  const closures = upcomingClosures(schedule, view.now);
  return html`<div class="next" part="next-session" data-state=${status.state}>
      <p class="status">
        <strong>${sentence}</strong>
        ${kind === 'extra' ? html`<span class="tag">${msg('Extra walk-in moment', { id: 'walkin.extra' })}</span>` : nothing}
        ${kind === 'changed' ? html`<span class="tag">${msg('Changed hours', { id: 'walkin.changed' })}</span>` : nothing}
        ${extra}
      </p>
      ${kind !== 'regular' && note ? html`<p class="session-note">${localizedText(view.pick(note))}</p>` : nothing}
      ${session ? sessionCalendarLink(office, session, view) : nothing}
    </div>
    ${
      closures.length
        ? html`<ul class="closures" part="closures">
          ${closures.map((day) => html`<li>${closedSentence(day, view)}</li>`)}
        </ul>`
        : nothing
    }`;
}

/** "No walk-in moment on Wednesday 11 November: public holiday (Armistice Day)." */
function closedSentence(day: ScheduleDay, view: WalkinView): TemplateResult {
  const date = dayName(day.date, view.locale, view.today);
  if (day.closed?.reason === 'holiday') {
    const holiday = holidayName(day.closed.holiday.id);
    return html`${msg(str`No walk-in moment on ${date}: public holiday (${holiday}).`, { id: 'walkin.closed.holiday' })}`;
  }
  const note = day.closed?.reason === 'exception' ? view.pick(day.closed.note) : undefined;
  return html`${msg(str`No walk-in moment on ${date}.`, { id: 'walkin.closed.exception' })} ${localizedText(note)}`;
}

function renderWhere(office: Office, view: WalkinView): TemplateResult {
  const map = office.geo ? osmLink({ point: office.geo, exact: true }) : undefined;
  const directions = map
    ? html`<a class="directions" part="directions-link" href=${map.href} rel="noopener noreferrer"
        >${forName(officeName(office, view)?.text)}${msg('Directions on OpenStreetMap', { id: 'walkin.directions' })}</a
      >`
    : nothing;
  if (office.address) {
    return html`<span class="address" part="address">${addressLines(office.address, view).map((line) => html`<span class="line">${line}</span>`)}</span>${directions}`;
  }
  const phone = view.supportLine?.phone;
  return html`<span class="on-request" part="address-on-request"
      >${msg('The address is given on request through the ICAM support line.', { id: 'walkin.address-on-request' })}</span
    >
    ${phone ? html`<span class="line">${callLink(phone, 'address-call-link', 'link')}</span>` : nothing}${directions}`;
}

function renderContact(office: Office, view: WalkinView): TemplateResult | typeof nothing {
  const contact = office.contact;
  const website = contact?.website === undefined ? undefined : safeLinkUrl(contact.website);
  if (!contact || (!contact.phone && !contact.email && !website)) return nothing;
  return html`<p class="contact" part="contact">
    ${contact.phone ? callLink(contact.phone, 'phone-link') : nothing}
    ${
      contact.email
        ? html`<a class="fl-button" part="email-link" href=${mailtoHref(contact.email)}
          >${msg('E-mail', { id: 'walkin.email' })} <bdi dir="ltr">${contact.email}</bdi></a
        >`
        : nothing
    }
    ${
      website
        ? html`<a part="website-link" href=${website} rel="noopener noreferrer">${forName(officeName(office, view)?.text)}${msg('Website', { id: 'walkin.website' })}</a>`
        : nothing
    }
  </p>`;
}

/**
 * A download link for every walk-in moment of the coming year: RRULE, with EXDATE for closed days. A year
 * of sessions takes a few milliseconds per office to work out: the file is made when the reader asks.
 */
function renderSeries(office: Office, schedule: Schedule, view: WalkinView): TemplateResult {
  const key = `${view.generation}|${view.locale}|${office.id}|series|${view.today}`;
  const file = view.calendar.offer(key, (ics) =>
    ics.seriesIcs(schedule, { uid: icsUid(office.id, view.domain), dtstamp: view.now, now: view.now, ...eventText(office, view) }),
  );
  const name = officeName(office, view)?.text ?? '';
  return html`<p class="series">
    <a class="fl-button" part="series-link" href=${file.href} download=${seriesFileName(office.id)} type="text/calendar"
      @click=${file.ask} @focus=${file.ask} @pointerdown=${file.ask} @contextmenu=${file.ask}
      >${calendarIcon}${forName(name)}<span>${msg('Add all walk-in moments to your calendar', { id: 'walkin.add-series' })}</span></a
    >
  </p>`;
}

function renderChecked(office: Office, view: WalkinView): TemplateResult {
  const date = formatContentDate(office.reviewed, view.locale);
  // Every address from content is checked again here: a device copy is not validated when it is read.
  const source = office.sources[0] === undefined ? undefined : safeLinkUrl(office.sources[0]);
  return html`<p class="checked" part="checked">
    ${msg(str`Checked on ${date}.`, { id: 'walkin.checked' })}
    ${source ? html`${msg('Source:', { id: 'walkin.source' })} <a href=${source} rel="noopener noreferrer">${hostname(source)}</a>` : nothing}
  </p>`;
}

/** The host name of a checked link, for its text (`tel:` and `mailto:` links show as they are). */
function hostname(url: string): string {
  try {
    return new URL(url).hostname || url;
  } catch {
    return url;
  }
}
