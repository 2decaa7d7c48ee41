import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { Schedule } from '../../content/schema/common.js';
import type { Office } from '../../content/schema/walkins.js';
import { differsFromBelgianTime } from '../../i18n/format.js';
import { scheduleWeek, type ScheduleDay, type Session } from '../../logic/schedule.js';
import { belgianTimeNote, localizedText, timeRange } from '../parts/localized.js';
import { holidayName } from './names.js';
import { dayName, sessionCalendarLink, unbroken, weekTitle, type WalkinView } from './view.js';

/** How many weeks ahead a reader can page: holidays and announced exceptions are known about that far. */
const MAX_WEEK_OFFSET = 52;

/**
 * Seven days of one office (a chunk of its own, loaded when a reader first opens a week view), Monday to Sunday, with buttons for the previous and next week and back to this
 * week. Buttons stay focusable at the ends (`aria-disabled`), so focus never drops to the page.
 */
export function renderWeek(office: Office, schedule: Schedule, view: WalkinView): TemplateResult {
  const offset = view.weekOffset(office.id);
  const days = scheduleWeek(schedule, view.now, offset);
  const titleId = `week-${office.id}`;
  const go = (to: number) => (event: Event) => {
    if ((event.currentTarget as HTMLElement).getAttribute('aria-disabled') === 'true') return;
    view.moveWeek(office.id, Math.max(0, Math.min(MAX_WEEK_OFFSET, to)));
  };
  return html`<div class="week" part="week" role="group" aria-labelledby=${titleId}>
    <p class="week-title" part="week-title" id=${titleId}>${weekTitle(days, view.locale)}</p>
    <div class="week-nav" part="week-nav">
      <button type="button" class="fl-button" part="week-previous" aria-disabled=${offset <= 0 ? 'true' : 'false'} @click=${go(offset - 1)}>
        <span class="chevron chevron--back" aria-hidden="true"></span>${msg('Previous week', { id: 'walkin.week.previous' })}
      </button>
      <button
        type="button"
        class="fl-button"
        part="week-next"
        aria-disabled=${offset >= MAX_WEEK_OFFSET ? 'true' : 'false'}
        @click=${go(offset + 1)}
      >
        ${msg('Next week', { id: 'walkin.week.next' })}<span class="chevron" aria-hidden="true"></span>
      </button>
      <button type="button" class="fl-button" part="week-this" aria-disabled=${offset === 0 ? 'true' : 'false'} @click=${go(0)}>
        ${msg('This week', { id: 'walkin.week.this' })}
      </button>
    </div>
    <ol class="days" part="week-days">
      ${days.map((day) => renderDay(day, office, view))}
    </ol>
    ${differsFromBelgianTime(view.now, view.readerZone) ? html`<p class="week-zone">${belgianTimeNote()}</p>` : nothing}
  </div>`;
}

function renderDay(day: ScheduleDay, office: Office, view: WalkinView): TemplateResult {
  const isToday = day.date === view.today;
  const empty = day.sessions.length === 0;
  // "Closed: public holiday" only where a walk-in moment was planned; an exception is the author's word.
  const closed = day.closed !== undefined && (day.cancelled.length > 0 || day.closed.reason === 'exception');
  return html`<li class="day" part="day" data-date=${day.date} aria-current=${isToday ? 'date' : 'false'} ?data-empty=${empty && !closed}>
    <span class="day-name"
      >${dayName(day.date, view.locale, view.today)}${
        isToday ? html` <span class="tag tag--today">${msg('today', { id: 'walkin.week.today' })}</span>` : nothing
      }</span
    >
    <span class="day-sessions">
      ${closed ? html`<span class="closed">${closedLabel(day, view)}</span>` : nothing}
      ${day.sessions.map((session) => renderSession(session, office, view))}
      ${empty && !closed ? html`<span class="none">${msg('No walk-in moment', { id: 'walkin.week.none' })}</span>` : nothing}
    </span>
  </li>`;
}

function closedLabel(day: ScheduleDay, view: WalkinView): TemplateResult {
  if (day.closed?.reason === 'holiday') {
    const holiday = holidayName(day.closed.holiday.id);
    return html`${msg(str`Closed: public holiday (${holiday})`, { id: 'walkin.week.holiday' })}`;
  }
  const note = day.closed?.reason === 'exception' ? view.pick(day.closed.note) : undefined;
  return html`${msg('Closed', { id: 'walkin.week.closed' })}${note ? html`: ${localizedText(note)}` : nothing}`;
}

function renderSession(session: Session, office: Office, view: WalkinView): TemplateResult {
  const past = session.end <= view.now;
  const current = !past && session.start <= view.now;
  return html`<span class="session" ?data-past=${past}>
    <span class="session-time">${unbroken(timeRange(session, view.locale))}</span>
    ${session.kind === 'extra' ? html`<span class="tag">${msg('Extra walk-in moment', { id: 'walkin.extra' })}</span>` : nothing}
    ${session.kind === 'changed' ? html`<span class="tag">${msg('Changed hours', { id: 'walkin.changed' })}</span>` : nothing}
    ${session.kind !== 'regular' && session.note ? html`<span class="session-note">${localizedText(view.pick(session.note))}</span>` : nothing}
    ${past ? html`<span class="tag">${msg('over', { id: 'walkin.week.past' })}</span>` : nothing}
    ${current ? html`<span class="tag tag--open">${msg('open now', { id: 'walkin.week.open' })}</span>` : nothing}
    ${!past && !current ? sessionCalendarLink(office, session, view) : nothing}
  </span>`;
}
