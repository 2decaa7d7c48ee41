/**
 * What is wrong with a service finder's pre-filters (its host's attributes) for the content, in words for
 * the page's developers. A module of its own: the finder loads it only when the host set pre-filters.
 */
import type { PlaceIndex } from './geo.js';
import { languageOf, resolvePlaceInput, type FinderState } from './finder.js';

/**
 * What is wrong with the host's pre-filters for this content, in words for the page's developers.
 * `spoken`: the languages (primary subtags) the content's services speak.
 */
export function prefilterProblems(
  defaults: FinderState,
  categories: ReadonlyMap<string, unknown>,
  places: PlaceIndex | undefined,
  spoken: readonly string[] = [],
): string[] {
  const problems: string[] = [];
  for (const id of defaults.categories) {
    if (!categories.has(id)) problems.push(`category "${id}" is not in the content's taxonomy (${[...categories.keys()].join(', ')})`);
  }
  for (const tag of defaults.languages) {
    if (!spoken.includes(languageOf(tag))) {
      problems.push(`language "${tag}" is not spoken at any service of the content (languages: ${spoken.join(', ')})`);
    }
  }
  if (defaults.place && places && !resolvePlaceInput(places, defaults.place)) {
    problems.push(`"${defaults.place}" is not a Belgian postcode, municipality name or NIS code`);
  }
  return problems;
}
