import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { SupportLine } from '../../content/schema/walkins.js';
import { formatContentDate } from '../../i18n/format.js';
import { scheduleStatus } from '../../logic/schedule.js';
import { mailtoHref } from '../../logic/links.js';
import { heading } from '../parts/heading.js';
import { fallbackNote, localizedText } from '../parts/localized.js';
import { callLink, openUntilNow, regularTimes, type WalkinView } from './view.js';

/** The ICAM support line: what it is for, tap-to-call and e-mail links, and its hours when published. */
export function renderSupportLine(line: SupportLine, view: WalkinView): TemplateResult {
  const note = view.pick(line.note);
  const status = line.hours ? scheduleStatus(line.hours, view.now) : undefined;
  const reviewed = formatContentDate(line.reviewed, view.locale);
  // A plain box with a heading, not a named region: a page with two widgets would have two landmarks of one name.
  return html`<div class="support" part="support-line">
    ${heading(view.level(1), localizedText(view.pick(line.name)), 'support-line-name')}
    ${note ? html`${fallbackNote(note)}<p>${localizedText(note)}</p>` : nothing}
    <p class="contact">
      ${line.phone ? callLink(line.phone, 'support-phone-link', 'primary') : nothing}
      ${
        line.email
          ? html`<a class="fl-button" part="support-email-link" href=${mailtoHref(line.email)}
            >${msg('E-mail', { id: 'walkin.email' })} <bdi dir="ltr">${line.email}</bdi></a
          >`
          : nothing
      }
    </p>
    ${
      line.hours
        ? html`<p class="support-hours" part="support-hours">
          ${status?.state === 'open' ? html`<strong>${openUntilNow(status, view)}</strong>` : nothing}
          ${regularTimes(line.hours, view).map((times) => html`<span class="line">${times}</span>`)}
        </p>`
        : nothing
    }
    <p class="checked" part="checked">${msg(str`Checked on ${reviewed}.`, { id: 'walkin.checked' })}</p>
  </div>`;
}
