/**
 * A card's details, rendered when the reader opens them: description, who can get help, cost, access
 * facts, every location's hours for the next seven days, sources. A chunk of its own, loaded when the
 * reader first opens a card's details (the first results need none of it).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { Schedule } from '../../content/schema/common.js';
import type { ServiceLocation } from '../../content/schema/services.js';
import { formatContentDate, formatList, formatWeekday } from '../../i18n/format.js';
import { safeLinkUrl } from '../../internal/safe-url.js';
import { placeTextLanguages } from '../../logic/place-languages.js';
import { scheduleNextDays } from '../../logic/schedule.js';
import type { SearchHit } from '../../logic/search.js';
import { fallbackNote, forName, localizedText } from '../parts/localized.js';
import { richText } from '../parts/rich-text.js';
import { addressText } from './address.js';
import { ranges, scheduleNow } from './hours.js';
import { ACCESS_FACTS, accessFactLabel, answerLabel, audienceLabel } from './labels.js';
import type { CardContext } from './service-card.js';
import type { Pick } from './text.js';

/** The hours of the next seven days, today first, with closed days and public holidays said in words. */
export function weekHours(schedule: Schedule, now: Date, locale: string, pick: Pick): TemplateResult {
  const days = scheduleNextDays(schedule, now);
  const notes = [...new Set(days.flatMap((day) => day.sessions.map((session) => session.note)).filter((note) => note !== undefined))];
  const todayDate = scheduleNow(schedule, now).today.date;
  return html`<dl class="week">
    ${days.map((day) => {
      const label = `${formatWeekday(day.weekday, locale)} ${formatContentDate(day.date, locale, { day: 'numeric', month: 'long' })}`;
      let hours: TemplateResult | string;
      if (day.sessions.length > 0) hours = ranges(day.sessions, locale);
      else if (day.closed?.reason === 'holiday' && day.cancelled.length > 0) hours = msg('Closed (public holiday)', { id: 'finder.hours.holiday' });
      else hours = msg('Closed', { id: 'finder.hours.closed' });
      return html`<div class="week__day" ?data-today=${day.date === todayDate}>
        <dt>${label}</dt>
        <dd>${hours}</dd>
      </div>`;
    })}
  </dl>
  ${notes.map((note) => localizedText(pick(note), 'p', 'note'))}`;
}

function locationDetails(location: ServiceLocation, ctx: CardContext): TemplateResult {
  const name = ctx.pick(location.name, placeTextLanguages(location.address?.postcode));
  const address = addressText(location, ctx.pick);
  return html`<div class="location">
    ${
      name || address
        ? html`<p class="location__name">${localizedText(name)}${name && address ? html`<br />` : nothing}${address ?? nothing}</p>`
        : nothing
    }
    ${localizedText(ctx.pick(location.accessibility), 'p', 'note')}
    ${
      location.schedule
        ? html`<p class="detail-label">${msg('Opening hours, the next 7 days', { id: 'finder.card.next-days' })}</p>
          ${weekHours(location.schedule, ctx.now, ctx.locale, ctx.pick)}`
        : nothing
    }
    ${localizedText(ctx.pick(location.contact?.note), 'p', 'note')}
  </div>`;
}

export function cardDetails(hit: SearchHit, ctx: CardContext): TemplateResult {
  const service = hit.service;
  const description = ctx.pick(service.description);
  const eligibility = ctx.pick(service.eligibility);
  const cost = service.cost;
  const row = (label: string, value: unknown) => html`<div><dt>${label}</dt><dd>${value}</dd></div>`;
  return html`
    ${
      description
        ? html`${fallbackNote(description)}
${localizedText(description, 'div', 'description', richText)}`
        : nothing
    }
    <dl class="facts">
      ${eligibility ? row(msg('Who can get help', { id: 'finder.card.eligibility' }), localizedText(eligibility)) : nothing}
      ${
        cost
          ? row(
              msg('Cost', { id: 'finder.card.cost' }),
              html`${cost.free ? msg('Free', { id: 'finder.badge.free' }) : nothing} ${localizedText(ctx.pick(cost.description))}`,
            )
          : nothing
      }
      ${ACCESS_FACTS.map((fact) => row(accessFactLabel(fact), answerLabel(service.access[fact])))}
      ${
        service.audiences.length > 0
          ? row(msg('Especially for', { id: 'finder.card.audiences' }), formatList(service.audiences.map(audienceLabel), ctx.locale))
          : nothing
      }
    </dl>
    ${localizedText(ctx.pick(service.access.note), 'p', 'note')}
    ${service.locations.map((location) => locationDetails(location, ctx))}
    <p class="checked">
      ${msg(str`Information checked on ${formatContentDate(service.reviewed, ctx.locale)}.`, { id: 'finder.card.reviewed' })}
      ${service.sources.map((source, i) => {
        const href = safeLinkUrl(source);
        return href ? html` <a href=${href} rel="noopener noreferrer">${msg(str`Source ${i + 1}`, { id: 'finder.card.source' })}</a>` : nothing;
      })}
    </p>
    <button type="button" class="fl-button print-one" @click=${() => ctx.print(service.id)}>${forName(localizedText(ctx.pick(service.name)))}${msg('Print these details', { id: 'finder.card.print' })}</button>
  `;
}
