/**
 * The one rule for links that come from content: rich text, the schema and the authoring checks all use
 * it. Pure: no DOM, no globals.
 */

/**
 * Returns `url` when it is a link content may carry: `https:` with a host, `tel:` with a phone number,
 * or `mailto:` with an address; otherwise `undefined`. Lit does not sanitise attribute bindings, so
 * every URL from content goes through here.
 */
export function safeLinkUrl(url: string): string | undefined {
  const value = url.trim();
  if (/^tel:\+?[0-9][0-9 ().\-/]{2,30}$/i.test(value)) return value;
  if (/^mailto:[^\s@<>()"]+@[^\s@<>()"]+\.[^\s@<>()"]+(\?[^\s<>"]*)?$/i.test(value)) return value;
  if (!/^https:\/\//i.test(value)) return undefined;
  try {
    const parsed = new URL(value);
    return parsed.protocol === 'https:' && parsed.hostname.length > 0 ? value : undefined;
  } catch {
    return undefined;
  }
}
