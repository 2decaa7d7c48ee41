import { expect } from '@open-wc/testing';
import { ContentCache } from '../../src/content/cache.js';
import { ContentStore } from '../../src/content/store.js';
import { proceduresDataset } from '../../src/content/schema/procedures.js';
import { reintegrationDataset } from '../../src/content/schema/reintegration.js';
import { baseFor, captureWarnings, requests, setScenario, sleep, storeFor, storageOnlyCache, uniqueKey, until } from './helpers.js';

/** A first visit: loads from the network so that the device keeps a copy. */
async function visit(key: string, options = {}) {
  const state = await storeFor(key, options).load(proceduresDataset);
  expect(state.status, 'first visit').to.equal('ready');
  return state;
}

describe('content store', () => {
  it('loads a dataset through the manifest, validated, from the network', async () => {
    const key = uniqueKey();
    const store = storeFor(key);
    const state = await store.load(proceduresDataset);
    expect(state.status).to.equal('ready');
    expect(state.source).to.equal('network');
    expect(state.example).to.equal(true);
    expect(state.stale).to.equal(false);
    expect(state.updated).to.equal('2026-11-20');
    expect(state.schemaVersion).to.equal('1.0.0');
    expect(state.url).to.match(new RegExp(`/__content/${key}/v1/procedures\\.[0-9a-f]{16}\\.json$`));
    expect(state.data!.procedures.map((p) => p.id)).to.deep.equal(['icam-coaching', 'example-procedure-b', 'example-procedure-c']);
  });

  it('shares one request per file between datasets and subscribers', async () => {
    const key = uniqueKey();
    const store = storeFor(key);
    const [a, b, c] = await Promise.all([store.load(proceduresDataset), store.load(proceduresDataset), store.load(reintegrationDataset)]);
    expect([a.status, b.status, c.status]).to.deep.equal(['ready', 'ready', 'ready']);
    expect(a.data).to.equal(b.data);
    await store.load(proceduresDataset);
    const counts = await requests(key);
    expect(counts['manifest.json']).to.equal(1);
    const files = Object.entries(counts).filter(([file]) => file !== 'manifest.json');
    expect(files).to.have.length(2);
    for (const [file, count] of files) expect(count, file).to.equal(1);
  });

  it('shows the device copy at once, then replaces it with a newer publication (stale-while-revalidate)', async () => {
    const key = uniqueKey();
    await visit(key);
    await setScenario(key, 'updated');
    const store = storeFor(key);
    const seen: string[] = [];
    store.subscribe(proceduresDataset, () => {
      const s = store.state(proceduresDataset);
      if (s.data && seen.at(-1) !== `${s.source}:${s.updated}`) seen.push(`${s.source}:${s.updated}`);
    });
    await until(() => store.state(proceduresDataset).source === 'network', 2000, 'the newer copy');
    // The device copy is written after the newer content's first paint: load() resolves once that is done.
    await store.load(proceduresDataset);
    expect(seen).to.deep.equal(['cache:2026-11-20', 'network:2026-11-27']);
    const state = store.state(proceduresDataset);
    expect(state.data!.intro!.en).to.equal('Updated procedures example content.');
    expect(state.stale).to.equal(false);
    // The newer copy is the one kept on the device now.
    await setScenario(key, 'fail');
    const { result: offline } = await captureWarnings(() => storeFor(key).load(proceduresDataset));
    expect(offline.updated).to.equal('2026-11-27');
  });

  it('does not download a dataset again when the manifest names the copy on the device', async () => {
    const key = uniqueKey();
    await visit(key);
    const store = storeFor(key);
    const state = await store.load(proceduresDataset);
    expect(state.source).to.equal('cache');
    expect(state.refreshing).to.equal(false);
    const counts = await requests(key);
    expect(counts['manifest.json']).to.equal(2);
    expect(Object.entries(counts).find(([file]) => file.startsWith('procedures.'))![1]).to.equal(1);
  });

  it('tells its subscribers once when the manifest confirms the device copy, and never about a change of nothing', async () => {
    const key = uniqueKey();
    await visit(key);
    const store = storeFor(key);
    const states: { source: string | undefined; url: string | undefined; refreshing: boolean }[] = [];
    store.subscribe(proceduresDataset, () => {
      const { data, source, url, refreshing } = store.state(proceduresDataset);
      if (data) states.push({ source, url, refreshing });
    });
    await until(() => states.at(-1)?.refreshing === false, 2000, 'the manifest check');
    await sleep(100);
    // Each call renders the elements that show the dataset: the copy, then its check (the file's URL,
    // done), not a call per field.
    expect(states.map((s) => `${s.source} ${s.url ? 'url' : 'no url'} ${s.refreshing ? 'refreshing' : 'done'}`)).to.deep.equal([
      'cache no url refreshing',
      'cache url done',
    ]);
  });

  it('works offline after one visit: the device copy shows, marked stale', async () => {
    const key = uniqueKey();
    await visit(key);
    await setScenario(key, 'fail');
    const { result: state, warnings } = await captureWarnings(() => storeFor(key).load(proceduresDataset));
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('manifest.json answered 503');
    expect(state.status).to.equal('ready');
    expect(state.source).to.equal('cache');
    expect(state.stale).to.equal(true);
    expect(state.error!.reason).to.equal('http');
    expect(state.updated).to.equal('2026-11-20');
    expect(state.example).to.equal(true);
  });

  it('never replaces good content with an invalid publication, and says where it is invalid', async () => {
    const key = uniqueKey();
    await visit(key);
    await setScenario(key, 'invalid-top');
    const { result: state } = await captureWarnings(() => storeFor(key).load(proceduresDataset));
    expect(state.status).to.equal('ready');
    expect(state.updated).to.equal('2026-11-20');
    expect(state.data!.intro!.en).to.match(/^Example content for tests/);
    expect(state.stale).to.equal(true);
    expect(state.error!.reason).to.equal('invalid');
    expect(state.error!.paths.sort()).to.deep.equal(['$.intro', '$.updated']);
    // Nor is the invalid publication written to the device: a third visit still has the good copy.
    await setScenario(key, 'fail');
    const { result: third } = await captureWarnings(() => storeFor(key).load(proceduresDataset));
    expect(third.data!.intro!.en).to.match(/^Example content for tests/);
  });

  it('rejects a dataset whose top level is invalid when there is nothing to keep', async () => {
    const key = uniqueKey();
    await setScenario(key, 'invalid-top');
    const { result: state, warnings } = await captureWarnings(() => storeFor(key).load(proceduresDataset));
    expect(state.status).to.equal('error');
    expect(state.data).to.equal(undefined);
    expect(state.error!.reason).to.equal('invalid');
    expect(state.error!.problems.map((p) => p.path).sort()).to.deep.equal(['$.intro', '$.updated']);
    expect(warnings.join('\n')).to.contain('$.updated');
  });

  it('drops an invalid record, reports its id and path, and shows the rest', async () => {
    const key = uniqueKey();
    await setScenario(key, 'invalid-records');
    const { result: state, warnings } = await captureWarnings(() => storeFor(key).load(proceduresDataset));
    expect(state.status).to.equal('ready');
    expect(state.data!.procedures.map((p) => p.id)).to.deep.equal(['icam-coaching']);
    expect(state.dropped.map((p) => [p.id, p.path])).to.deep.equal([
      ['example-procedure-b', '$.procedures[1].title'],
      ['example-procedure-c', '$.procedures[2].links[0].url'],
      [undefined, '$.procedures[3].id'],
    ]);
    expect(warnings.join('\n')).to.contain('3 invalid record(s)').and.contain('$.procedures[1].title (example-procedure-b)');
  });

  it('keeps the last good version of a record that became invalid (nothing lost)', async () => {
    const key = uniqueKey();
    await visit(key);
    await setScenario(key, 'invalid-records');
    const { result: state, warnings } = await captureWarnings(() => storeFor(key).load(proceduresDataset));
    expect(state.source).to.equal('network');
    expect(state.data!.procedures.map((p) => p.id)).to.deep.equal(['icam-coaching', 'example-procedure-b', 'example-procedure-c']);
    expect(state.data!.procedures[1]!.title.en).to.equal('Example procedure B');
    expect(state.dropped).to.have.length(3);
    expect(warnings.join('\n')).to.contain('the previous version of example-procedure-b, example-procedure-c is shown instead');
  });

  it('loads content of a newer minor version, ignoring fields it does not know', async () => {
    const key = uniqueKey();
    await setScenario(key, 'minor');
    const state = await storeFor(key).load(proceduresDataset);
    expect(state.status).to.equal('ready');
    expect(state.schemaVersion).to.equal('1.9.0');
    expect(state.dropped).to.deep.equal([]);
    expect(state.data!.procedures).to.have.length(3);
    expect(state.data!.procedures[0]).not.to.have.property('futureField');
  });

  it('refuses content of another schema major with a clear message', async () => {
    const key = uniqueKey();
    await setScenario(key, 'major');
    const { result: state } = await captureWarnings(() => storeFor(key).load(proceduresDataset));
    expect(state.status).to.equal('error');
    expect(state.error!.reason).to.equal('schema-major');
    expect(state.error!.message).to.contain('follows schema 2.0.0').and.contain('reads schema 1.x only');
    expect(state.error!.url).to.match(/\/v1\/manifest\.json$/);
  });

  it('reports a dataset the manifest does not list', async () => {
    const key = uniqueKey();
    await setScenario(key, 'missing');
    const { result: state } = await captureWarnings(() => storeFor(key).load(proceduresDataset));
    expect(state.error!.reason).to.equal('missing');
  });

  it('refuses a file whose hash differs from the manifest, and keeps the good copy', async () => {
    const key = uniqueKey();
    await setScenario(key, 'hash');
    const { result: state } = await captureWarnings(() => storeFor(key).load(proceduresDataset));
    expect(state.status).to.equal('error');
    expect(state.error!.reason).to.equal('integrity');
    expect(state.error!.message).to.contain('but the manifest says');
    // One request: the hash is checked with Web Crypto (off the main thread), which tells an integrity
    // failure from a network one without asking twice.
    const counts = await requests(key);
    expect(Object.entries(counts).find(([file]) => file.startsWith('procedures.'))![1]).to.equal(1);

    const key2 = uniqueKey();
    await visit(key2);
    await setScenario(key2, 'updated');
    await setScenario(key2, 'hash');
    const { result: kept } = await captureWarnings(() => storeFor(key2).load(proceduresDataset));
    // The "hash" host serves the original publication with wrong hashes: the device copy's hash no longer
    // matches the manifest, the download fails the integrity check, and the good copy stays.
    expect(kept.status).to.equal('ready');
    expect(kept.stale).to.equal(true);
    expect(kept.error!.reason).to.equal('integrity');
  });

  it('says when the host sends a web page or broken JSON', async () => {
    const key = uniqueKey();
    await setScenario(key, 'html');
    const { result: html } = await captureWarnings(() => storeFor(key).load(proceduresDataset));
    expect(html.error!.reason).to.equal('not-json');
    expect(html.error!.message).to.contain('a web page (HTML) instead of JSON');
    const key2 = uniqueKey();
    await setScenario(key2, 'bad-json');
    const { result: bad } = await captureWarnings(() => storeFor(key2).load(proceduresDataset));
    expect(bad.error!.reason).to.equal('not-json');
    expect(bad.error!.message).to.contain('not valid JSON');
  });

  it('sets slow after slowMs and times out after timeoutMs when the host stalls', async () => {
    const key = uniqueKey();
    await setScenario(key, 'stall');
    const store = storeFor(key, { slowMs: 80, timeoutMs: 400 });
    const started = performance.now();
    store.subscribe(proceduresDataset, () => {});
    await sleep(40);
    expect(store.state(proceduresDataset)).to.include({ status: 'loading', slow: false });
    await until(() => store.state(proceduresDataset).slow, 1000, 'slow');
    expect(performance.now() - started).to.be.within(70, 350);
    const { result: state } = await captureWarnings(() => store.load(proceduresDataset));
    expect(state.status).to.equal('error');
    expect(state.slow).to.equal(false);
    expect(state.error!.reason).to.equal('timeout');
    expect(performance.now() - started).to.be.within(380, 1500);
  });

  it('refreshes in the background when a device copy shows: no slow notice, no error state', async () => {
    const key = uniqueKey();
    await visit(key);
    await setScenario(key, 'stall');
    const store = storeFor(key, { slowMs: 30, timeoutMs: 300 });
    const statuses = new Set<string>();
    let everSlow = false;
    store.subscribe(proceduresDataset, () => {
      const s = store.state(proceduresDataset);
      if (s.data) statuses.add(s.status);
      everSlow ||= s.slow;
    });
    const { result: state } = await captureWarnings(() => store.load(proceduresDataset));
    expect(state.status).to.equal('ready');
    expect(state.stale).to.equal(true);
    expect(state.error!.reason).to.equal('timeout');
    expect(everSlow).to.equal(false);
    expect([...statuses]).to.deep.equal(['ready']);
  });

  it('retries with backoff until the host answers', async () => {
    const key = uniqueKey();
    await setScenario(key, 'fail-once');
    const store = storeFor(key, { retries: 3, backoffMs: 40, random: () => 0.5 });
    const statuses: string[] = [];
    store.subscribe(proceduresDataset, () => statuses.push(store.state(proceduresDataset).status));
    const { warnings } = await captureWarnings(() => until(() => store.state(proceduresDataset).status === 'ready', 3000, 'ready'));
    // Each file fails once: the manifest (first attempt), then the dataset file (second attempt, after which
    // the manifest is read again, as a missing file can mean a new publication); the third attempt succeeds.
    expect(statuses).to.include('error');
    expect(statuses.at(-1)).to.equal('ready');
    expect(store.state(proceduresDataset).error).to.equal(undefined);
    expect(warnings.join('\n')).to.contain('answered 503');
    const counts = await requests(key);
    expect(counts['manifest.json']).to.equal(3);
    expect(Object.entries(counts).find(([file]) => file.startsWith('procedures.'))![1]).to.equal(2);
  });

  it('spaces retries exponentially with jitter, and stops after the last one', async () => {
    const key = uniqueKey();
    await setScenario(key, 'fail');
    const store = storeFor(key, { retries: 3, backoffMs: 40, maxBackoffMs: 1000, random: () => 0 });
    const started = performance.now();
    await captureWarnings(async () => {
      store.subscribe(proceduresDataset, () => {});
      await until(() => store.state(proceduresDataset).status === 'error' && !store.state(proceduresDataset).refreshing, 3000, 'the last retry');
    });
    // random() = 0 waits half of each ceiling: 20 + 40 + 80 ms.
    expect(performance.now() - started).to.be.at.least(140);
    expect((await requests(key))['manifest.json']).to.equal(4);
  });

  it('retry() tries again at once', async () => {
    const key = uniqueKey();
    await setScenario(key, 'fail');
    const store = storeFor(key, { retries: 5, backoffMs: 5000 });
    await captureWarnings(() => store.load(proceduresDataset));
    expect(store.state(proceduresDataset).status).to.equal('error');
    await setScenario(key, 'ok');
    store.retry(proceduresDataset);
    expect(store.state(proceduresDataset).status).to.equal('loading');
    await until(() => store.state(proceduresDataset).status === 'ready', 1000, 'ready after retry');
  });

  it('tries again at once when the browser comes back online', async () => {
    const key = uniqueKey();
    await setScenario(key, 'fail');
    const store = storeFor(key, { retries: 5, backoffMs: 5000 });
    await captureWarnings(() => store.load(proceduresDataset));
    await setScenario(key, 'ok');
    window.dispatchEvent(new Event('online'));
    await until(() => store.state(proceduresDataset).status === 'ready', 1000, 'ready once online');
  });

  it('loads from another origin when the host sends CORS headers, and fails clearly when it does not', async () => {
    const key = uniqueKey();
    const base = baseFor(key, true);
    expect(new URL(base).origin).not.to.equal(location.origin);
    const state = await new ContentStore(base, { timeoutMs: 2000, retries: 0 }).load(proceduresDataset);
    expect(state.status).to.equal('ready');
    expect(state.url!.startsWith(base)).to.equal(true);

    const key2 = uniqueKey();
    await setScenario(key2, 'nocors');
    const { result: refused } = await captureWarnings(() =>
      new ContentStore(baseFor(key2, true), { timeoutMs: 2000, retries: 0 }).load(proceduresDataset),
    );
    expect(refused.status).to.equal('error');
    expect(refused.error!.reason).to.equal('network');
    expect(refused.error!.message).to.contain("does not allow this page's origin");
    // The same host answered: only the browser's CORS check refused it.
    expect((await requests(key2))['manifest.json']).to.equal(1);
  });

  it('keeps a copy in localStorage when there is no Cache API', async () => {
    const key = uniqueKey();
    const cache = storageOnlyCache();
    await visit(key, { cache });
    expect(localStorage.getItem(ContentCache.storageKey(baseFor(key), 1, 'procedures'))).to.be.a('string');
    await setScenario(key, 'fail');
    const state = await storeFor(key, { cache }).load(proceduresDataset);
    expect(state.source).to.equal('cache');
    expect(state.data!.procedures).to.have.length(3);
    localStorage.removeItem(ContentCache.storageKey(baseFor(key), 1, 'procedures'));
  });

  it('keeps one device copy per content base', async () => {
    const a = uniqueKey();
    const b = uniqueKey();
    await visit(a);
    await setScenario(b, 'fail');
    const { result: other } = await captureWarnings(() => storeFor(b).load(proceduresDataset));
    expect(other.status).to.equal('error');
    expect(other.data).to.equal(undefined);
  });
});
