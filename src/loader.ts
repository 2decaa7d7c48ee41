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
 * The manifest of each content base the page's widgets name, asked for as their modules are imported, not
 * once they have arrived and run: on a first visit the content comes that much sooner (the manifest's
 * request used to leave after every script of the element had arrived and run). The content store takes
 * the answer (src/content/manifest-reader.ts, `takeEarlyManifest`) and marks the manifests it asked for
 * itself, so that a widget added later asks nothing twice. Only a base the page sets (the widget's
 * `content-base` attribute or the `<meta>` of src/content/content-base.ts) is asked: the library's own
 * example content is for trying the widgets out. The URL and the request are the store's own
 * (src/content/content-base.ts, `resolveContentBase`; src/content/loader.ts, `REQUEST`), written again
 * here so that the loader imports nothing; test/loader-manifest.test.ts checks that they agree.
 */
const EARLY_MANIFESTS = Symbol.for('frontline-widgets.early-manifests');

function askManifest(element: Element): void {
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
  const url = `${base.origin}${base.pathname.replace(/\/?$/, '/')}v1/manifest.json`;
  const early = ((globalThis as { [EARLY_MANIFESTS]?: Map<string, Promise<Response> | null> })[EARLY_MANIFESTS] ??= new Map());
  if (early.has(url)) return;
  const response = fetch(url, { credentials: 'omit', mode: 'cors', referrerPolicy: 'no-referrer' });
  response.catch(() => undefined);
  early.set(url, response);
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
  // A chunk that fails here fails again as the element's module imports it, and is reported then.
  for (const file of CHUNKS[name] ?? []) import(new URL(file, import.meta.url).href).catch(() => undefined);
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
  const asked = widgets.length > 0 ? new Promise<void>((resolve) => setTimeout(() => (resolve(), widgets.forEach(askManifest)))) : undefined;
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
