/**
 * Language-tag matching: pure functions, no DOM. Tags are BCP 47 (`fr-BE`, `zh-Hant-TW`); matching is
 * case-insensitive and drops subtags from the end until something matches (`fr-BE` -> `fr`).
 */

/** The tag in canonical form (`FR-be` -> `fr-BE`), or undefined when it is not a valid tag. */
export function canonicalTag(tag: string | null | undefined): string | undefined {
  if (!tag) return undefined;
  try {
    return Intl.getCanonicalLocales(tag.trim().replace(/_/g, '-'))[0];
  } catch {
    return undefined;
  }
}

/** The language subtag alone, lower case: `fr-BE` -> `fr`, `AR` -> `ar`. Empty for an empty tag. */
export function primaryLanguage(tag: string): string {
  return tag.split(/[-_]/)[0]!.toLowerCase();
}

/**
 * The tag and each shorter form of it, longest first: `zh-Hant-TW` -> `zh-Hant-TW`, `zh-Hant`, `zh`.
 * Extension sections (`-u-...`, `-x-...`) are dropped first.
 */
export function tagFallbacks(tag: string): string[] {
  const canonical = canonicalTag(tag);
  if (!canonical) return [];
  const subtags = canonical.split('-');
  const singleton = subtags.findIndex((part, i) => i > 0 && part.length === 1);
  const base = singleton === -1 ? subtags : subtags.slice(0, singleton);
  const out: string[] = [];
  for (let n = base.length; n > 0; n--) out.push(base.slice(0, n).join('-'));
  return out;
}

/**
 * The first of `available` that the reader's `requested` tags ask for, in the reader's order: each
 * requested tag is tried as given, then with its region or script dropped. Returns `fallback` when none
 * matches. Case-insensitive; returns the spelling used in `available`.
 */
export function negotiateLocale<L extends string>(requested: readonly (string | null | undefined)[], available: readonly L[], fallback: L): L {
  return matchLocale(requested, available) ?? fallback;
}

/** Like {@link negotiateLocale} but undefined when nothing matches. */
export function matchLocale<L extends string>(requested: readonly (string | null | undefined)[], available: readonly L[]): L | undefined {
  const byLower = new Map(available.map((tag) => [tag.toLowerCase(), tag] as const));
  for (const tag of requested) {
    if (!tag) continue;
    for (const candidate of tagFallbacks(tag)) {
      const hit = byLower.get(candidate.toLowerCase());
      if (hit !== undefined) return hit;
    }
  }
  return undefined;
}
