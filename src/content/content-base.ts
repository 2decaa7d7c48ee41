/**
 * Where content comes from. Most specific first: the element's `content-base` attribute, then
 * `<meta name="frontline-widgets:content-base" content="...">` on the page, then the `content/` folder
 * beside the library's module file, which the build fills with the example content. Relative values
 * resolve against the page's base URL.
 */
import { ContentError } from './errors.js';

/** The name of the `<meta>` that sets the content base for every widget on a page. */
export const CONTENT_BASE_META = 'frontline-widgets:content-base';

// A variable, not a literal, so that bundlers leave `new URL(..., import.meta.url)` to run in the browser.
const besideModule = './content/';

/** The `content/` folder beside the library's module file. */
export function defaultContentBase(): string {
  return new URL(besideModule, import.meta.url).href;
}

/**
 * Resolves the content base to an absolute http(s) URL ending in `/` (query and fragment removed).
 * Throws a ContentError (`config`) when the value is not a usable address.
 */
export function resolveContentBase(attribute?: string | null, doc: Document | undefined = globalThis.document): string {
  const fromAttribute = attribute?.trim();
  const fromMeta = fromAttribute ? undefined : doc?.querySelector(`meta[name="${CONTENT_BASE_META}"]`)?.getAttribute('content')?.trim();
  const raw = fromAttribute || fromMeta;
  let url: URL;
  try {
    url = raw ? new URL(raw, doc?.baseURI) : new URL(defaultContentBase());
  } catch (cause) {
    throw new ContentError('config', `content base "${raw}" is not a valid address`, { dataset: '', url: String(raw), cause });
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new ContentError('config', `content base "${raw}" must be an http(s) address`, { dataset: '', url: url.href });
  }
  const path = url.pathname.endsWith('/') ? url.pathname : `${url.pathname}/`;
  return `${url.origin}${path}`;
}
