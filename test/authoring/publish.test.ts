import { expect } from '@open-wc/testing';
import { canonicalJson, publish, PublishError } from '../../src/authoring/publish.js';
import { sha256Hex } from '../../src/content/loader.js';
import { proceduresDataset } from '../../src/content/schema/procedures.js';
import { reintegrationDataset } from '../../src/content/schema/reintegration.js';
import { serveFiles, storeFor, uniqueKey } from '../content/helpers.js';

async function fixture(name: string): Promise<Record<string, unknown> & { procedures?: Record<string, unknown>[] }> {
  return (await fetch(new URL(`../content/fixtures/${name}.json`, import.meta.url))).json();
}

function reversed(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reversed);
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value)
        .reverse()
        .map(([k, v]) => [k, reversed(v)]),
    );
  return value;
}

async function rejection(promise: Promise<unknown>): Promise<PublishError> {
  try {
    await promise;
  } catch (error) {
    expect(error).to.be.instanceOf(PublishError);
    return error as PublishError;
  }
  throw new Error('expected publish() to refuse');
}

describe('publish', () => {
  it('writes the published layout: manifest, hashed dataset files, JSON Schema files', async () => {
    const { manifest, files } = await publish([await fixture('procedures'), await fixture('reintegration')], { status: 'example' });
    const paths = files.map((file) => file.path);
    expect(paths[0]).to.equal('v1/manifest.json');
    expect(paths.filter((path) => /^v1\/[a-z]+\.[0-9a-f]{16}\.json$/.test(path))).to.have.length(2);
    expect(paths.filter((path) => path.startsWith('v1/schema/')).sort()).to.deep.equal([
      'v1/schema/manifest.schema.json',
      'v1/schema/procedures.schema.json',
      'v1/schema/reintegration.schema.json',
      'v1/schema/services.schema.json',
      'v1/schema/walkins.schema.json',
    ]);
    expect(manifest).to.deep.include({ schemaVersion: '1.2.0', publishedAt: '2026-11-20', status: 'example' });
    expect(JSON.parse(files[0]!.content)).to.deep.equal(manifest);
    const entry = manifest.datasets.procedures!;
    expect(entry.updated).to.equal('2026-11-20');
    expect(entry.locales).to.deep.equal(['en', 'fr', 'nl']);
    const file = files.find((f) => f.path === `v1/${entry.file}`)!;
    expect(await sha256Hex(new TextEncoder().encode(file.content))).to.equal(entry.sha256);
    expect(entry.file).to.equal(`procedures.${entry.sha256.slice(0, 16)}.json`);
    expect(JSON.parse(file.content)).not.to.have.property('$schema');
    expect(manifest.datasets.reintegration!.locales).to.deep.equal(['en', 'fr', 'nl']);
  });

  it('gives the same bytes for the same content, whatever the key order or dataset order', async () => {
    const procedures = await fixture('procedures');
    const reintegration = await fixture('reintegration');
    const a = await publish([procedures, reintegration], { status: 'example' });
    const b = await publish([reversed(reintegration), reversed(procedures)], { status: 'example' });
    expect(b.files.map((f) => f.path)).to.deep.equal(a.files.map((f) => f.path));
    expect(b.files.map((f) => f.content)).to.deep.equal(a.files.map((f) => f.content));
    expect(canonicalJson({ b: 1, a: [{ d: 1, c: 2 }] })).to.equal('{"a":[{"c":2,"d":1}],"b":1}');
  });

  it('publishes files that the loader reads, integrity check included', async () => {
    const key = uniqueKey();
    const { files } = await publish([await fixture('procedures'), await fixture('reintegration')], { status: 'example' });
    await serveFiles(key, files);
    const store = storeFor(key);
    const [procedures, reintegration] = await Promise.all([store.load(proceduresDataset), store.load(reintegrationDataset)]);
    expect(procedures.status).to.equal('ready');
    expect(procedures.example).to.equal(true);
    expect(procedures.data!.procedures).to.have.length(3);
    expect(reintegration.data!.desks[0]!.id).to.equal('example-desk');
  });

  it('refuses invalid content, listing every problem with its dataset, id and path', async () => {
    const procedures = await fixture('procedures');
    (procedures.procedures![1] as Record<string, unknown>).title = 42;
    const reintegration = await fixture('reintegration');
    reintegration.updated = 'yesterday';
    const error = await rejection(publish([procedures, reintegration], { status: 'example' }));
    expect(error.problems.map((p) => [p.dataset, p.id, p.path])).to.deep.equal([
      ['procedures', 'example-procedure-b', '$.procedures[1].title'],
      ['reintegration', undefined, '$.updated'],
    ]);
    expect(error.message).to.contain('procedures $.procedures[1].title (example-procedure-b)');
  });

  it('refuses example records in live content', async () => {
    const error = await rejection(publish([await fixture('reintegration')], { status: 'live' }));
    expect(error.problems.map((p) => p.path)).to.deep.equal(['$.programmes[0].example', '$.countries[0].example', '$.desks[0].example']);
  });

  it('refuses a file that is not a known dataset, and a dataset given twice', async () => {
    const procedures = await fixture('procedures');
    const error = await rejection(publish([procedures, procedures, { dataset: 'weather' }, {}], { status: 'example' }));
    expect(error.problems.map((p) => p.message)).to.deep.equal([
      '"procedures" is given twice',
      '"weather" is not a dataset (known: services, procedures, walkins, reintegration)',
      'is missing: the file must say which dataset it is',
    ]);
  });

  it('writes JSON Schema (draft 2020-12) that names the dataset and describes its records', async () => {
    const { files } = await publish([await fixture('procedures')], { status: 'example' });
    const schema = JSON.parse(files.find((f) => f.path === 'v1/schema/procedures.schema.json')!.content);
    expect(schema.$schema).to.equal('https://json-schema.org/draft/2020-12/schema');
    expect(schema.properties.dataset.const).to.equal('procedures');
    expect(schema.required).to.include.members(['dataset', 'updated']);
    expect(schema.properties.procedures.type).to.equal('array');
    const manifestSchema = JSON.parse(files.find((f) => f.path === 'v1/schema/manifest.schema.json')!.content);
    expect(manifestSchema.required).to.include.members(['schemaVersion', 'publishedAt', 'status', 'datasets']);
  });
});
