import type { ServiceLocation } from '../../content/schema/services.js';
import { postcodeLanguages } from '../../logic/place-languages.js';
import { addressLine } from '../../logic/links.js';
import { localizedText } from '../parts/localized.js';
import type { Pick } from './text.js';

/** The address on one line, in the language of the municipality's name (a Dutch name reads left to right in Arabic too). */
export function addressText(location: ServiceLocation, pick: Pick): ReturnType<typeof localizedText> | undefined {
  const address = location.address;
  if (!address) return undefined;
  const municipality = pick(address.municipality, postcodeLanguages(address.postcode));
  return localizedText({ text: addressLine(address, municipality?.text ?? ''), lang: municipality?.lang ?? 'fr' });
}
