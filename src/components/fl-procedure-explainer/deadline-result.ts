/**
 * What the deadline helper says for the date a reader typed: the counting (src/logic/deadlines.ts) and its
 * sentences, in a chunk loaded when a reader first goes to a date field. Most readers never do.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { DeadlineRule } from '../../content/schema/common.js';
import { formatContentDate } from '../../i18n/format.js';
import { countDeadline, isCalendarDate, type ClosedDay } from '../../logic/deadlines.js';
import type { ExplainerView } from './view.js';

const LONG_DAY = { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' } as const;

function closedName(closed: ClosedDay): string {
  switch (closed.kind) {
    case 'saturday':
      return msg('a Saturday', { id: 'explainer.deadline.saturday' });
    case 'sunday':
      return msg('a Sunday', { id: 'explainer.deadline.sunday' });
    default:
      return msg('a Belgian public holiday', { id: 'explainer.deadline.holiday' });
  }
}

/** What the deadline helper says for the date the reader typed. */
export function deadlineResult(rule: DeadlineRule, from: string, view: ExplainerView): TemplateResult | typeof nothing {
  if (!from) return nothing;
  if (!isCalendarDate(from)) return html`<p>${msg('Enter a full date: day, month and year.', { id: 'explainer.deadline.invalid' })}</p>`;
  const count = countDeadline(rule, from);
  const day = (date: string) => formatContentDate(date, view.locale, LONG_DAY);
  const days = rule.days;
  const counted = html`<p>${msg(str`Day ${days} is ${day(count.counted)}.`, { id: 'explainer.deadline.counted' })}</p>`;
  const closed = count.closed ? closedName(count.closed) : '';
  switch (count.outcome) {
    case 'open':
      return html`<p class="last-day"><strong>${msg(str`Last day to act: ${day(count.last)}.`, { id: 'explainer.deadline.last' })}</strong></p>`;
    case 'moved':
      return html`${counted}<p class="last-day"><strong>${msg(str`That day is ${closed}: by the rule of the source, the last day to act moves to ${day(count.last)}.`, { id: 'explainer.deadline.moved' })}</strong></p>`;
    case 'stays':
      return html`${counted}<p class="last-day"><strong>${msg(str`That day is ${closed}; by the rule of the source, the last day does not move: ${day(count.last)}.`, { id: 'explainer.deadline.stays' })}</strong></p>`;
    default:
      return html`${counted}<p class="last-day"><strong>${msg(str`That day is ${closed}. The sources given here do not say whether the deadline then moves to the next working day: act before that day.`, { id: 'explainer.deadline.unknown' })}</strong></p>`;
  }
}
