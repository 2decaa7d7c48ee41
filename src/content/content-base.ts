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
const besideChunk = '../content/';

/**
 * The `content/` folder beside the library's files for a module at `moduleUrl`: beside `dist/fl-<name>.js`,
 * so from a shared chunk of the build (`dist/chunks/*.js`, where this module ends up) one folder up.
 */
export function contentBeside(moduleUrl: string): string {
  return new URL(/\/chunks\/[^/]*$/.test(new URL(moduleUrl).pathname) ? besideChunk : besideModule, moduleUrl).href;
}

/** The `content/` folder beside the library's module file (see `contentBeside`). */
export function defaultContentBase(): string {
  return contentBeside(import.meta.url);
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

let warnedExample = false;

/**
 * Tells the page's developers once, in the console, that `tag` has no content base (no attribute, no
 * `<meta>`) and so shows the library's own example content: real organisation names beside example
 * details. A base that is set, even to the folder beside the library, is a choice and gets no warning.
 */
export function warnAboutExampleContent(tag: string, attribute?: string | null, doc: Document | undefined = globalThis.document): void {
  if (warnedExample || attribute?.trim() || doc?.querySelector(`meta[name="${CONTENT_BASE_META}"]`)?.getAttribute('content')?.trim()) return;
  warnedExample = true;
  console.warn(`frontline-widgets: <${tag}> has no content base, so it shows example content. Set content-base.`);
}
