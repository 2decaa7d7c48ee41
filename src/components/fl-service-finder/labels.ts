/**
 * Words the service finder shows in several places (filters, chips, cards). Functions, not constants:
 * msg() must run during render, in the element's language.
 */
import { msg, str } from '@lit/localize';
import type { Access, Audience } from '../../content/schema/services.js';
import { formatNumber, languageName } from '../../i18n/format.js';

export const openNowLabel = () => msg('Open now', { id: 'finder.open-now' });
export const noPapersLabel = () => msg('No residence papers needed', { id: 'finder.no-papers' });
export const walkInLabel = () => msg('Walk in without an appointment', { id: 'finder.walk-in' });

/**
 * A typed place the table does not hold. Never "no such place": the table lists municipalities and
 * postcodes, not every village, district or spelling a reader may use.
 */
export const placeNotFoundLabel = (place: string) =>
  msg(str`“${place}” was not found. Try a postcode (4 digits) or the name of the municipality.`, { id: 'finder.place.not-found' });

/** "10 km" in the reader's way. */
export const kmLabel = (km: number, locale: string) =>
  formatNumber(km, locale, { style: 'unit', unit: 'kilometer', maximumFractionDigits: km < 10 ? 1 : 0 });

const languageLabels = new Map<string, string>();

/** A language's name in the interface language, with its own name when that differs: "Arabic (العربية)". */
export function languageLabel(tag: string, locale: string): string {
  const key = `${tag}|${locale}`;
  let label = languageLabels.get(key);
  if (label === undefined) {
    const name = languageName(tag, locale);
    const own = languageName(tag, tag);
    label = own && own !== tag && own.toLowerCase() !== name.toLowerCase() ? `${name} (${own})` : name;
    languageLabels.set(key, label);
  }
  return label;
}

export function audienceLabel(audience: Audience): string {
  switch (audience) {
    case 'families':
      return msg('Families', { id: 'finder.audience.families' });
    case 'minors':
      return msg('Children and young people under 18', { id: 'finder.audience.minors' });
    case 'unaccompanied-minors':
      return msg('Children under 18 without their parents', { id: 'finder.audience.unaccompanied-minors' });
    case 'women':
      return msg('Women', { id: 'finder.audience.women' });
    case 'men':
      return msg('Men', { id: 'finder.audience.men' });
    case 'medical-needs':
      return msg('People who need medical care', { id: 'finder.audience.medical-needs' });
    case 'older-people':
      return msg('Older people', { id: 'finder.audience.older-people' });
    case 'people-with-disabilities':
      return msg('People with disabilities', { id: 'finder.audience.people-with-disabilities' });
    case 'lgbtqi':
      return msg('LGBTQI+ people', { id: 'finder.audience.lgbtqi' });
  }
}

/** The access facts a card lists in its details, each answered yes, no or not known. */
export const ACCESS_FACTS = ['noPapersNeeded', 'noIdNeeded', 'anonymous', 'walkIn', 'appointment', 'referralNeeded'] as const;
export type AccessFact = (typeof ACCESS_FACTS)[number];

export function accessFactLabel(fact: AccessFact): string {
  switch (fact) {
    case 'noPapersNeeded':
      return msg('Help without residence papers', { id: 'finder.fact.no-papers' });
    case 'noIdNeeded':
      return msg('Help without an identity document', { id: 'finder.fact.no-id' });
    case 'anonymous':
      return msg('Help without giving your name', { id: 'finder.fact.anonymous' });
    case 'walkIn':
      return msg('Walk in without an appointment', { id: 'finder.fact.walk-in' });
    case 'appointment':
      return msg('Help by appointment', { id: 'finder.fact.appointment' });
    case 'referralNeeded':
      return msg('You need a letter from another service', { id: 'finder.fact.referral' });
  }
}

export function answerLabel(value: boolean | undefined): string {
  if (value === true) return msg('Yes', { id: 'finder.answer.yes' });
  if (value === false) return msg('No', { id: 'finder.answer.no' });
  return msg('Not known', { id: 'finder.answer.unknown' });
}

/** A badge on a card: its words and whether it says yes (a check), no (a cross) or not known (a question mark). */
export interface Badge {
  text: string;
  tone: 'yes' | 'no' | 'unknown';
}

/**
 * The badges of a card, most important first. Papers are always answered (yes, no or not known): it is
 * what most readers need to know first. Other facts show only when the content says yes.
 */
export function accessBadges(
  access: Access,
  extra: { free?: boolean | undefined; interpreters?: boolean | undefined; remote?: boolean | undefined },
): Badge[] {
  const badges: Badge[] = [];
  if (access.noPapersNeeded === true) badges.push({ text: noPapersLabel(), tone: 'yes' });
  else if (access.noPapersNeeded === false) badges.push({ text: msg('Residence papers needed', { id: 'finder.badge.papers-needed' }), tone: 'no' });
  else badges.push({ text: msg('Not known if papers are needed', { id: 'finder.badge.papers-unknown' }), tone: 'unknown' });
  if (access.walkIn === true) badges.push({ text: msg('Walk in', { id: 'finder.badge.walk-in' }), tone: 'yes' });
  if (access.appointment === true) badges.push({ text: msg('By appointment', { id: 'finder.badge.appointment' }), tone: 'yes' });
  if (access.noIdNeeded === true) badges.push({ text: msg('No ID needed', { id: 'finder.badge.no-id' }), tone: 'yes' });
  if (access.anonymous === true) badges.push({ text: msg('Anonymous', { id: 'finder.badge.anonymous' }), tone: 'yes' });
  if (extra.free === true) badges.push({ text: msg('Free', { id: 'finder.badge.free' }), tone: 'yes' });
  if (extra.interpreters === true) badges.push({ text: msg('Interpreters', { id: 'finder.badge.interpreters' }), tone: 'yes' });
  if (access.referralNeeded === true) badges.push({ text: msg('Referral needed', { id: 'finder.badge.referral' }), tone: 'no' });
  if (extra.remote === true) badges.push({ text: msg('By phone or online only', { id: 'finder.badge.remote' }), tone: 'yes' });
  return badges;
}

/** "Services found: 12", or "No services found." */
export function countAnnouncement(total: number): string {
  return total === 0 ? msg('No services found.', { id: 'finder.results.none' }) : msg(str`Services found: ${total}`, { id: 'finder.results.found' });
}
