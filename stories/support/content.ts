/**
 * Content for stories: the example content of `demo/content/*.json` (the same files the tests and the
 * demo use), published by the real publish step and served by this Storybook at `content/` beside
 * `iframe.html` (`.storybook/plugins.ts`: the Vite dev server in `storybook dev`, files in
 * `storybook-static/content/` after `npm run build-storybook`). Elements load it through the real
 * content layer (controller, store, loader, device cache): nothing here hands an element its data.
 *
 * `.storybook/preview-head.html` sets `<meta name="frontline-widgets:content-base" content="content/">`,
 * so an element without a `content-base` attribute shows the example content, as on a host page. Each
 * other state is a content base that behaves the way a content host can (see {@link contentState}).
 */
import type { StoryContext } from '@storybook/web-components-vite';
import { ContentCache, type CachedDataset, type CacheLocation } from '../../src/content/cache.js';
import type { DatasetDefinition } from '../../src/content/schema/dataset.js';
import { configureContent, contentStore, ContentStore } from '../../src/content/store.js';
import { type StoryPart, waitForElements, deepParts } from './story.js';

/** The names of the content states a story can put an element in. */
export type ContentStateName = 'ready' | 'loading' | 'slow' | 'stale' | 'error';

/** The example content's base in this Storybook (an absolute URL ending in `/`). */
function exampleContentBase(): string {
  return new URL('content/', document.baseURI).href;
}

/** Paths under the Storybook's own origin that no server answers (404), or that stories hold. */
const BASES: Record<Exclude<ContentStateName, 'ready'>, string> = {
  // A content host that has gone away: every request answers 404. The device holds a copy.
  stale: 'story-content/unreachable-with-device-copy/',
  // The same, with no copy on the device.
  error: 'story-content/unavailable/',
  // A content host that never answers (see holdRequests()).
  loading: 'story-content/no-answer/loading/',
  slow: 'story-content/no-answer/slow/',
};

/** The content base that puts an element in `state` (an absolute URL ending in `/`). */
function contentBaseFor(state: ContentStateName): string {
  return state === 'ready' ? exampleContentBase() : new URL(BASES[state], document.baseURI).href;
}

/**
 * A device cache that files what the real store writes under another content base: the store loads
 * the published example content as it would for a reader, validates it, and this cache keeps the copy
 * where the stale base's store will look for it. Reads find nothing, so the load goes to the network.
 */
class SeedCache extends ContentCache {
  constructor(private readonly target: string) {
    super();
  }
  override async read(): Promise<CachedDataset | undefined> {
    return undefined;
  }
  override write(_base: string, major: number, entry: CachedDataset): Promise<CacheLocation> {
    return super.write(this.target, major, entry);
  }
}

const seeded = new Map<string, Promise<void>>();

/**
 * Puts the published example content of `dataset` on this device (Cache API, through the real
 * ContentCache) as the last good copy for `base`: loaded by a real ContentStore from the example
 * content base, validated, written as the store writes it. Once per page and dataset.
 */
function seedDeviceCopy(dataset: DatasetDefinition, base = contentBaseFor('stale')): Promise<void> {
  const key = `${base} ${dataset.name}`;
  let done = seeded.get(key);
  if (!done) {
    done = (async () => {
      const store = new ContentStore(exampleContentBase(), { cache: new SeedCache(base), retries: 0 });
      const state = await store.load(dataset);
      if (state.status !== 'ready')
        throw new Error(`Could not load the example ${dataset.name} content to seed the device copy: ${state.error?.message}`);
      const copy = await new ContentCache().read(base, 1, dataset.name);
      if (!copy) throw new Error(`The device refused the copy of ${dataset.name} (no Cache API and no localStorage?)`);
    })();
    done.catch(() => seeded.delete(key));
    seeded.set(key, done);
  }
  return done;
}

const held: string[] = [];
let holding = false;

/**
 * Makes every request to a URL under `base` wait for ever (until it is aborted), as a content host that
 * never answers does. This is the one place where stories stand in for the network: a static Storybook
 * has no server that could hold a request. Everything else runs as on a reader's device: the store
 * waits, sets `slow` after `slowMs`, aborts at `timeoutMs`. Only URLs under bases given here are held.
 */
function holdRequests(base: string): void {
  if (!held.includes(base)) held.push(base);
  if (holding) return;
  holding = true;
  const fetchFromNetwork = globalThis.fetch.bind(globalThis);
  globalThis.fetch = (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = typeof input === 'string' ? new URL(input, document.baseURI).href : input instanceof URL ? input.href : input.url;
    if (!held.some((prefix) => url.startsWith(prefix))) return fetchFromNetwork(input, init);
    const signal = init?.signal ?? (input instanceof Request ? input.signal : undefined);
    return new Promise<Response>((_resolve, reject) => {
      // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors -- the abort reason, whatever it is, as fetch does
      if (signal?.aborted) reject(signal.reason);
      // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors -- the abort reason, as fetch does
      signal?.addEventListener('abort', () => reject(signal.reason), { once: true });
    });
  };
}

const DAY = 24 * 60 * 60 * 1000;

/**
 * Creates the store of a held base with the timing a state needs (`configureContent` only applies to
 * stores created afterwards, so the previous settings are restored at once and no other store changes).
 */
function prepareHeldStore(state: 'loading' | 'slow'): void {
  const base = contentBaseFor(state);
  holdRequests(base);
  const previous = configureContent(state === 'loading' ? { slowMs: DAY, timeoutMs: DAY } : { slowMs: 1000, timeoutMs: DAY });
  try {
    contentStore(base);
  } finally {
    configureContent(previous);
  }
}

const EXPECTED: Record<ContentStateName, { description: string; check: (root: Element) => boolean }> = {
  ready: {
    description: 'the example content with its example notice',
    check: (root) => deepParts(root, 'example-notice').length > 0 && deepParts(root, 'loading').length === 0 && deepParts(root, 'error').length === 0,
  },
  loading: {
    description: 'the loading box without the slow notice',
    check: (root) => deepParts(root, 'loading').length > 0 && deepParts(root, 'slow-notice').length === 0,
  },
  slow: { description: 'the slow-connection notice', check: (root) => deepParts(root, 'slow-notice').length > 0 },
  stale: { description: 'the content with the "could not be refreshed" notice', check: (root) => deepParts(root, 'stale-notice').length > 0 },
  error: {
    description: 'the error message with a retry button, and the host page’s fallback content shown when it has some',
    check: (root) =>
      deepParts(root, 'error').length > 0 &&
      deepParts(root, 'retry').length > 0 &&
      [...root.querySelectorAll(':scope > [slot="fallback"]')].every((node) => node.getBoundingClientRect().height > 0),
  },
};

/** Waits until every `fl-*` element of the story shows `state` (by its content-status parts); throws after `timeout` ms. */
export async function waitForContentState(canvasElement: Element, state: ContentStateName, timeout = 8000): Promise<void> {
  const { check, description } = EXPECTED[state];
  await waitForElements(
    canvasElement,
    (elements) => elements.length > 0 && elements.every((element) => check(element)),
    timeout,
    `${state}: ${description}`,
  );
}

const DESCRIPTIONS: Record<ContentStateName, string> = {
  ready:
    'The example content, published from `demo/content/` and loaded through the real content layer. It is example content (manifest `status: "example"`), so the example notice shows.',
  loading: 'The content host does not answer yet: the widget keeps room for the content (`--fl-content-min-block-size`) and says it is loading.',
  slow: 'The content host does not answer: after `slowMs` (3 s by default, 1 s here) the widget says the connection is slow and keeps trying.',
  stale:
    'The device holds the last good copy (here the published example content, written by the real device cache); the content host answers 404, so the copy shows with its last-updated date and a retry button.',
  error:
    'No copy on the device and the content host answers 404: a message in the reader’s language, a retry button, and the host page’s `slot="fallback"` content.',
};

/**
 * A story in one content state, to spread into a story object or pass to `storyWith()`:
 *
 * ```ts
 * export const Stale: Story = contentState('stale', walkinsDataset);
 * export const StaleInArabic: Story = storyWith(contentState('stale', walkinsDataset), inLocale('ar'));
 * ```
 *
 * - `ready`: the example content, through the page's `<meta>` (no `content-base` arg).
 * - `loading`, `slow`: a content base whose requests never get an answer ({@link holdRequests}); its store
 *   is created with `slowMs` of a day (`loading`) or 1 s (`slow`) and `timeoutMs` of a day.
 * - `stale`: the published content is put on the device first ({@link seedDeviceCopy}), then the element
 *   loads from a base that answers 404: the copy shows with the stale notice.
 * - `error`: a base that answers 404, with no device copy: the error and the fallback slot.
 *
 * It sets the `content-base` arg (the default render sets the attribute; a custom render must pass
 * `args['content-base']` on), prepares the base in a loader, and adds a play function that waits until
 * every `fl-*` element shows the state (a story that never gets there fails, in the UI and in
 * `npm run test:stories`). `dataset` (e.g. `walkinsDataset`) is needed for `stale` only.
 */
export function contentState(state: ContentStateName, dataset?: DatasetDefinition): StoryPart {
  const loaders: StoryPart['loaders'] = [];
  if (state === 'stale') {
    if (!dataset) throw new Error('contentState("stale", dataset): pass the dataset definition whose copy the device should hold.');
    loaders.push(async () => {
      await seedDeviceCopy(dataset);
      return {};
    });
  }
  if (state === 'loading' || state === 'slow') {
    loaders.push(async () => {
      prepareHeldStore(state);
      return {};
    });
  }
  return {
    // Relative, as a host page may write it: it resolves against the page (iframe.html).
    ...(state === 'ready' ? {} : { args: { 'content-base': BASES[state] } }),
    loaders,
    play: async ({ canvasElement }: StoryContext) => waitForContentState(canvasElement, state),
    parameters: { docs: { description: { story: DESCRIPTIONS[state] } }, flContentState: state },
  };
}
