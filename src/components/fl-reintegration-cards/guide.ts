/**
 * What every reader sees, with or without a country: the way to a counsellor (the free line with
 * tap-to-call, the desks in Belgium, the host's own page), the steps of a return, and the media list
 * (links only: nothing is embedded or played).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { formatNumber, languageName } from '../../i18n/format.js';
import { telHref } from '../../logic/links.js';
import { heading } from '../parts/heading.js';
import { noteOnce } from '../parts/localized.js';
import type { CardsView } from './view.js';

/**
 * The way to a counsellor: always shown. The element's sections have headings but no accessible name:
 * named sections are region landmarks, repeated by a second widget on the same page (axe landmark-unique).
 */
export function renderCounsellor(view: CardsView, counsellorUrl: string | undefined): TemplateResult {
  const { freeLine, desks } = view.data;
  const tel = freeLine ? telHref(freeLine.phone) : undefined;
  return html`<section class="counsellor" part="counsellor">
    ${heading(view.level(1), msg('Talk to a counsellor', { id: 'reint.counsellor' }), 'counsellor-heading', 'counsellor-heading')}
    <p>${msg('Asking is free and does not commit you to anything.', { id: 'reint.counsellor.free' })}</p>
    ${
      freeLine
        ? html`<p class="free-line">
          ${msg('Free phone line:', { id: 'reint.free-line' })}
          ${tel ? html`<a class="fl-button fl-button--primary" part="free-line" href=${tel}><bdi dir="ltr">${freeLine.phone}</bdi></a>` : html`<bdi dir="ltr">${freeLine.phone}</bdi>`}
          ${freeLine.note ? view.line(freeLine.note) : nothing}
        </p>`
        : nothing
    }
    ${
      desks.length > 0
        ? html`<p class="label">${msg('Where to ask in Belgium', { id: 'reint.desks' })}</p>
          <ul class="desks" part="desks">
            ${desks.map(
              (desk) =>
                html`<li part="desk">${view.line(desk.name)} (${view.line(desk.organisation)})${
                  desk.contact?.phone && telHref(desk.contact.phone)
                    ? html` <a href=${telHref(desk.contact.phone)!}><bdi dir="ltr">${desk.contact.phone}</bdi></a>`
                    : nothing
                }</li>`,
            )}
          </ul>`
        : nothing
    }
    ${counsellorUrl ? html`<p><a class="fl-button" part="counsellor-link" href=${counsellorUrl}>${msg('Find a counsellor near you', { id: 'reint.counsellor.link' })}</a></p>` : nothing}
  </section>`;
}

/** The return as steps. */
export function renderProcess(view: CardsView): TemplateResult | typeof nothing {
  const process = view.data.process;
  if (!process || process.steps.length === 0) return nothing;
  // Title and text each a block in its own language: inline, an English step in an Arabic page is read
  // in a mixed order ("A counsellor looks at A first talk .1"). One "not in your language" note for all.
  const section = noteOnce(view);
  return html`<section class="process" part="process">
    ${heading(view.level(1), msg('How a return with support goes', { id: 'reint.process' }), 'process-heading', 'process-heading')}
    ${section.rich(process.text)}
    <ol class="process__steps" part="process-steps">
      ${process.steps.map((step) => html`<li part="process-step"><strong class="process__title">${view.line(step.title)}</strong>${step.text ? section.rich(step.text) : nothing}</li>`)}
    </ol>
  </section>`;
}

function mediaKind(kind: 'podcast' | 'fact-sheet' | 'video' | 'page'): string {
  switch (kind) {
    case 'podcast':
      return msg('Podcast', { id: 'reint.media.podcast' });
    case 'fact-sheet':
      return msg('Fact sheet', { id: 'reint.media.fact-sheet' });
    case 'video':
      return msg('Video', { id: 'reint.media.video' });
    default:
      return msg('Web page', { id: 'reint.media.page' });
  }
}

/** Podcasts, fact sheets and pages for the chosen country (or every country), with their language and length. */
export function renderMedia(view: CardsView, countryRecord: string | undefined): TemplateResult | typeof nothing {
  const media = view.data.media.filter(
    (item) => item.countries.length === 0 || (countryRecord !== undefined && item.countries.includes(countryRecord)),
  );
  if (media.length === 0) return nothing;
  return html`<section class="media" part="media">
    ${heading(view.level(1), msg('To read and listen to', { id: 'reint.media' }), 'media-heading', 'media-heading')}
    <ul class="media__list" part="media-list">
      ${media.map((item) => {
        const minutes = item.minutes !== undefined ? formatNumber(Math.round(item.minutes), view.locale) : '';
        const pages = item.pages ?? 0;
        const length =
          item.minutes !== undefined
            ? msg(str`${minutes} min`, { id: 'reint.media.minutes' })
            : pages > 0
              ? msg(str`${pages} pages`, { id: 'reint.media.pages' })
              : '';
        const language = languageName(item.language, view.locale);
        return html`<li part="media-item"><a href=${item.url} rel="noopener noreferrer" hreflang=${item.language}>${view.line(item.title)}</a>
          <span class="media__meta">(${[mediaKind(item.kind), language, length].filter(Boolean).join(', ')})</span></li>`;
      })}
    </ul>
  </section>`;
}
