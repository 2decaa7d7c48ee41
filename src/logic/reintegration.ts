/**
 * Which reintegration programmes apply to a country, the reader's filters by kind of support and by
 * profile, and which of a programme's offers apply to a nationality's visa regime. Pure: plain data in,
 * plain data out; amounts and their dates are ./amounts.ts's.
 */
import type { Criteria, Offer, OfferKind, Profile, Programme } from '../content/schema/reintegration.js';

type ProgrammeLike = Pick<Programme, 'id' | 'countries' | 'excludedCountries' | 'support' | 'offers' | 'criteria'>;

/** The programmes for one country: those made for it, and those that cover every country. */
export interface CountryProgrammes<P> {
  /** Programmes that name the country (in their `countries`, or the country record's `programmes`). */
  own: P[];
  /** Programmes for every country (`"all"`) that do not exclude it. */
  general: P[];
  /** Programmes for every country that exclude it: to say so, not to hide it silently. */
  excluded: P[];
}

/**
 * Sorts `programmes` for the country `code`. `listed` are the ids the country's record adds (its
 * `programmes`): a programme listed there counts as the country's own even when it covers every country.
 */
export function programmesFor<P extends ProgrammeLike>(programmes: readonly P[], code: string, listed: readonly string[] = []): CountryProgrammes<P> {
  const result: CountryProgrammes<P> = { own: [], general: [], excluded: [] };
  for (const programme of programmes) {
    const countries = programme.countries;
    if (listed.includes(programme.id) || (Array.isArray(countries) && countries.includes(code))) result.own.push(programme);
    else if (countries === 'all') (programme.excludedCountries.includes(code) ? result.excluded : result.general).push(programme);
  }
  return result;
}

/** The reader's filters: kinds of support and profiles (each empty: no filter). */
export interface ProgrammeFilters {
  kinds: readonly OfferKind[];
  profiles: readonly Profile[];
}

/** Whether criteria leave room for a profile: no profile named (open to everyone it is for), or that one. */
function fits(criteria: Pick<Criteria, 'profiles'> | undefined, profile: Profile): boolean {
  return !criteria || criteria.profiles.length === 0 || criteria.profiles.includes(profile);
}

/**
 * Whether a programme passes the filters: it gives at least one of the chosen kinds, and for each chosen
 * profile it is open to that profile (the programme's criteria, or one of its offers' criteria).
 */
function matchesFilters(programme: Pick<Programme, 'offers' | 'criteria'>, filters: ProgrammeFilters): boolean {
  if (filters.kinds.length > 0 && !programme.offers.some((offer) => filters.kinds.includes(offer.kind))) return false;
  return filters.profiles.every(
    (profile) =>
      fits(programme.criteria, profile) && (programme.offers.length === 0 || programme.offers.some((offer) => fits(offer.criteria, profile))),
  );
}

/** The programmes that pass the filters, in their order. */
export function filterProgrammes<P extends Pick<Programme, 'offers' | 'criteria'>>(programmes: readonly P[], filters: ProgrammeFilters): P[] {
  return programmes.filter((programme) => matchesFilters(programme, filters));
}

/** An offer with whether it applies to the country's visa regime. */
export interface OfferFor {
  offer: Offer;
  /** `yes`: it applies; `no`: its regime differs; `unknown`: it depends on a regime the content does not give for the country. */
  applies: 'yes' | 'no' | 'unknown';
}

/**
 * A programme's offers for a nationality whose visa regime is `regime` (undefined when no source gives
 * it): an offer for another regime does not apply; with the regime unknown, an offer that depends on it
 * is kept and marked, so that the reader sees each case with its condition and asks which applies.
 */
export function offersFor(offers: readonly Offer[], regime: Criteria['regime']): OfferFor[] {
  return offers.map((offer) => {
    const needs = offer.criteria?.regime;
    return { offer, applies: !needs ? 'yes' : !regime ? 'unknown' : needs === regime ? 'yes' : 'no' };
  });
}

/** Whether a programme gives money, support in kind, or both (services aside): the card says so. */
export function formOf(offers: readonly Pick<Offer, 'form'>[]): 'cash' | 'in-kind' | 'both' | undefined {
  const cash = offers.some((offer) => offer.form === 'cash');
  const kind = offers.some((offer) => offer.form === 'in-kind');
  return cash && kind ? 'both' : cash ? 'cash' : kind ? 'in-kind' : undefined;
}

/** Codes from an attribute (`"MA BR"`, `"ma,br"`): capitals, two letters each, duplicates removed. */
export function parseCodes(value: string | null | undefined): string[] {
  return [
    ...new Set(
      (value ?? '')
        .split(/[\s,]+/)
        .map((code) => code.trim().toUpperCase())
        .filter((code) => /^[A-Z]{2}$/.test(code)),
    ),
  ];
}
