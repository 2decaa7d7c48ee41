import { expect } from '@open-wc/testing';
import { ContentCache, type CachedDataset } from '../src/content/cache.js';
import { CONTENT_BASE_META, resolveContentBase } from '../src/content/content-base.js';
import type { ContentController } from '../src/content/controller.js';
import { takeEarly } from '../src/content/early.js';
import { REQUEST } from '../src/content/loader.js';
import { listingOf, PUBLISHED_FILE } from '../src/content/schema/manifest-fields.js';
import { CONTENT_SCHEMA_MAJOR } from '../src/content/schema/version.js';
import { ContentStore } from '../src/content/store.js';
import { discover, knownTags } from '../src/loader.js';
import { uniqueKey, until } from './content/helpers.js';

type Seen = { url: string; init: RequestInit | undefined }[];

/**
 * The requests the page makes while `f` runs (it sees them as they come): URL and options. Each is answered
 * with `answer(url)`, or refused.
 */
async function requestsDuring(f: (seen: Seen) => Promise<void>, answer: (url: string) => Response | undefined = () => undefined): Promise<Seen> {
  const seen: Seen = [];
  const original = window.fetch.bind(window);
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const url = input instanceof Request ? input.url : input.toString();
    seen.push({ url, init });
    const response = answer(url);
    return response ? Promise.resolve(response) : Promise.reject(new TypeError('not in this test'));
  };
  try {
    await f(seen);
  } finally {
    window.fetch = original;
  }
  return seen;
}

// A page of its own: the loader asks a manifest only for a tag it is about to import.
describe("the loader's early request for a manifest", () => {
  it('asks for no manifest when the page sets no content base (the example content is for trying out)', async () => {
    const root = document.createElement('div');
    root.append(document.createElement('fl-service-finder'));
    const seen = await requestsDuring(() => discover(root));
    expect(seen).to.deep.equal([]);
  });

  it('asks for the URL the content store asks for, the way it asks, once per manifest, and nothing for a base it would refuse', async () => {
    const bases = [
      'https://content.example.org/frontline',
      'https://content.example.org/frontline/',
      '  https://content.example.org/other/?version=3#top  ',
      '/__nowhere/content/',
      'relative/content',
      'http://content.example.org:8080/a/b',
    ];
    const refused = ['javascript:alert(1)', 'ftp://content.example.org/', 'https://[bad'];
    const root = document.createElement('div');
    for (const base of [...bases, ...refused]) {
      const element = document.createElement('fl-walkin-schedule');
      element.setAttribute('content-base', base);
      root.append(element);
    }
    const seen = await requestsDuring(() => discover(root));
    const expected = [...new Set(bases.map((base) => new ContentStore(resolveContentBase(base)).manifestUrl))];
    expect(seen.map((request) => request.url)).to.deep.equal(expected);
    for (const request of seen) expect(request.init).to.deep.equal(REQUEST);
    for (const base of refused) expect(() => resolveContentBase(base), base).to.throw();
  });

  it('takes the content base from the page’s meta tag when the widget has none, or an empty one', async () => {
    const meta = document.createElement('meta');
    meta.name = CONTENT_BASE_META;
    meta.content = 'https://meta.example.org/content';
    document.head.append(meta);
    try {
      const root = document.createElement('div');
      const empty = document.createElement('fl-procedure-explainer');
      empty.setAttribute('content-base', '  ');
      root.append(document.createElement('fl-procedure-explainer'), empty);
      const seen = await requestsDuring(() => discover(root));
      expect(seen.map((request) => request.url)).to.deep.equal([new ContentStore(resolveContentBase('  ')).manifestUrl]);
      expect(seen[0]!.url).to.equal('https://meta.example.org/content/v1/manifest.json');
    } finally {
      meta.remove();
    }
  });
});

/** A manifest that lists each of `files` (dataset -> file name). */
function manifestOf(files: Record<string, string>): Record<string, unknown> {
  const datasets = Object.fromEntries(
    Object.entries(files).map(([dataset, file]) => [dataset, { file, sha256: 'a'.repeat(64), updated: '2026-11-20' }]),
  );
  return { schemaVersion: '1.0.0', status: 'live', datasets };
}

/**
 * Runs `f` as if no element were defined yet: the loader asks the content host only for widgets whose
 * module it is about to import (a widget added once its element is defined is the store's), and this page
 * defined them in the tests before. The widgets are made in a document of their own (`inert`), where
 * nothing upgrades them.
 */
const inert = document.implementation.createHTMLDocument('');

async function undefinedElements<T>(f: () => Promise<T>): Promise<T> {
  const get = Object.getOwnPropertyDescriptor(CustomElementRegistry.prototype, 'get')!;
  Object.defineProperty(customElements, 'get', { value: () => undefined, configurable: true });
  try {
    return await f();
  } finally {
    delete (customElements as { get?: unknown }).get;
    expect(Object.getOwnPropertyDescriptor(CustomElementRegistry.prototype, 'get')).to.deep.equal(get);
  }
}

/**
 * The requests the page makes while the loader discovers `tags` on a content base (of their own unless
 * given), the manifest answered with `manifest` and every other request refused, until `expected` came and
 * a moment more, for a request that should not come (after the device lookup and the manifest's body).
 */
async function contentRequests(
  tags: readonly string[],
  manifest: Record<string, unknown>,
  expected: number,
  base = resolveContentBase(`https://content.example.org/${uniqueKey('early')}/`),
): Promise<{ base: string; seen: Seen }> {
  const root = inert.createElement('div');
  for (const tag of tags) {
    const element = inert.createElement(tag);
    element.setAttribute('content-base', base);
    root.append(element);
  }
  const seen = await requestsDuring(
    async (seen) => {
      await undefinedElements(() => discover(root));
      await until(() => seen.length >= expected, 3000, `${expected} requests`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    },
    (url) => (url.endsWith('/manifest.json') ? Response.json(manifest) : undefined),
  );
  return { base, seen };
}

describe("the loader's early request for a dataset's file (a first visit)", () => {
  const FILE = 'walkins.0123456789abcdef.json';

  it('asks for the file once the manifest has answered, when the device has no copy: the URL the store reads, the way it asks', async () => {
    const manifest = manifestOf({ walkins: FILE });
    const { base, seen } = await contentRequests(['fl-walkin-schedule'], manifest, 2);
    const store = new ContentStore(base);
    const file = `${base}v${CONTENT_SCHEMA_MAJOR}/${listingOf(manifest, 'walkins')!.file}`;
    expect(seen.map((request) => request.url)).to.deep.equal([store.manifestUrl, file]);
    for (const request of seen) expect(request.init).to.deep.equal(REQUEST);
    // What the store takes (src/content/store.ts; test/loader.test.ts shows it reading the answer).
    const early = takeEarly('files', file);
    expect(early).to.be.instanceOf(Promise);
    await early!.catch(() => undefined);
    expect(takeEarly('files', file), 'once').to.equal(undefined);
  });

  const copy = (base: string): CachedDataset => ({
    library: '0.0.0',
    dataset: 'walkins',
    sha256: 'a'.repeat(64),
    updated: '2026-11-20',
    schemaVersion: '1.0.0',
    status: 'live',
    dropped: [],
    data: { offices: [], base },
  });

  for (const [where, cache] of [
    ['the Cache API', new ContentCache()],
    ['localStorage (where the Cache API refuses)', new ContentCache({ caches: null })],
  ] as const) {
    it(`asks for no file when the device has a copy in ${where} (the store shows it and checks the manifest)`, async () => {
      const base = resolveContentBase(`https://content.example.org/${uniqueKey('copy')}/`);
      const expected = where === 'the Cache API' ? 'cache' : 'storage';
      expect(await cache.write(base, CONTENT_SCHEMA_MAJOR, copy(base))).to.equal(expected);
      try {
        const { seen } = await contentRequests(['fl-walkin-schedule'], manifestOf({ walkins: FILE }), 1, base);
        expect(seen.map((request) => request.url)).to.deep.equal([new ContentStore(base).manifestUrl]);
      } finally {
        await cache.delete(base, CONTENT_SCHEMA_MAJOR, 'walkins');
      }
    });
  }

  it('asks for a file only where the store would read it (the file name of the manifest schema)', async () => {
    const names = [
      FILE,
      'walkins-2.0123456789abcdef.json',
      '../walkins.0123456789abcdef.json',
      'walkins.json',
      'https://other.example.org/walkins.0123456789abcdef.json',
      'walkins.0123456789ABCDEF.json',
    ];
    for (const name of names) {
      const { seen } = await contentRequests(['fl-walkin-schedule'], manifestOf({ walkins: name }), 1);
      expect(seen.length === 2, name).to.equal(PUBLISHED_FILE.test(name));
    }
  });

  it('asks for no file from a manifest the store would refuse (another schema major, no SHA-256), nor without Web Crypto', async () => {
    const listed = manifestOf({ walkins: FILE });
    for (const manifest of [
      { ...listed, schemaVersion: '2.0.0' },
      { ...listed, datasets: { walkins: { file: FILE, sha256: 'not a hash' } } },
      { ...listed, datasets: { walkins: { file: FILE } } },
    ]) {
      const { seen } = await contentRequests(['fl-walkin-schedule'], manifest, 1);
      expect(seen, JSON.stringify(manifest)).to.have.length(1);
    }
    // A page not served over https: the store asks for the file with `integrity` (src/content/loader.ts).
    Object.defineProperty(crypto, 'subtle', { value: undefined, configurable: true });
    try {
      const { seen } = await contentRequests(['fl-walkin-schedule'], listed, 1);
      expect(seen).to.have.length(1);
    } finally {
      delete (crypto as { subtle?: unknown }).subtle;
    }
    expect(crypto.subtle).to.be.instanceOf(SubtleCrypto);
  });

  it("asks for each element's own dataset, the one its content controller shows", async () => {
    const files = {
      walkins: FILE,
      services: 'services.0123456789abcdef.json',
      procedures: 'procedures.0123456789abcdef.json',
      reintegration: 'reintegration.0123456789abcdef.json',
    };
    for (const tag of knownTags) {
      const { seen } = await contentRequests([tag], manifestOf(files), 2);
      const element = document.createElement(tag) as HTMLElement & { content?: ContentController };
      const dataset = element.content?.definition.name;
      expect(dataset, tag).to.be.a('string');
      expect(seen[1]?.url, tag).to.match(new RegExp(`/${dataset}\\.0123456789abcdef\\.json$`));
    }
  });
});
