// The store's first attempt: the manifest asked for while the device copy is read, a manifest read by hand
// when it lists the file the copy came from, the device copy written after the content showed.
import { expect } from '@open-wc/testing';
import { publish } from '../../src/authoring/publish.js';
import { ContentCache, type CachedDataset } from '../../src/content/cache.js';
import { listingOf } from '../../src/content/schema/manifest-fields.js';
import { walkinsDataset } from '../../src/content/schema/walkins.js';
import { captureWarnings, requests, serveFiles, storeFor, uniqueKey, until } from './helpers.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const SHA = 'a'.repeat(64);
const manifest = (datasets: Json, extra: Json = {}): Json => ({
  schemaVersion: '1.2.0',
  publishedAt: '2026-11-20',
  status: 'live',
  datasets,
  ...extra,
});

describe('listingOf: the manifest fields read by hand', () => {
  it('reads a well-formed listing, and ignores what it does not read', () => {
    const json = manifest({ walkins: { file: 'walkins.0123abcd.json', sha256: SHA, updated: '2026-11-20', bytes: 12 }, services: 'broken' });
    expect(listingOf(json, 'walkins')).to.deep.equal({
      schemaVersion: '1.2.0',
      status: 'live',
      file: 'walkins.0123abcd.json',
      sha256: SHA,
      bytes: 12,
    });
    expect(listingOf(manifest({ walkins: { file: 'walkins.0123abcd.json', sha256: SHA } }), 'walkins')!.bytes).to.equal(undefined);
  });

  it('gives nothing for a manifest that does not look right, so that it is checked whole', () => {
    const good = { file: 'walkins.0123abcd.json', sha256: SHA };
    const cases: [string, unknown][] = [
      ['not an object', '<html>'],
      ['null', null],
      ['no datasets', { schemaVersion: '1.0.0', status: 'live' }],
      ['datasets an array', manifest([])],
      ['not listed', manifest({ services: good })],
      ['an inherited name', manifest({})],
      ['a bad version', manifest({ walkins: good }, { schemaVersion: '1.0' })],
      ['a bad status', manifest({ walkins: good }, { status: 'draft' })],
      ['a path for a file', manifest({ walkins: { ...good, file: '../walkins.0123abcd.json' } })],
      ['another host', manifest({ walkins: { ...good, file: 'https://evil.example/walkins.0123abcd.json' } })],
      ['a short hash', manifest({ walkins: { ...good, sha256: 'abc' } })],
      ['an upper-case hash', manifest({ walkins: { ...good, sha256: SHA.toUpperCase() } })],
      ['negative bytes', manifest({ walkins: { ...good, bytes: -1 } })],
      ['bytes as text', manifest({ walkins: { ...good, bytes: '12' } })],
    ];
    for (const [what, json] of cases) expect(listingOf(json, what === 'an inherited name' ? 'toString' : 'walkins'), what).to.equal(undefined);
  });
});

describe("the store's first attempt", () => {
  it('asks for the manifest while the device copy is still being read', async () => {
    const key = uniqueKey();
    let open!: () => void;
    const gate = new Promise<void>((resolve) => (open = resolve));
    class SlowCache extends ContentCache {
      override async read(base: string, major: number, dataset: string): Promise<CachedDataset | undefined> {
        await gate;
        return super.read(base, major, dataset);
      }
    }
    const store = storeFor(key, { cache: new SlowCache() });
    store.subscribe(walkinsDataset, () => undefined);
    let asked = 0;
    const started = performance.now();
    while (asked === 0 && performance.now() - started < 3000) asked = (await requests(key))['manifest.json'] ?? 0;
    expect(asked, 'manifest requests while the device copy is read').to.equal(1);
    let looked = false;
    void store.lookedForDeviceCopy(walkinsDataset).then(() => (looked = true));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(looked, 'not looked for while the read is under way').to.equal(false);
    open();
    await store.lookedForDeviceCopy(walkinsDataset);
    await until(() => store.state(walkinsDataset).status === 'ready', 3000, 'content');
    expect((await requests(key))['manifest.json']).to.equal(1);
    // Without a device cache there is nothing to look for.
    const bare = storeFor(uniqueKey(), { cache: null });
    const unsubscribe = bare.subscribe(walkinsDataset, () => undefined);
    await bare.lookedForDeviceCopy(walkinsDataset);
    unsubscribe();
  });

  it('writes the device copy after the content showed and a frame was painted', async () => {
    const key = uniqueKey();
    const events: string[] = [];
    class WatchedCache extends ContentCache {
      override write(base: string, major: number, entry: CachedDataset) {
        events.push('write');
        return super.write(base, major, entry);
      }
    }
    const store = storeFor(key, { cache: new WatchedCache() });
    store.subscribe(walkinsDataset, () => {
      if (store.state(walkinsDataset).status === 'ready' && !events.includes('shown')) {
        events.push('shown');
        requestAnimationFrame(() => events.push('frame'));
      }
    });
    await until(() => events.includes('write'), 3000, 'the write');
    expect(events).to.deep.equal(['shown', 'frame', 'write']);
  });

  it('shows a current device copy when the manifest is wrong only where the hand check does not read, and names the field once something changed', async () => {
    const key = uniqueKey();
    const data = (await (await fetch('/demo/content/walkins.json')).json()) as Json;
    const { files } = await publish([data], { status: 'example', schemas: false });
    await serveFiles(key, files);
    expect((await storeFor(key).load(walkinsDataset)).source).to.equal('network');
    const broken = files.map((file) =>
      file.path.endsWith('manifest.json')
        ? { ...file, content: JSON.stringify({ ...(JSON.parse(file.content) as Json), publishedAt: 'yesterday' }) }
        : file,
    );
    await serveFiles(key, broken);
    const current = await storeFor(key).load(walkinsDataset);
    expect(current.source).to.equal('cache');
    expect(current.error).to.equal(undefined);
    expect(current.refreshing).to.equal(false);

    // A new publication under that manifest: the manifest is checked whole, and its fault is named.
    const edited = { ...data, updated: '2026-11-30' };
    const next = (await publish([edited], { status: 'example', schemas: false })).files;
    await serveFiles(
      key,
      next.map((file) =>
        file.path.endsWith('manifest.json')
          ? { ...file, content: JSON.stringify({ ...(JSON.parse(file.content) as Json), publishedAt: 'yesterday' }) }
          : file,
      ),
    );
    const { result: changed } = await captureWarnings(() => storeFor(key).load(walkinsDataset));
    expect(changed.source).to.equal('cache');
    expect(changed.error?.reason).to.equal('invalid');
    expect(changed.error?.message).to.contain('publishedAt');
  });
});
