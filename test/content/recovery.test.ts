// How the store gets back to good content by itself: past the browser's HTTP cache after broken bytes,
// reading the manifest again after every failure, slow retries, the page showing again, timeouts that
// watch the network rather than a clock.
import { expect } from '@open-wc/testing';
import { ContentCache } from '../../src/content/cache.js';
import { proceduresDataset } from '../../src/content/schema/procedures.js';
import { baseFor, captureWarnings, hostReport, requests, setScenario, sleep, storeFor, uniqueKey, until } from './helpers.js';

const procedureFile = (counts: Record<string, number>) => Object.entries(counts).filter(([file]) => file.startsWith('procedures.'));

/** Pretends the page is hidden (or shown again) as a browser does when the reader switches tab. */
function visibility(state: 'hidden' | 'visible'): void {
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
  document.dispatchEvent(new Event('visibilitychange'));
}

describe('content store: recovery', () => {
  afterEach(() => {
    delete (document as { visibilityState?: unknown }).visibilityState;
  });

  it('fetches a file that came with wrong bytes again past the HTTP cache, so a fix under the same immutable name shows', async () => {
    const key = uniqueKey();
    await setScenario(key, 'corrupt', 0, { headers: 'published' });
    const store = storeFor(key);
    const { result: broken } = await captureWarnings(() => store.load(proceduresDataset));
    expect(broken.error!.reason).to.equal('integrity');
    const [[file, count]] = procedureFile(await requests(key)) as [[string, number]];
    expect(count).to.equal(1);
    // The premise: an ordinary request for that name is answered by the browser's cache, not the host.
    await fetch(`${baseFor(key)}v1/${file}`);
    expect((await requests(key))[file], 'served from the HTTP cache').to.equal(1);

    await setScenario(key, 'updated');
    store.retry(proceduresDataset);
    await until(() => store.state(proceduresDataset).status === 'ready', 3000, 'the fixed file');
    expect(store.state(proceduresDataset).updated).to.equal('2026-11-27');
    expect((await requests(key))[file], 'the fixed file came from the host').to.equal(2);
  });

  for (const scenario of ['missing', 'invalid-top', 'html'] as const) {
    it(`reads the manifest again when trying again after "${scenario}", and picks up the fix`, async () => {
      const key = uniqueKey();
      await setScenario(key, scenario);
      const store = storeFor(key);
      const { result: failed } = await captureWarnings(() => store.load(proceduresDataset));
      expect(failed.status).to.equal('error');
      const before = (await requests(key))['manifest.json']!;
      await setScenario(key, 'ok');
      store.retry(proceduresDataset);
      await until(() => store.state(proceduresDataset).status === 'ready', 3000, 'ready after the fix');
      expect((await requests(key))['manifest.json']).to.equal(before + 1);
    });
  }

  it('retries an HTML answer to the manifest (a captive portal) quickly, like a network failure', async () => {
    const key = uniqueKey();
    await setScenario(key, 'html');
    const store = storeFor(key, { retries: 2, backoffMs: 10, random: () => 0 });
    await captureWarnings(async () => {
      store.subscribe(proceduresDataset, () => undefined);
      await until(
        () => store.state(proceduresDataset).error?.reason === 'not-json' && !store.state(proceduresDataset).refreshing,
        3000,
        'the quick retries',
      );
    });
    expect((await requests(key))['manifest.json']).to.equal(3);
  });

  it('recovers by itself after an outage, with slow retries once the quick ones ran out, and keeps the console quiet', async () => {
    const key = uniqueKey();
    await setScenario(key, 'fail');
    const store = storeFor(key, { retries: 1, backoffMs: 10, slowRetryMs: 200 });
    const { warnings } = await captureWarnings(async () => {
      store.subscribe(proceduresDataset, () => undefined);
      await until(() => quickRetriesOver(store), 3000, 'the quick retries to end');
      await sleep(700);
      // Slow retries go on (about every 200 ms here): the same failure is reported once.
      expect((await requests(key))['manifest.json']).to.be.at.least(4);
      await setScenario(key, 'ok');
      await until(() => store.state(proceduresDataset).status === 'ready', 2000, 'recovered without a click');
    });
    expect(warnings.filter((line) => line.includes('answered 503'))).to.have.length(1);
  });

  it('tries again slowly after failures that need the publisher (invalid content, a dataset not listed)', async () => {
    const key = uniqueKey();
    await setScenario(key, 'missing');
    const store = storeFor(key, { retries: 3, slowRetryMs: 150 });
    await captureWarnings(async () => {
      store.subscribe(proceduresDataset, () => undefined);
      await until(() => store.state(proceduresDataset).error?.reason === 'missing', 2000, 'missing');
      await setScenario(key, 'ok');
      await until(() => store.state(proceduresDataset).status === 'ready', 2000, 'recovered');
    });
  });

  it('stops the slow retries when no element shows the dataset any more, and starts again for a new one', async () => {
    const key = uniqueKey();
    await setScenario(key, 'fail');
    const store = storeFor(key, { slowRetryMs: 80 });
    await captureWarnings(async () => {
      const unsubscribe = store.subscribe(proceduresDataset, () => undefined);
      await until(() => store.state(proceduresDataset).status === 'error', 2000, 'error');
      unsubscribe();
      await sleep(300);
      const settled = (await requests(key))['manifest.json'];
      await sleep(300);
      expect((await requests(key))['manifest.json'], 'no request for nobody').to.equal(settled);
      await setScenario(key, 'ok');
      store.subscribe(proceduresDataset, () => undefined);
      await until(() => store.state(proceduresDataset).status === 'ready', 2000, 'ready for the new subscriber');
    });
  });

  it('tries again at once for a new element while the dataset has nothing to show, not at the next slow retry', async () => {
    const key = uniqueKey();
    await setScenario(key, 'fail');
    const store = storeFor(key, { slowRetryMs: 60_000 });
    await captureWarnings(async () => {
      store.subscribe(proceduresDataset, () => undefined);
      await until(() => quickRetriesOver(store), 2000, 'the error');
      const before = (await requests(key))['manifest.json']!;
      await setScenario(key, 'ok');
      await sleep(200);
      expect((await requests(key))['manifest.json'], 'waiting for the slow retry').to.equal(before);
      store.subscribe(proceduresDataset, () => undefined);
      await until(() => store.state(proceduresDataset).status === 'ready', 2000, 'ready for the new element');
      expect((await requests(key))['manifest.json']).to.equal(before + 1);
    });
  });

  it('tries again when the page becomes visible again, and not while it is hidden', async () => {
    const key = uniqueKey();
    await setScenario(key, 'fail');
    const store = storeFor(key, { slowRetryMs: 100, backoffMs: 10 });
    await captureWarnings(async () => {
      store.subscribe(proceduresDataset, () => undefined);
      await until(() => store.state(proceduresDataset).status === 'error' && !store.state(proceduresDataset).refreshing, 2000, 'error');
      visibility('hidden');
      await sleep(200);
      const hidden = (await requests(key))['manifest.json'];
      await setScenario(key, 'ok');
      await sleep(400);
      expect((await requests(key))['manifest.json'], 'no request while hidden').to.equal(hidden);
      expect(store.state(proceduresDataset).status).to.equal('error');
      visibility('visible');
      await until(() => store.state(proceduresDataset).status === 'ready', 1000, 'ready once visible');
    });
  });

  it('never aborts a download that keeps coming, however long it takes', async () => {
    const key = uniqueKey();
    // About 2.9 KB at 2 KB/s: 1.4 s, more than twice the 600 ms timeouts.
    await setScenario(key, 'throttle', 0, { rate: 2000 });
    const store = storeFor(key);
    const seen: number[] = [];
    store.subscribe(proceduresDataset, () => {
      const progress = store.state(proceduresDataset).progress;
      if (progress && progress.received !== seen.at(-1)) seen.push(progress.received);
    });
    const state = await store.load(proceduresDataset);
    expect(state.status, state.error?.message).to.equal('ready');
    expect(state.progress).to.equal(undefined);
    const [[, count]] = procedureFile(await requests(key)) as [[string, number]];
    expect(count, 'downloaded once').to.equal(1);
    expect(seen.length, 'progress as it came').to.be.at.least(3);
    const total = (await hostReport(key)).bytes;
    expect(Object.values(total).reduce((a, b) => a + b, 0)).to.be.lessThan(4000);
  });

  it('aborts a download that stops, after idleTimeoutMs without a byte, and says so', async () => {
    const key = uniqueKey();
    await setScenario(key, 'stall-body');
    const store = storeFor(key, { idleTimeoutMs: 300 });
    const started = performance.now();
    const { result: state } = await captureWarnings(() => store.load(proceduresDataset));
    expect(state.error!.reason).to.equal('timeout');
    expect(state.error!.message).to.contain('the download of').and.contain('stopped');
    expect(performance.now() - started).to.be.within(280, 2500);
  });

  it('sends no Referer: what the reader searched for stays on the page, whatever its referrer policy', async () => {
    const key = uniqueKey();
    const meta = document.createElement('meta');
    meta.name = 'referrer';
    meta.content = 'unsafe-url';
    document.head.append(meta);
    const address = location.href;
    history.replaceState(history.state, '', `${location.pathname}?fl-q=debt+advice`);
    try {
      // The premise: an ordinary request from this page carries the full address.
      await fetch(`${baseFor(key)}v1/manifest.json`);
      expect((await hostReport(key)).referers.join()).to.contain('fl-q=debt');
      const state = await storeFor(key).load(proceduresDataset);
      expect(state.status).to.equal('ready');
      expect((await hostReport(key)).referers, 'only the ordinary request had one').to.have.length(1);
    } finally {
      history.replaceState(history.state, '', address);
      meta.remove();
    }
  });

  it('says "offline" when the device is offline, "network" when the host does not answer', async () => {
    const key = uniqueKey();
    await setScenario(key, 'down');
    const { result: online } = await captureWarnings(() => storeFor(key).load(proceduresDataset));
    expect(online.error!.reason).to.equal('network');
    Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
    try {
      const { result: offline } = await captureWarnings(() => storeFor(key).load(proceduresDataset));
      expect(offline.error!.reason).to.equal('offline');
    } finally {
      delete (navigator as { onLine?: unknown }).onLine;
    }
  });

  it('after a full Cache API, keeps the newer copy in localStorage and removes the older one the Cache API held', async () => {
    const key = uniqueKey();
    const base = baseFor(key);
    await storeFor(key).load(proceduresDataset);
    // The Cache API now refuses to store (quota), but still holds the first copy.
    const full: CacheStorage = {
      open: async (name: string) => {
        const cache = await caches.open(name);
        return Object.assign(Object.create(cache) as Cache, {
          match: cache.match.bind(cache),
          delete: cache.delete.bind(cache),
          put: () => Promise.reject(new DOMException('Quota exceeded', 'QuotaExceededError')),
        });
      },
    } as unknown as CacheStorage;
    const quota = new ContentCache({ caches: full, storage: localStorage });
    await setScenario(key, 'updated');
    try {
      const second = await storeFor(key, { cache: quota }).load(proceduresDataset);
      expect(second.updated).to.equal('2026-11-27');
      await setScenario(key, 'fail');
      const { result: third } = await captureWarnings(() => storeFor(key, { cache: new ContentCache() }).load(proceduresDataset));
      expect(third.source).to.equal('cache');
      expect(third.updated, 'the newer copy, not the one the Cache API kept').to.equal('2026-11-27');
    } finally {
      localStorage.removeItem(ContentCache.storageKey(base, 1, 'procedures'));
    }
  });
});

/** The quick retries ended: an error shows and no request is on its way. */
function quickRetriesOver(store: ReturnType<typeof storeFor>): boolean {
  const state = store.state(proceduresDataset);
  return state.status === 'error' && !state.refreshing;
}
