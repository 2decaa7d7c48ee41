/**
 * What shows once a country is chosen: its partners and dated notes, the filters as removable chips, and a
 * card per programme (what it gives, for whom, amounts with their date and source, cash or in kind, time
 * limits, the partner there; details open in place; last reviewed, sources, "report a mistake"). A chunk of
 * its own: a reader who has not chosen a country does not download it.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { Criteria, CountryInfo, Offer, OfferKind, Programme } from '../../content/schema/reintegration.js';
import { formatContentDate } from '../../i18n/format.js';
import { amountsOn } from '../../logic/amounts.js';
import { feedbackHref } from '../../logic/feedback.js';
import { filterProgrammes, formOf, offersFor, programmesFor } from '../../logic/reintegration.js';
import { compareDates } from '../../logic/zoned-time.js';
import { amountLine, checked, sourceLink } from '../parts/facts.js';
import { comma, noteOnce } from '../parts/localized.js';
import { heading } from '../parts/heading.js';
import { guardedRecord } from '../parts/record-guard.js';
import { KINDS, PROFILE_LIST, kindLabel, profileLabel } from './labels.js';
import type { CardsView } from './view.js';

function formLabel(form: 'cash' | 'in-kind' | 'both' | 'service'): string {
  switch (form) {
    case 'cash':
      return msg('Money', { id: 'reint.form.cash' });
    case 'in-kind':
      return msg('In kind, not money', { id: 'reint.form.in-kind' });
    case 'both':
      return msg('Money and support in kind', { id: 'reint.form.both' });
    default:
      return msg('A service', { id: 'reint.form.service' });
  }
}

function timeLimit(offer: Offer, view: CardsView): TemplateResult | typeof nothing {
  const limit = offer.timeLimit;
  if (!limit) return nothing;
  const months = limit.months ?? 0;
  const days = limit.days ?? 0;
  const span =
    months > 0
      ? msg(str`Time limit: ${months} months from`, { id: 'reint.limit.months' })
      : msg(str`Time limit: ${days} days from`, { id: 'reint.limit.days' });
  return html`<p class="limit" part="time-limit">${span} ${view.line(limit.from)} (${sourceLink(limit.source)})</p>`;
}

/**
 * One offer: its kind and form, its amounts that apply today with their source, its condition, time limit
 * and amount note (unless `sharedNote`: the card says it once after its offers).
 */
function renderOffer(offer: Offer, view: CardsView, sharedNote: boolean): TemplateResult {
  const { current } = amountsOn(offer.amounts, view.today);
  return html`<li class="offer" part="offer">
    <p class="offer__kind"><strong>${kindLabel(offer.kind)}</strong> · <span part="form">${formLabel(offer.form)}</span></p>
    ${offer.criteria?.text ? view.rich(offer.criteria.text, 'condition') : nothing}
    ${
      current.length > 0
        ? html`<ul class="amounts" part="amounts">
          ${current.map((amount) => html`<li>${amountLine(amount, view)} (${msg('source', { id: 'reint.source' })}: ${sourceLink(amount.source)})</li>`)}
        </ul>`
        : nothing
    }
    ${sharedNote ? nothing : view.rich(offer.amountNote, 'amount-note')} ${view.rich(offer.text)} ${timeLimit(offer, view)}
  </li>`;
}

function criteriaDetails(criteria: Criteria | undefined, view: CardsView): TemplateResult | typeof nothing {
  if (!criteria) return nothing;
  const statuses = criteria.statuses.map((status) => {
    switch (status) {
      case 'irregular-stay':
        return msg('people without a residence permit', { id: 'reint.status.irregular' });
      case 'asylum-applicant':
        return msg('people who applied for asylum', { id: 'reint.status.applicant' });
      case 'refused-asylum':
        return msg('people whose asylum application was refused', { id: 'reint.status.refused' });
      case 'protection':
        return msg('people with international protection', { id: 'reint.status.protection' });
      default:
        return msg('citizens of the European Union', { id: 'reint.status.eu' });
    }
  });
  return html`<div class="criteria" part="criteria">
    <p class="label">${msg('Who it is for', { id: 'reint.for-whom' })}</p>
    ${statuses.length > 0 ? html`<p>${msg('Open to:', { id: 'reint.open-to' })} ${statuses.join('; ')}</p>` : nothing}
    ${
      criteria.vulnerability === 'required'
        ? html`<p>${msg('Only for people in a vulnerable situation.', { id: 'reint.vulnerability.required' })}</p>`
        : criteria.vulnerability === 'considered'
          ? html`<p>${msg('A vulnerable situation is taken into account.', { id: 'reint.vulnerability.considered' })}</p>`
          : nothing
    }
    ${view.rich(criteria.text)}
  </div>`;
}

function partnersOf(programme: Programme, country: CountryInfo | undefined): CountryInfo['partners'] {
  return country ? country.partners.filter((partner) => partner.programmes.length === 0 || partner.programmes.includes(programme.id)) : [];
}

/** One programme's card (its list item is the caller's). */
function renderCard(programme: Programme, code: string, country: CountryInfo | undefined, cards: CardsView): TemplateResult {
  // "This text is not available in Arabic..." once per card, not before each of its paragraphs.
  const view = noteOnce(cards);
  const offers = offersFor(programme.offers, country?.regime?.value).filter((item) => item.applies !== 'no');
  const unknownRegime = offers.some((item) => item.applies === 'unknown');
  const form = formOf(offers.map((item) => item.offer));
  // An amount note that several offers give ("No figure after 2022 was found...") shows once, after them.
  const noteText = (offer: Offer) => view.pick(offer.amountNote)?.text;
  const notes = offers.map((item) => noteText(item.offer));
  const shared = offers.find((_, i) => notes[i] !== undefined && notes.indexOf(notes[i]) !== notes.lastIndexOf(notes[i]))?.offer;
  const sharedText = shared ? noteText(shared) : undefined;
  const partners = partnersOf(programme, country);
  const open = view.isOpen(programme.id);
  const panel = `details-${programme.id}`;
  const report = feedbackHref(view.data.feedback, programme.id, msg('A mistake in', { id: 'reint.report-subject' }));
  const name = view.countryLabel(code);
  return html`<article aria-labelledby=${`title-${programme.id}`}>
      ${heading(view.level(2), view.line(programme.name), 'card-title', `title-${programme.id}`)}
      <p class="organisation" part="organisation">${view.line(programme.organisation)}</p>
      ${programme.example ? html`<p class="example" part="example-flag">${msg('Example', { id: 'reint.example' })}</p>` : nothing}
      ${view.rich(programme.summary, 'summary')}
      ${form ? html`<p class="form" part="card-form"><strong>${formLabel(form)}</strong></p>` : nothing}
      ${offers.length > 0 ? html`<ul class="offers" part="offers">${offers.map((item) => renderOffer(item.offer, view, sharedText !== undefined && noteText(item.offer) === sharedText))}</ul>` : nothing}
      ${shared ? view.rich(shared.amountNote, 'amount-note') : nothing}
      ${
        unknownRegime
          ? html`<p class="regime" part="regime-note">${msg(str`Which amount applies depends on whether nationals of ${name} need a visa for Belgium: ask a counsellor.`, { id: 'reint.regime-unknown' })}</p>`
          : nothing
      }
      ${
        partners.length > 0
          ? html`<div class="partners" part="partners">
            <p class="label">${msg(str`Partner in ${name}`, { id: 'reint.partner' })}</p>
            <ul>${partners.map((partner) => html`<li>${view.line(partner.name)}${partner.city ? html`${comma()}${view.line(partner.city)}` : nothing}</li>`)}</ul>
          </div>`
          : nothing
      }
      <p class="more">
        <button type="button" class="fl-link-button" part="details-toggle" aria-expanded=${open ? 'true' : 'false'} aria-controls=${panel} @click=${() => view.setOpen(programme.id, !open)}>
          ${open ? msg('Fewer details', { id: 'reint.details.hide' }) : msg('More details', { id: 'reint.details.show' })}<span class="fl-visually-hidden">: ${view.line(programme.name)}</span>
        </button>
      </p>
      <div id=${panel} class="details" part="details" ?hidden=${!open}>
        ${
          open
            ? html`${view.rich(programme.description)} ${criteriaDetails(programme.criteria, view)} ${view.rich(programme.eligibility)}
            ${programme.howToApply ? html`<p class="label">${msg('How to apply', { id: 'reint.how-to-apply' })}</p>${view.rich(programme.howToApply)}` : nothing}
            ${programme.links.length > 0 ? html`<ul class="links">${programme.links.map((link) => html`<li><a href=${link.url} rel="noopener noreferrer">${view.line(link.label)}</a></li>`)}</ul>` : nothing}`
            : nothing
        }
      </div>
      ${checked(programme.reviewed, programme.sources, view.locale, 'checked')}
      ${report ? html`<p class="report"><a part="report-link" href=${report} rel="noopener noreferrer">${msg('Report a mistake in this card', { id: 'reint.report' })}</a></p>` : nothing}
    </article>`;
}

function toggle(label: string, pressed: boolean, onClick: () => void): TemplateResult {
  return html`<button type="button" class="fl-button toggle" part="filter" aria-pressed=${pressed ? 'true' : 'false'} @click=${onClick}>${label}</button>`;
}

/** The filters: a toggle per kind the programmes give and per profile, and the chosen ones as removable chips. */
function renderFilters(kinds: readonly OfferKind[], view: CardsView): TemplateResult {
  const chips = [
    ...view.kinds.map((kind) => ({ label: kindLabel(kind), remove: () => view.toggleKind(kind) })),
    ...view.profiles.map((profile) => ({ label: profileLabel(profile), remove: () => view.toggleProfile(profile) })),
  ];
  return html`<div class="filters" part="filters">
    <div role="group" aria-labelledby="kinds-label" class="filter-group">
      <p class="label" id="kinds-label">${msg('Kind of support', { id: 'reint.filter.kinds' })}</p>
      ${kinds.map((kind) => toggle(kindLabel(kind), view.kinds.includes(kind), () => view.toggleKind(kind)))}
    </div>
    <div role="group" aria-labelledby="profiles-label" class="filter-group">
      <p class="label" id="profiles-label">${msg('Who is going back', { id: 'reint.filter.profiles' })}</p>
      ${PROFILE_LIST.map((profile) => toggle(profileLabel(profile), view.profiles.includes(profile), () => view.toggleProfile(profile)))}
    </div>
    ${
      chips.length > 0
        ? html`<div class="chips" part="chips">
          <p class="label" id="chips-label">${msg('Your choices:', { id: 'reint.chips' })}</p>
          <ul aria-labelledby="chips-label">
            ${chips.map(
              (chip) => html`<li>
                <button type="button" class="chip" part="chip" aria-label=${msg(str`Remove filter: ${chip.label}`, { id: 'reint.chip.remove' })} @click=${chip.remove}>
                  <span>${chip.label}</span><span aria-hidden="true"> ×</span>
                </button>
              </li>`,
            )}
          </ul>
          ${chips.length > 1 ? html`<button type="button" class="fl-link-button" part="clear" @click=${() => view.clearFilters()}>${msg('Clear all', { id: 'reint.clear' })}</button>` : nothing}
        </div>`
        : nothing
    }
  </div>`;
}

function countryFacts(country: CountryInfo | undefined, view: CardsView): TemplateResult | typeof nothing {
  if (!country) return nothing;
  return html`${view.rich(country.notes, 'country-notes')}
    ${
      country.updates.length > 0
        ? html`<ul class="updates" part="country-updates">
          ${[...country.updates]
            .sort((a, b) => compareDates(b.date, a.date))
            .map(
              (note) =>
                html`<li><strong>${formatContentDate(note.date, view.locale)}</strong>: ${view.rich(note.text, 'inline')} ${note.sources.map((url) => html` (${sourceLink(url)})`)}</li>`,
            )}
        </ul>`
        : nothing
    }`;
}

/** The country search, with the text folding it needs: in this chunk too, loaded when a reader starts typing. */
export { countryEntries, searchCountries } from '../../logic/countries.js';

/** Everything for the chosen country. */
export function renderCountry(code: string, view: CardsView): TemplateResult {
  const data = view.data;
  const country = data.countries.find((record) => record.country === code);
  const { own, general, excluded } = programmesFor(data.programmes, code, country?.programmes);
  const all = [...own, ...general];
  const kinds = KINDS.filter((kind) => view.kinds.includes(kind) || all.some((programme) => programme.offers.some((offer) => offer.kind === kind)));
  const filters = { kinds: view.kinds, profiles: view.profiles };
  const shownOwn = filterProgrammes(own, filters);
  const shownGeneral = filterProgrammes(general, filters);
  // A page at a time: the country's own programmes first, then those for every country.
  const pageOwn = shownOwn.slice(0, view.limit);
  const pageGeneral = shownGeneral.slice(0, Math.max(0, view.limit - pageOwn.length));
  const name = view.countryLabel(code);
  const cards = (list: readonly Programme[]) =>
    html`<ul class="cards" part="cards">
      ${list.map(
        (programme) =>
          html`<li class="card" part="card" data-programme=${programme.id}>
            ${guardedRecord(() => renderCard(programme, code, country, view), `the programme "${programme.id}"`)}
          </li>`,
      )}
    </ul>`;
  const none = shownOwn.length + shownGeneral.length === 0 && all.length > 0;
  return html`<section class="country" part="country">
    ${heading(view.level(1), msg(str`Support for a return to ${name}`, { id: 'reint.country.title' }), 'country-heading', 'country-heading')}
    ${countryFacts(country, view)} ${all.length > 0 ? renderFilters(kinds, view) : nothing}
    ${
      own.length === 0
        ? html`<p class="no-own" part="no-own"><strong>${msg(str`There is no programme of its own for ${name} in this information.`, { id: 'reint.no-own' })}</strong>
          ${general.length > 0 ? msg('These programmes are for every country:', { id: 'reint.general-intro' }) : nothing}</p>`
        : cards(pageOwn)
    }
    ${own.length > 0 && pageGeneral.length > 0 ? html`<p class="label">${msg('Also for every country:', { id: 'reint.general-also' })}</p>` : nothing}
    ${pageGeneral.length > 0 ? cards(pageGeneral) : nothing} ${view.more(shownOwn.length + shownGeneral.length)}
    ${none ? html`<p part="no-match">${msg('No programme matches these filters.', { id: 'reint.no-match' })}</p>` : nothing}
    ${
      excluded.length > 0
        ? html`<p part="excluded">${msg(str`Not for ${name}:`, { id: 'reint.excluded' })} ${excluded.map((programme, i) => html`${i > 0 ? ', ' : nothing}${view.line(programme.name)}`)}</p>`
        : nothing
    }
  </section>`;
}
