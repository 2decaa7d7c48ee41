import { expect } from '@open-wc/testing';
import { ContentCache } from '../../src/content/cache.js';
import { proceduresDataset as proceduresRef } from '../../src/content/dataset-refs.js';
import { datasetRef, type DatasetRef } from '../../src/content/schema/dataset.js';
import { proceduresDataset } from '../../src/content/schema/procedures.js';
import { VERSION } from '../../src/version.js';
import { baseFor, captureWarnings, requests, setScenario, storeFor, uniqueKey, until } from './helpers.js';

type Procedures = typeof proceduresDataset;

/** A reference to the procedures dataset that counts its loads; `loader` decides what each load does. */
function countingRef(
  loader: (call: number) => Promise<Procedures> = () => Promise.resolve(proceduresDataset),
): DatasetRef<Procedures> & { calls: number } {
  const counter = { calls: 0 };
  return Object.assign(
    counter,
    datasetRef<Procedures>('procedures', () => loader(++counter.calls)),
  );
}

/** A promise that never settles: a schema chunk that never arrives. */
const never = () => new Promise<Procedures>(() => undefined);

/** The device copy of `key`'s procedures, as the store wrote it. */
async function deviceCopy(key: string) {
  const copy = await new ContentCache().read(baseFor(key), 1, 'procedures');
  expect(copy, 'a device copy').not.to.equal(undefined);
  return copy!;
}

describe('validation loaded on demand', () => {
  it('loads a dataset named by reference, validated, from the network', async () => {
    const ref = countingRef();
    const state = await storeFor(uniqueKey()).load(ref);
    expect(state.status).to.equal('ready');
    expect(state.source).to.equal('network');
    expect(state.data!.procedures.map((p) => p.id)).to.deep.equal(['icam-coaching', 'example-procedure-b', 'example-procedure-c']);
    expect(ref.calls).to.equal(1);
  });

  it('with nothing to show yet, loads the schema beside the manifest request, not once the manifest has come', async () => {
    const key = uniqueKey();
    await setScenario(key, 'slow', 1500);
    const ref = countingRef();
    const loaded = storeFor(key).load(ref);
    await until(() => ref.calls === 1, 1200, 'the schema asked for while the manifest is on its way');
    const state = await loaded;
    expect(state.status).to.equal('ready');
    expect(ref.calls, 'asked once').to.equal(1);
  });

  it('drops invalid records of a dataset named by reference, as with its definition', async () => {
    const key = uniqueKey();
    await setScenario(key, 'invalid-records');
    const { result: state } = await captureWarnings(() => storeFor(key).load(countingRef()));
    expect(state.status).to.equal('ready');
    expect(state.data!.procedures.map((p) => p.id)).to.deep.equal(['icam-coaching']);
    expect(state.dropped.map((problem) => problem.path)).to.include('$.procedures[1].title');
  });

  it('shows a current device copy without loading the schema, and does not load it when the manifest names that copy', async () => {
    const key = uniqueKey();
    await storeFor(key).load(countingRef());
    const ref = countingRef(never);
    const state = await storeFor(key).load(ref);
    expect(state.status).to.equal('ready');
    expect(state.source).to.equal('cache');
    expect(state.refreshing).to.equal(false);
    expect(state.data!.procedures).to.have.length(3);
    expect(ref.calls).to.equal(0);
    expect((await requests(key))['manifest.json']).to.equal(2);
  });

  it('shows the device copy at once even while the schema is still on its way', async () => {
    const key = uniqueKey();
    await storeFor(key).load(countingRef());
    await setScenario(key, 'updated');
    const store = storeFor(key);
    store.subscribe(countingRef(never), () => undefined);
    const state = () => store.state(proceduresRef);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(state().source).to.equal('cache');
    expect(state().updated).to.equal('2026-11-20');
    // The newer publication waits for its schema: never shown unvalidated.
    expect(state().refreshing).to.equal(true);
  });

  it('reports a schema that cannot load as a "code" failure, shows nothing unvalidated, and loads it again on retry', async () => {
    const key = uniqueKey();
    let failing = true;
    const ref = countingRef(() =>
      failing ? Promise.reject(new TypeError('Failed to fetch dynamically imported module')) : Promise.resolve(proceduresDataset),
    );
    const store = storeFor(key);
    const { result: failed, warnings } = await captureWarnings(() => store.load(ref));
    expect(failed.status).to.equal('error');
    expect(failed.data).to.equal(undefined);
    expect(failed.error!.reason).to.equal('code');
    expect(failed.error!.retryable).to.equal(true);
    expect(failed.error!.message).to.contain('could not load the schema of "procedures"');
    expect(warnings.join('\n')).to.contain('could not load the schema');
    // Asked beside the manifest (nothing to show yet), then again by the attempt that needed it.
    expect(ref.calls).to.equal(2);
    failing = false;
    store.retry(ref);
    const state = await store.load(ref);
    expect(state.status).to.equal('ready');
    expect(state.source).to.equal('network');
    expect(ref.calls).to.equal(3);
  });

  it('trusts a device copy written by this version: validated when written, not when read', async () => {
    const key = uniqueKey();
    await storeFor(key).load(proceduresDataset);
    const copy = await deviceCopy(key);
    expect(copy.library).to.equal(VERSION);
    const data = copy.data as { procedures: { id: string; title: unknown }[] };
    data.procedures[0]!.title = { en: 'Changed on the device' };
    await new ContentCache().write(baseFor(key), 1, copy);
    await setScenario(key, 'fail');
    const ref = countingRef(never);
    const { result: state } = await captureWarnings(() => storeFor(key).load(ref));
    expect(state.source).to.equal('cache');
    expect(state.data!.procedures[0]!.title.en).to.equal('Changed on the device');
    expect(ref.calls).to.equal(0);
  });

  it('checks a device copy written by another version of the library before showing it', async () => {
    const key = uniqueKey();
    await storeFor(key).load(proceduresDataset);
    const copy = await deviceCopy(key);
    await new ContentCache().write(baseFor(key), 1, { ...copy, library: '0.0.1' });
    await setScenario(key, 'fail');
    const ref = countingRef();
    const { result: valid } = await captureWarnings(() => storeFor(key).load(ref));
    expect(valid.status).to.equal('ready');
    expect(valid.source).to.equal('cache');
    expect(valid.data!.procedures).to.have.length(3);
    expect(ref.calls, 'the schema was loaded to check the copy').to.equal(1);

    // The same copy with a record this version's schema refuses: that record is left out (and reported),
    // the others show, as for content from the network.
    const data = structuredClone(copy.data) as { procedures: { title: unknown }[] };
    data.procedures[1]!.title = 42;
    await new ContentCache().write(baseFor(key), 1, { ...copy, library: '0.0.1', data });
    const { result: kept } = await captureWarnings(() => storeFor(key).load(countingRef()));
    expect(kept.status).to.equal('ready');
    expect(kept.source).to.equal('cache');
    expect(kept.data!.procedures.map((p) => p.id)).to.deep.equal(['icam-coaching', 'example-procedure-c']);
    expect(kept.dropped.map((p) => [p.id, p.path])).to.deep.equal([['example-procedure-b', '$.procedures[1].title']]);
  });
});
