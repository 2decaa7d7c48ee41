/**
 * The loader: `dist/frontline-widgets.js`, the file a host page puts in its script tag. It defines no
 * element itself. It finds the `fl-*` tags of the page (in the task after it runs, and those added later), and imports only
 * their modules, which share Lit, the content store and the i18n set-up as chunks of one build. A page
 * that shows the walk-in schedule loads nothing of the service finder.
 *
 * Tags inside a shadow root are not in the document: a host that puts widgets in its own shadow roots
 * calls `observe(root)` for each (or `discover(root)` once, when nothing is added later).
 */

/** The module of each element, by tag: importing it defines the tag (see ARCHITECTURE.md). */
const ELEMENTS: Readonly<Record<string, () => Promise<unknown>>> = {
  'fl-walkin-schedule': () => import('./components/fl-walkin-schedule/fl-walkin-schedule.js'),
  'fl-service-finder': () => import('./components/fl-service-finder/fl-service-finder.js'),
  'fl-procedure-explainer': () => import('./components/fl-procedure-explainer/fl-procedure-explainer.js'),
  'fl-reintegration-cards': () => import('./components/fl-reintegration-cards/fl-reintegration-cards.js'),
};

/**
 * The chunks each element needs before its content shows, by tag: the chunks its module imports, the code
 * that asks the content host, and a piece its first screen waits for. The build writes them in
 * (scripts/build.mjs, `elementChunks`); they are imported beside the element's module, so that they arrive
 * together instead of each after the file that names it (the browser finds a module's imports only once
 * that module has arrived). Empty when run from the sources.
 */
const CHUNKS: Readonly<Record<string, readonly string[] | undefined>> = JSON.parse('{"fl-chunks":[]}') as Record<string, string[]>;

/**
 * The dataset each element shows (the one its ContentController names, src/content/dataset-refs.ts):
 * test/loader-manifest.test.ts checks that they agree.
 */
const DATASETS: Readonly<Record<string, string>> = {
  'fl-walkin-schedule': 'walkins',
  'fl-service-finder': 'services',
  'fl-procedure-explainer': 'procedures',
  'fl-reintegration-cards': 'reintegration',
};

/**
 * The chunks that check a dataset's content (the checks and the dataset's schema, with their imports), by
 * dataset: written by the build like CHUNKS (scripts/build.mjs, `elementChunks`), asked for on a first
 * visit only. Empty when run from the sources.
 */
const CHECKS: Readonly<Record<string, readonly string[] | undefined>> = JSON.parse('{"fl-checks":[]}') as Record<string, string[]>;

/**
 * Imports a chunk of the build beside the module that needs it (CHUNKS, CHECKS); a failure is reported
 * where that module imports it.
 */
const preload = (file: string): void => void import(new URL(file, import.meta.url).href).catch(() => undefined);

/**
 * What the loader asks the content host before the widgets' code has arrived, for the content store to
 * take (src/content/early.ts, `takeEarly`): the manifest of each content base the page's widgets name,
 * and on a first visit the file of each dataset they show. The store marks what it asked for itself
 * (`null`), so that a widget added later asks nothing twice. Only a base the page sets (the widget's
 * `content-base` attribute or the `<meta>` of src/content/content-base.ts) is asked: the library's own
 * example content is for trying the widgets out.
 *
 * - The manifest is asked for as the elements' modules are imported, not once they have arrived and run:
 *   on a first visit the content comes that much sooner.
 * - A dataset with no copy on the device (a first visit: nothing under the device cache's keys,
 *   src/content/cache.ts) cannot show before its file has arrived and been checked. Its file is asked for
 *   once the manifest has answered, and the checking code's chunks at once, beside the elements' own,
 *   not once the store has arrived and looked: on a slow connection, where the files share the bandwidth,
 *   that was the one idle round trip before the content (bench/README.md, 2026-12-07 (late night)).
 *
 * The URLs, the file name's pattern and the request are the store's own (src/content/content-base.ts,
 * `resolveContentBase`; src/content/schema/manifest-fields.ts, `PUBLISHED_FILE`; src/content/loader.ts,
 * `REQUEST`), written again here so that the loader imports nothing; test/loader-manifest.test.ts checks that
 * they agree.
 */
const EARLY_MANIFESTS = Symbol.for('frontline-widgets.early-manifests');
const EARLY_FILES = Symbol.for('frontline-widgets.early-files');
const REQUEST: RequestInit = { credentials: 'omit', mode: 'cors', referrerPolicy: 'no-referrer' };
type Early = Map<string, Promise<Response> | null>;
const early = (key: symbol): Early => ((globalThis as { [key]?: Early })[key] ??= new Map<string, Promise<Response> | null>());
/** The datasets whose device copy was looked for, by device cache key. */
const looked = new Set<string>();

function askContent(element: Element): void {
  const doc = element.ownerDocument;
  const raw =
    element.getAttribute('content-base')?.trim() || doc.querySelector('meta[name="frontline-widgets:content-base"]')?.getAttribute('content')?.trim();
  if (!raw) return;
  let base: URL;
  try {
    base = new URL(raw, doc.baseURI);
  } catch {
    return;
  }
  if (base.protocol !== 'https:' && base.protocol !== 'http:') return;
  const folder = `${base.origin}${base.pathname.replace(/\/?$/, '/')}`;
  const url = `${folder}v1/manifest.json`;
  const manifests = early(EARLY_MANIFESTS);
  if (!manifests.has(url)) {
    const response = fetch(url, REQUEST);
    response.catch(() => undefined);
    manifests.set(url, response);
  }
  const manifest = manifests.get(url);
  const dataset = DATASETS[element.localName];
  if (manifest && dataset) void askFile(folder, dataset, manifest).catch(() => undefined);
}

/** A dataset's checking code and file, when the device has no copy of it (see EARLY_MANIFESTS). */
async function askFile(folder: string, dataset: string, manifest: Promise<Response>): Promise<void> {
  const key = `${folder}v1/${dataset}.json`;
  // Without Web Crypto (a page not served over https) the store asks for the file itself, with `integrity`.
  if (looked.has(key) || !globalThis.crypto?.subtle) return;
  looked.add(key);
  // Storage that refuses (a sandboxed frame) throws: the store then decides, as without this.
  if ((await globalThis.caches?.match(key)) || globalThis.localStorage?.getItem(`frontline-widgets:content:${folder}:v1:${dataset}`) != null) return;
  for (const file of CHECKS[dataset] ?? []) preload(file);
  const json = (await (await manifest).clone().json()) as {
    schemaVersion?: unknown;
    datasets?: Record<string, { file?: unknown; sha256?: unknown } | undefined>;
  } | null;
  const { file, sha256 } = json?.datasets?.[dataset] ?? {};
  // Only a file the store would read: schema 1.x, a published file name, a SHA-256.
  if (
    !/^1\./.test(String(json?.schemaVersion)) ||
    !/^[a-z0-9]+(?:-[a-z0-9]+)*\.[0-9a-f]{8,64}\.json$/.test(String(file)) ||
    !/^[0-9a-f]{64}$/.test(String(sha256))
  )
    return;
  const files = early(EARLY_FILES);
  const url = `${folder}v1/${String(file)}`;
  if (files.has(url)) return;
  const response = fetch(url, REQUEST);
  response.catch(() => undefined);
  files.set(url, response);
}

const PREFIX = 'fl-';
const loading = new Map<string, Promise<void>>();
const warned = new Set<string>();

/** The tags this loader knows. */
export const knownTags: readonly string[] = Object.keys(ELEMENTS);

/** Defines `tag` by importing its module once; resolves when it is defined (or could not be). */
export function load(tag: string): Promise<void> {
  const name = tag.toLowerCase();
  const existing = loading.get(name);
  if (existing) return existing;
  const module = ELEMENTS[name];
  if (!module) {
    if (!warned.has(name)) {
      warned.add(name);
      console.warn(`frontline-widgets: there is no <${name}> element (known: ${knownTags.join(', ')}).`);
    }
    return Promise.resolve();
  }
  const promise = module().then(
    () => undefined,
    (error: unknown) => {
      // A failed import (offline, a refused integrity check) is asked again on a later discovery: that may
      // succeed in a browser that fetches a failed module again, not in one that keeps it failed until the
      // page reloads (components/controllers/lazy-piece.ts). The host's fallback content stays.
      loading.delete(name);
      console.warn(`frontline-widgets: <${name}> could not be loaded.`, error);
    },
  );
  for (const file of CHUNKS[name] ?? []) preload(file);
  loading.set(name, promise);
  return promise;
}

/** Imports the module of every `fl-*` element in `root` (itself included) that is not defined yet. */
export function discover(root: ParentNode): Promise<void> {
  const tags = new Set<string>();
  const widgets: Element[] = [];
  const found = (element: Element) => {
    if (!element.localName.startsWith(PREFIX) || customElements.get(element.localName)) return;
    tags.add(element.localName);
    if (element.localName in ELEMENTS) widgets.push(element);
  };
  if (root instanceof Element) found(root);
  for (const element of root.querySelectorAll(':not(:defined)')) found(element);
  const loads = [...tags].map(load);
  // The manifests in a task of their own, after the modules were asked for: a page's first fetch() costs
  // the browser 3 to 17 ms, which made one long task with the page's parsing and this script.
  const asked = widgets.length > 0 ? new Promise<void>((resolve) => setTimeout(() => (resolve(), widgets.forEach(askContent)))) : undefined;
  return Promise.all([...loads, asked]).then(() => undefined);
}

const observers = new WeakMap<Node, MutationObserver>();

/** Discovers `root` now and every element added to it later; returns a function that stops watching. */
export function observe(root: Document | ShadowRoot | Element): () => void {
  const target = root instanceof Document ? root.documentElement : root;
  void discover(target);
  if (!observers.has(target)) {
    const observer = new MutationObserver((records) => {
      for (const record of records) {
        for (const node of record.addedNodes) if (node instanceof Element) void discover(node);
      }
    });
    observer.observe(target, { childList: true, subtree: true });
    observers.set(target, observer);
  }
  return () => {
    observers.get(target)?.disconnect();
    observers.delete(target);
  };
}

// In a task of its own, not in the one that runs this module: on a second visit that one also holds the end
// of the page's parsing and its first layout, and with this script's imports it took 50 ms or more on 3
// of 10 visits at normal CPU (Long Animation Frames, bench/README.md 2026-12-07 (day)).
if (typeof document !== 'undefined' && typeof customElements !== 'undefined') setTimeout(() => observe(document));
