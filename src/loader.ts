/**
 * The loader: `dist/frontline-widgets.js`, the file a host page puts in its script tag. It defines no
 * element itself. It finds the `fl-*` tags of the page (now, and those added later), and imports only
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
      // A failed import (offline, a refused integrity check) may succeed on a later discovery.
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
  if (root instanceof Element && root.localName.startsWith(PREFIX) && !customElements.get(root.localName)) tags.add(root.localName);
  for (const element of root.querySelectorAll(':not(:defined)')) {
    if (element.localName.startsWith(PREFIX)) tags.add(element.localName);
  }
  return Promise.all([...tags].map(load)).then(() => undefined);
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

if (typeof document !== 'undefined' && typeof customElements !== 'undefined') observe(document);
