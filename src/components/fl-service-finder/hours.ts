/**
 * Opening hours on a card: open now or when it opens next, and today's hours (the next seven days are in
 * ./card-details.ts). Every time is Belgian time (the schedule logic works in Europe/Brussels); the finder says so
 * once above the results when the reader's clock differs.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { Schedule } from '../../content/schema/common.js';
import { formatDate, formatList, formatWallTime } from '../../i18n/format.js';
import { openUntil, timeRange } from '../parts/localized.js';
import { scheduleStatus, todaysHours, type ScheduleDay, type ScheduleStatus, type Session } from '../../logic/schedule.js';
import { icon } from './icons.js';

// Cards come and go as the reader types, and the same services come back: remember what was worked
// out for a schedule during the current minute, and the formatted time ranges.
const statusMemo = new WeakMap<object, { minute: number; status: ScheduleStatus; today: ScheduleDay }>();
const rangeMemo = new Map<string, string>();

export function scheduleNow(schedule: Schedule, now: Date): { status: ScheduleStatus; today: ScheduleDay } {
  const minute = Math.floor(now.getTime() / 60_000);
  let known = statusMemo.get(schedule);
  if (known?.minute !== minute) {
    known = { minute, status: scheduleStatus(schedule, now, { horizonDays: 8 }), today: todaysHours(schedule, now) };
    statusMemo.set(schedule, known);
  }
  return known;
}

function range(session: Session, locale: string): string {
  const key = `${session.opens}-${session.closes}${session.closesNextDay ? '+1' : ''}|${locale}`;
  let text = rangeMemo.get(key);
  if (text === undefined) {
    // Past midnight, "(next day)" may go to the next line on a narrow card at large text; the times
    // themselves never break (the dash and thin spaces are glued), as the nowrap of other ranges ensures.
    text = session.closesNextDay
      ? timeRange(session, locale)
          .replace(/[\u2009\u202f]/g, '\u00a0')
          .replace(/[–-]/g, '$&\u2060')
      : timeRange(session, locale);
    if (rangeMemo.size > 500) rangeMemo.clear();
    rangeMemo.set(key, text);
  }
  return text;
}

/** Session times as "09:00–12:00, 13:30–16:00", each range kept on one line. */
export function ranges(sessions: readonly Session[], locale: string): TemplateResult {
  const separator = formatList(['a', 'b'], locale, 'unit').slice(1, -1);
  return html`${sessions.map((session, i) => html`${i > 0 ? separator : ''}<span class="range" ?data-next-day=${session.closesNextDay === true}>${range(session, locale)}</span>`)}`;
}

/** Whether a schedule has a session under way at `now`, and what to say about it. */
export function hoursSummary(schedule: Schedule, now: Date, locale: string): TemplateResult {
  const { status, today } = scheduleNow(schedule, now);
  const time = (hhmm: string) => formatWallTime(hhmm, locale);
  let state: string;
  switch (status.state) {
    case 'open':
      state = openUntil(status, locale, time);
      break;
    case 'later-today':
      state = msg(str`Closed now. Opens today at ${time(status.session.opens)}`, { id: 'finder.hours.opens-today' });
      break;
    case 'upcoming':
      state =
        status.daysUntil === 1
          ? msg(str`Closed now. Opens tomorrow at ${time(status.session.opens)}`, { id: 'finder.hours.opens-tomorrow' })
          : msg(str`Closed now. Opens ${formatDate(status.session.start, locale)} at ${time(status.session.opens)}`, {
              id: 'finder.hours.opens-on',
            });
      break;
    default:
      state = msg('Closed now', { id: 'finder.hours.closed-now' });
  }
  // "Closed now, opens tomorrow" already says that today is over; a day with hours says them.
  const todayText =
    today.sessions.length > 0 ? html`${msg('Today:', { id: 'finder.hours.today-label' })} ${ranges(today.sessions, locale)}` : undefined;
  const open = status.state === 'open';
  return html`<p class="card__hours" part="card-hours">
    <span class="open-state" ?data-open=${open}>${icon('clock')}<strong>${state}</strong></span>
    ${todayText ? html`<span class="card__today">${todayText}</span>` : nothing}
  </p>`;
}
