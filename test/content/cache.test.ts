import { expect } from '@open-wc/testing';
import { ContentCache, type CachedDataset } from '../../src/content/cache.js';
import { LARGE_JSON, writtenInSlices } from '../../src/content/json-io.js';
import { uniqueKey } from './helpers.js';

const entry = (data: unknown, dataset = 'procedures'): CachedDataset => ({
  library: '0.1.0',
  dataset,
  sha256: 'a'.repeat(64),
  updated: '2026-11-20',
  schemaVersion: '1.0.0',
  status: 'example',
  dropped: [],
  data,
});

const base = () => `https://content.example/${uniqueKey()}/`;

describe('content cache', () => {
  afterEach(() => {
    for (const key of Object.keys(localStorage)) if (key.startsWith('frontline-widgets:content:')) localStorage.removeItem(key);
  });

  it('writes and reads a copy of thousands of records in slices, to the same data', async () => {
    const services = Array.from({ length: 5000 }, (_, i) => ({ id: `service-${i}`, name: { fr: `Service ${i}`, ar: 'مأوى' }, text: 'x'.repeat(60) }));
    const data = { taxonomy: [{ id: 'health' }], services };
    const cache = new ContentCache();
    const a = base();
    expect(await cache.write(a, 1, entry(data, 'services'))).to.equal('cache');
    const stored = await (await caches.open('frontline-widgets-content')).match(ContentCache.cacheKey(a, 1, 'services'));
    expect((await stored!.arrayBuffer()).byteLength, 'large enough to be read in slices').to.be.greaterThan(LARGE_JSON);
    expect((await cache.read(a, 1, 'services'))!.data).to.deep.equal(data);
    // The same without the Cache API: localStorage, under its limit.
    const storageOnly = new ContentCache({ caches: null, storageLimitBytes: 4 * 1024 * 1024 });
    expect(await storageOnly.write(a, 1, entry(data, 'services'))).to.equal('storage');
    expect((await storageOnly.read(a, 1, 'services'))!.data).to.deep.equal(data);
  });

  it('writes the example services in slices (a few dozen services, a large table of places) and the walk-ins at once', async () => {
    const copy = async (name: string) => entry(await (await fetch(new URL(`../../demo/content/${name}.json`, import.meta.url))).json(), name);
    expect(writtenInSlices(await copy('services'))).to.equal(true);
    for (const name of ['walkins', 'procedures', 'reintegration']) expect(writtenInSlices(await copy(name)), name).to.equal(false);
  });

  it('keeps entries in the Cache API, per content base and schema major', async () => {
    const cache = new ContentCache();
    const a = base();
    expect(await cache.write(a, 1, entry({ n: 1 }))).to.equal('cache');
    expect((await cache.read(a, 1, 'procedures'))!.data).to.deep.equal({ n: 1 });
    expect(await cache.read(a, 2, 'procedures')).to.equal(undefined);
    expect(await cache.read(base(), 1, 'procedures')).to.equal(undefined);
    expect(await cache.read(a, 1, 'walkins')).to.equal(undefined);
    const stored = await (await caches.open('frontline-widgets-content')).match(ContentCache.cacheKey(a, 1, 'procedures'));
    expect(stored).to.exist;
    expect(localStorage.getItem(ContentCache.storageKey(a, 1, 'procedures'))).to.equal(null);
    await cache.delete(a, 1, 'procedures');
    expect(await cache.read(a, 1, 'procedures')).to.equal(undefined);
  });

  it('falls back to localStorage without the Cache API', async () => {
    const cache = new ContentCache({ caches: null });
    const a = base();
    expect(await cache.write(a, 1, entry({ n: 2 }))).to.equal('storage');
    expect(JSON.parse(localStorage.getItem(ContentCache.storageKey(a, 1, 'procedures'))!).data).to.deep.equal({ n: 2 });
    expect((await cache.read(a, 1, 'procedures'))!.data).to.deep.equal({ n: 2 });
  });

  it('keeps its share of localStorage under the limit, counting every entry it wrote', async () => {
    const cache = new ContentCache({ caches: null, storageLimitBytes: 20_000 });
    const a = base();
    const big = 'x'.repeat(6_000); // about 12 kB in UTF-16
    expect(await cache.write(a, 1, entry({ big }, 'procedures'))).to.equal('storage');
    expect(await cache.write(a, 1, entry({ big }, 'services'))).to.equal('none');
    expect(localStorage.getItem(ContentCache.storageKey(a, 1, 'services'))).to.equal(null);
    // Replacing an entry does not count the copy it replaces.
    expect(await cache.write(a, 1, entry({ big: `${big}y` }, 'procedures'))).to.equal('storage');
    expect(cache.storageUsed()).to.be.below(20_000);
    // The default limit is 1 MiB.
    const defaultLimit = new ContentCache({ caches: null });
    expect(await defaultLimit.write(base(), 1, entry({ big: 'x'.repeat(600_000) }))).to.equal('none');
    expect(await defaultLimit.write(base(), 1, entry({ big: 'x'.repeat(400_000) }))).to.equal('storage');
  });

  it('stores nothing and reads nothing when neither is available, without throwing', async () => {
    const cache = new ContentCache({ caches: null, storage: null });
    expect(await cache.write(base(), 1, entry({}))).to.equal('none');
    expect(await cache.read(base(), 1, 'procedures')).to.equal(undefined);
  });

  it('ignores an entry that is not one of its own', async () => {
    const cache = new ContentCache({ caches: null });
    const a = base();
    localStorage.setItem(ContentCache.storageKey(a, 1, 'procedures'), '{"dataset":"procedures"}');
    expect(await cache.read(a, 1, 'procedures')).to.equal(undefined);
    localStorage.setItem(ContentCache.storageKey(a, 1, 'procedures'), 'not json');
    expect(await cache.read(a, 1, 'procedures')).to.equal(undefined);
  });

  it('falls back to localStorage when the Cache API refuses', async () => {
    const refusing = { open: () => Promise.reject(new DOMException('denied', 'SecurityError')) } as unknown as CacheStorage;
    const cache = new ContentCache({ caches: refusing });
    const a = base();
    expect(await cache.write(a, 1, entry({ n: 3 }))).to.equal('storage');
    expect((await cache.read(a, 1, 'procedures'))!.data).to.deep.equal({ n: 3 });
  });

  it('works in a sandboxed frame, where reading window.caches throws: localStorage if allowed, else no copy', async () => {
    // The premise, in a real <iframe sandbox="allow-scripts">: an opaque origin, where the getter throws.
    const frame = document.createElement('iframe');
    frame.setAttribute('sandbox', 'allow-scripts');
    frame.srcdoc =
      `<script>let r; try { void window.caches; r = 'no error'; } catch (e) { r = e.name; } parent.postMessage({ caches: r }, '*');</scr` + 'ipt>';
    const answer = new Promise<string>((resolve) =>
      addEventListener('message', (event) => resolve((event.data as { caches: string }).caches), { once: true }),
    );
    document.body.append(frame);
    expect(await answer).to.equal('SecurityError');
    frame.remove();

    const descriptor = Object.getOwnPropertyDescriptor(window, 'caches');
    Object.defineProperty(window, 'caches', {
      configurable: true,
      get: () => {
        throw new DOMException('Access is denied for this document.', 'SecurityError');
      },
    });
    try {
      const cache = new ContentCache();
      const a = base();
      expect(await cache.read(a, 1, 'procedures')).to.equal(undefined);
      expect(await cache.write(a, 1, entry({ procedures: [] }))).to.equal('storage');
      expect((await cache.read(a, 1, 'procedures'))!.data).to.deep.equal({ procedures: [] });
      expect(await cache.readDerived(a, 1, 'procedures', 'search-index', 'x')).to.equal(undefined);
      expect(await cache.writeDerived(a, 1, 'procedures', 'search-index', 'x', ['bytes'])).to.equal(false);
    } finally {
      if (descriptor) Object.defineProperty(window, 'caches', descriptor);
      else delete (window as { caches?: unknown }).caches;
    }
  });
});
