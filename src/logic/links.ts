/**
 * The links the elements offer: tap-to-call, e-mail, website, OpenStreetMap directions. Pure: the URLs are
 * built from content that the schema already checked (phone, e-mail and website formats), and never
 * throw on what it did not (a device copy is not checked again).
 */
import type { Address } from '../content/schema/common.js';
import { toWellFormed } from '../internal/unicode.js';
import type { LatLon } from './geo.js';

/**
 * A `tel:` link (RFC 3966, global form) for a phone number as written in Belgium or abroad:
 * `02 488 97 77`, `+32 2 488 97 77`, `+32 (0)2 488 97 77` and `0032 2/488.97.77` all give
 * `tel:+3224889777`. Short numbers (`1712`, `112`) stay as they are. Undefined when nothing diallable is left.
 */
export function telHref(phone: string): string | undefined {
  // The "(0)" of "+32 (0)2 ..." is dialled only from inside the country: from a phone it breaks the number.
  const digits = phone.replace(/\(0\)/g, '').replace(/[^\d+]/g, '');
  if (!/^\+?\d{3,}$/.test(digits)) return undefined;
  if (digits.startsWith('+')) return `tel:${digits}`;
  if (digits.startsWith('00')) return `tel:+${digits.slice(2)}`;
  if (digits.startsWith('0') && digits.length >= 9) return `tel:+32${digits.slice(1)}`;
  return `tel:${digits}`;
}

/** A `mailto:` link; the address is encoded so that no header can be smuggled into it. Never throws. */
export function mailtoHref(email: string): string {
  return `mailto:${encodeURIComponent(toWellFormed(email.trim())).replace(/%40/g, '@')}`;
}

/** The host name of a website, for link text (`https://www.caritas.be/fr/` -> `caritas.be`). */
export function websiteLabel(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}

const round = (x: number) => Math.round(x * 1e5) / 1e5;

/** An address on one line for a map search: `Rue Haute 1, 1000 Bruxelles, Belgium`. */
export function addressLine(address: Address, municipality: string): string {
  return [address.street, `${address.postcode} ${municipality}`].filter(Boolean).join(', ');
}

/** What a card's map link offers: directions to an exact place, or a map of the area when only that is known. */
export interface MapLink {
  kind: 'directions' | 'map';
  href: string;
}

/**
 * The OpenStreetMap link for a location. With an exact point: directions to it, the map opened on it (the
 * reader fills in where they start, on openstreetmap.org). With a street address but only an approximate point:
 * directions to the address. With only a postcode and municipality: a map search of that place, since
 * directions to a municipality's centre would lead the reader to the wrong door. Nothing is requested
 * from OpenStreetMap until the reader follows the link.
 */
export function osmLink(location: { point?: LatLon; exact: boolean; address?: Address; municipality?: string }): MapLink | undefined {
  // A point that is not two numbers (a device copy is not checked again) gives no link to nowhere.
  if (location.point && !(Number.isFinite(location.point.lat) && Number.isFinite(location.point.lon))) return undefined;
  if (location.point && location.exact) {
    const lat = round(location.point.lat);
    const lon = round(location.point.lon);
    return { kind: 'directions', href: `https://www.openstreetmap.org/directions?to=${lat}%2C${lon}#map=17/${lat}/${lon}` };
  }
  if (!location.address) return undefined;
  // A broken character in the street must not take the card down: encodeURIComponent throws on it.
  const line = toWellFormed(`${addressLine(location.address, location.municipality ?? '')}, Belgium`);
  if (location.address.street) {
    return { kind: 'directions', href: `https://www.openstreetmap.org/directions?to=${encodeURIComponent(line)}` };
  }
  return { kind: 'map', href: `https://www.openstreetmap.org/search?query=${encodeURIComponent(line)}` };
}
