/**
 * What the loader (src/loader.ts) asked the content host before the store arrived: the manifest of each
 * content base (`manifests`) and, on a first visit, each dataset's file (`files`), by URL.
 */
const KEYS = {
  manifests: Symbol.for('frontline-widgets.early-manifests'),
  files: Symbol.for('frontline-widgets.early-files'),
} as const;

/**
 * The answer to the loader's request for `url`, taken once (undefined if it asked none). Marks the URL as
 * asked for (`null`), so that the loader does not ask for it when a widget is added later.
 */
export function takeEarly(kind: keyof typeof KEYS, url: string): Promise<Response> | undefined {
  const early = ((globalThis as { [key: symbol]: Map<string, Promise<Response> | null> | undefined })[KEYS[kind]] ??= new Map<
    string,
    Promise<Response> | null
  >());
  const response = early.get(url) ?? undefined;
  early.set(url, null);
  return response;
}
