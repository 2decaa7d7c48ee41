/**
 * One result: a service's name, organisation, types of help, access badges, open now and today's hours,
 * address and distance, languages, tap-to-call, e-mail, website and directions; the rest (description,
 * who can get help, cost, access facts, every location's hours for the next seven days, sources) opens in place.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { Contact } from '../../content/schema/common.js';
import type { ServiceLocation } from '../../content/schema/services.js';
import { formatList } from '../../i18n/format.js';
import { primaryLanguage } from '../../i18n/negotiate.js';
import { haversineKm, type LatLon } from '../../logic/geo.js';
import { placeTextLanguages, postcodeLanguages } from '../../logic/place-languages.js';
import type { FinderIndex } from '../../logic/finder-index.js';
import type { SearchHit } from '../../logic/search.js';
import { safeLinkUrl } from '../../internal/safe-url.js';
import { mailtoHref, osmLink, telHref, websiteLabel } from '../../logic/links.js';
import { exampleFlag } from '../parts/content-status.js';
import { disclosure } from '../parts/disclosure.js';
import { heading } from '../parts/heading.js';
import { pieceLoading, type PieceLoad } from '../parts/status.js';
import { forName, localizedText } from '../parts/localized.js';
import { addressText } from './address.js';
import { hoursSummary } from './hours.js';
import { icon } from './icons.js';
import { accessBadges, kmLabel, languageLabel } from './labels.js';
import type { RenderContext } from '../base/render-context.js';
import type { Pick } from './text.js';

/** What a card needs from the element: the render context (card titles are at `level(1)`), and more. */
export interface CardContext extends RenderContext {
  index: FinderIndex;
  /** The content is example content (manifest status `example`): every card says so. */
  example: boolean;
  /** Where distances are measured from, to pick the nearest location. */
  origin?: LatLon;
  /** Whether the reader opened this service's details (their content is only rendered then). */
  isOpen(serviceId: string): boolean;
  /** The reader opened or closed a service's details. */
  toggled(serviceId: string, open: boolean): void;
  /** Prints this service's card alone, its details open. */
  print(serviceId: string): void;
  /** Renders a card's details (./card-details.ts, a chunk loaded when the reader first opens one); undefined until then. */
  details?: ((hit: SearchHit, ctx: CardContext) => TemplateResult) | undefined;
  /** Whether the details' load failed (their place then says so). */
  detailsLoad?: PieceLoad;
}

/** The DOM id of a card's title (for focus after "show more"). */
const cardTitleId = (serviceId: string) => `service-${serviceId}`;

/** The location a card shows first: the nearest to the origin, else the first listed. */
function primaryLocation(locations: readonly ServiceLocation[], origin: LatLon | undefined): ServiceLocation | undefined {
  if (!origin) return locations[0];
  let best: ServiceLocation | undefined;
  let bestKm = Infinity;
  for (const location of locations) {
    const km = location.geo ? haversineKm(origin, location.geo) : Infinity;
    if (km < bestKm || !best) {
      best = location;
      bestKm = km;
    }
  }
  return best;
}

function contactActions(contact: Contact, location: ServiceLocation | undefined, pick: Pick, serviceName: string): TemplateResult[] {
  const actions: TemplateResult[] = [];
  const tel = contact.phone ? telHref(contact.phone) : undefined;
  if (tel) {
    actions.push(
      html`<a class="fl-button action" href=${tel}>${icon('phone')}<span>${msg(str`Call ${contact.phone}`, { id: 'finder.card.call' })}</span></a>`,
    );
  }
  if (contact.email) {
    actions.push(html`<a class="fl-button action" href=${mailtoHref(contact.email)}>${icon('mail')}<span>${contact.email}</span></a>`);
  }
  // Every address from content is checked again here: a device copy is not validated when it is read.
  const website = contact.website === undefined ? undefined : safeLinkUrl(contact.website);
  if (website) {
    actions.push(
      html`<a class="fl-button action" href=${website} rel="noopener noreferrer">${icon('globe')}<span
          >${msg(str`Website: ${websiteLabel(website)}`, { id: 'finder.card.website' })}</span
        ></a>`,
    );
  }
  if (location) {
    const municipality = location.address ? pick(location.address.municipality, postcodeLanguages(location.address.postcode))?.text : undefined;
    const link = osmLink({
      ...(location.geo ? { point: location.geo } : {}),
      exact: location.geoPrecision === 'exact',
      ...(location.address ? { address: location.address } : {}),
      ...(municipality ? { municipality } : {}),
    });
    if (link) {
      const label =
        link.kind === 'directions'
          ? msg('Directions on OpenStreetMap', { id: 'finder.card.directions' })
          : msg('Map on OpenStreetMap', { id: 'finder.card.map' });
      // Ten cards, ten links: each one's name starts with the service it is for.
      actions.push(
        html`<a class="fl-button action" href=${link.href} rel="noopener noreferrer">${icon('pin')}${forName(serviceName)}<span>${label}</span></a>`,
      );
    }
  }
  return actions;
}

/**
 * How far: "1.2 km away"; measured to a municipality's centre, "About 3 km away" (whole km) or "Less than
 * 1 km away", so that a centre never passes for the door.
 */
function distanceText(km: number, approximate: boolean, locale: string): string {
  if (km < 1 && (approximate || km < 0.1)) return msg('Less than 1 km away', { id: 'finder.card.distance-near' });
  if (approximate) return msg(str`About ${kmLabel(Math.round(km), locale)} away`, { id: 'finder.card.distance-approx' });
  return msg(str`${kmLabel(km, locale)} away`, { id: 'finder.card.distance' });
}

/** A result card. */
export function serviceCard(hit: SearchHit, ctx: CardContext): TemplateResult {
  const service = hit.service;
  const organization = ctx.index.organizationById.get(service.organization);
  const location = primaryLocation(service.locations, ctx.origin);
  const contact: Contact = { ...organization?.contact, ...service.contact, ...location?.contact };
  const categories = service.categories
    .map((id) => ctx.pick(ctx.index.categoryById.get(id)?.label)?.text)
    .filter((label): label is string => label !== undefined);
  const badges = accessBadges(service.access, { free: service.cost?.free, interpreters: service.interpreters, remote: service.remote });
  const address = location ? addressText(location, ctx.pick) : undefined;
  const distance = hit.distanceKm === undefined ? undefined : distanceText(hit.distanceKm, hit.distanceApproximate === true, ctx.locale);
  const languages = [...new Set(service.languages.map(primaryLanguage))];
  const name = ctx.pick(service.name);
  const actions = contactActions(contact, location, ctx.pick, name?.text ?? '');
  return html`<article class="card" part="card" aria-labelledby=${cardTitleId(service.id)}>
    ${heading(ctx.level(1), localizedText(name), 'card-title', cardTitleId(service.id))}
    ${service.example || ctx.example ? exampleFlag() : nothing}
    ${
      organization
        ? html`<p class="card__org" part="card-organization">${localizedText(ctx.pick(organization.name, placeTextLanguages(location?.address?.postcode)))}</p>`
        : nothing
    }
    ${categories.length > 0 ? html`<p class="card__categories">${categories.join(' · ')}</p>` : nothing}
    <ul class="badges" part="badges">
      ${badges.map((badge) => html`<li class="badge" data-tone=${badge.tone}>${icon(badge.tone)}<span>${badge.text}</span></li>`)}
    </ul>
    ${location?.schedule ? hoursSummary(location.schedule, ctx.now, ctx.locale) : nothing}
    ${
      address || distance
        ? html`<p class="card__address">${icon('pin')}<span
            >${address ?? nothing}${address && distance ? html`<span aria-hidden="true"> · </span>` : nothing}${
              distance ? html`<span class="distance">${distance}</span>` : nothing
            }</span
          ></p>`
        : nothing
    }
    ${
      languages.length > 0
        ? html`<p class="card__languages">
          ${msg(
            str`Languages: ${formatList(
              languages.map((tag) => languageLabel(tag, ctx.locale)),
              ctx.locale,
              'unit',
            )}`,
            {
              id: 'finder.card.languages',
            },
          )}
        </p>`
        : nothing
    }
    ${actions.length > 0 ? html`<ul class="actions" part="card-actions">${actions.map((action) => html`<li>${action}</li>`)}</ul>` : nothing}
    ${disclosure({
      // Heard with the service's name first: ten cards, ten different summaries.
      summary: html`${forName(localizedText(name))}${msg('More about this service', { id: 'finder.card.more' })}`,
      // Built when opened: ten cards of week tables and facts would slow every key press down.
      content: ctx.isOpen(service.id) ? (ctx.details?.(hit, ctx) ?? pieceLoading(ctx.detailsLoad)) : nothing,
      open: ctx.isOpen(service.id),
      onToggle: (open) => ctx.toggled(service.id, open),
      part: 'card-details',
    })}
  </article>`;
}
