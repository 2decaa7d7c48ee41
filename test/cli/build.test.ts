import { expect } from '@open-wc/testing';
import * as z from 'zod/mini';
import { datasetDefinition } from '../../src/content/datasets.js';
import { sha256Hex } from '../../src/content/loader.js';
import { manifestSchema } from '../../src/content/schema/manifest.js';
import { validateDataset } from '../../src/content/validate.js';
import { cli, FIXTURES, problemLines, readTree, TODAY, tmpdir, writeFiles } from './helpers.js';

const GOOD = `${FIXTURES}/good`;

async function build(folder: string, ...options: string[]) {
  const out = await tmpdir();
  const run = await cli('build', folder, '--out', out, '--today', TODAY, ...options);
  return { out, run, files: await readTree(out) };
}

/** The same JSON with other whitespace and every object's keys in reverse order. */
function reshuffle(text: string): string {
  const reverse = (value: unknown): unknown =>
    Array.isArray(value)
      ? value.map(reverse)
      : value && typeof value === 'object'
        ? Object.fromEntries(
            Object.entries(value)
              .reverse()
              .map(([key, item]) => [key, reverse(item)]),
          )
        : value;
  return JSON.stringify(reverse(JSON.parse(text)), null, '\t');
}

describe('frontline-content build', () => {
  it('writes the published layout: manifest, content-hashed dataset files, JSON Schema files', async () => {
    const { run, files, out } = await build(GOOD);
    expect(run.code, run.stdout + run.stderr).to.equal(0);
    expect(run.stdout).to.contain(`Published 4 datasets into ${out}/v1 (status example, schema 1.2.0, published 2026-11-20).`);
    const paths = Object.keys(files);
    expect(paths.filter((path) => path.startsWith('v1/schema/'))).to.deep.equal([
      'v1/schema/manifest.schema.json',
      'v1/schema/procedures.schema.json',
      'v1/schema/reintegration.schema.json',
      'v1/schema/services.schema.json',
      'v1/schema/walkins.schema.json',
    ]);
    const manifest = z.parse(manifestSchema, JSON.parse(files['v1/manifest.json']!));
    expect(manifest.status).to.equal('example');
    expect(manifest.publishedAt).to.equal('2026-11-20');
    expect(Object.keys(manifest.datasets)).to.deep.equal(['procedures', 'reintegration', 'services', 'walkins']);
    expect(manifest.datasets.walkins!.locales).to.deep.equal(['en', 'fr', 'nl']);
    for (const [name, entry] of Object.entries(manifest.datasets)) {
      const content = files[`v1/${entry.file}`];
      expect(content, entry.file).to.be.a('string');
      // The name carries the hash, the manifest the whole of it: a CDN can cache the file forever.
      expect(await sha256Hex(new TextEncoder().encode(content))).to.equal(entry.sha256);
      expect(entry.file).to.equal(`${name}.${entry.sha256.slice(0, 16)}.json`);
      const published = JSON.parse(content!);
      expect(published).not.to.have.property('$schema');
      const result = validateDataset(datasetDefinition(name)!, published);
      expect(result.ok && result.dropped.length === 0, name).to.equal(true);
    }
  });

  it('is reproducible: the same content gives the same bytes, whatever its layout and key order', async () => {
    const first = await build(GOOD);
    const second = await build(GOOD);
    expect(second.files).to.deep.equal(first.files);

    const source = await tmpdir();
    const names = ['walkins', 'procedures', 'reintegration', 'services'];
    const texts = await Promise.all(names.map(async (name) => (await fetch(`/${GOOD}/${name}.json`)).text()));
    await writeFiles(source, Object.fromEntries(names.map((name, i) => [`${name}.json`, reshuffle(texts[i]!)])));
    const third = await build(source);
    expect(third.run.code).to.equal(0);
    expect(third.files).to.deep.equal(first.files);

    // And different content gives a different file name.
    await writeFiles(source, { 'walkins.json': texts[0]!.replace('"closes": "12:00"', '"closes": "12:30"') });
    const fourth = await build(source);
    const walkins = (files: Record<string, string>) => Object.keys(files).find((path) => path.startsWith('v1/walkins.'));
    expect(walkins(fourth.files)).not.to.equal(walkins(first.files));
    expect(walkins(fourth.files)).to.match(/^v1\/walkins\.[0-9a-f]{16}\.json$/);
  });

  it('refuses invalid content: prints every problem and writes nothing', async () => {
    const { run, files } = await build(`${FIXTURES}/broken/references`);
    expect(run.code).to.equal(1);
    expect(problemLines(run)).to.have.length(15);
    expect(run.stdout).to.contain('Nothing was published: fix the 15 problems above first');
    expect(files).to.deep.equal({});
  });

  it('publishes example content as such, and refuses example records as live content', async () => {
    const { run, files } = await build(GOOD, '--status', 'live');
    expect(run.code).to.equal(1);
    expect(files).to.deep.equal({});
    const lines = problemLines(run);
    expect(lines).to.include(
      `${GOOD}/walkins.json:19:18 $.offices[0].example: is an example record: live content must hold real, checked information only`,
    );
    expect(lines.every((line) => line.includes('is an example record'))).to.equal(true);

    const source = await tmpdir();
    await writeFiles(source, {
      'walkins.json': JSON.stringify({ dataset: 'walkins', updated: '2026-11-20', offices: [] }),
    });
    const live = await build(source);
    expect(live.run.code).to.equal(0);
    expect(JSON.parse(live.files['v1/manifest.json']!).status).to.equal('live');
    expect(live.run.stdout).to.contain('The status is "live" because no record is marked as an example');
  });

  it('needs --out, and a known --status', async () => {
    const noOut = await cli('build', GOOD);
    expect(noOut.code).to.equal(2);
    expect(noOut.stderr).to.contain('build needs --out <dir>');
    const out = await tmpdir();
    const badStatus = await cli('build', GOOD, '--out', out, '--status', 'draft');
    expect(badStatus.code).to.equal(2);
    expect(badStatus.stderr).to.contain('--status must be "example" or "live", not "draft"');
  });
});

describe('frontline-content schema', () => {
  it('writes the JSON Schema files that build publishes, and the demo content points at fresh copies', async () => {
    const out = await tmpdir();
    const run = await cli('schema', '--out', out);
    expect(run.code).to.equal(0);
    const written = await readTree(out);
    const { files: published } = await build(GOOD);
    for (const [name, text] of Object.entries(written)) {
      expect(text, name).to.equal(published[`v1/schema/${name}`]);
      const committed = await fetch(`/demo/content/schema/${name}`);
      expect(await committed.text(), `demo/content/schema/${name} is out of date: run npm run content:schema`).to.equal(text);
    }
    const schema = JSON.parse(written['walkins.schema.json']!);
    expect(schema.$schema).to.equal('https://json-schema.org/draft/2020-12/schema');
    expect(schema.required).to.include.members(['dataset', 'updated']);
    expect(Object.keys(schema.properties)).to.include.members(['$schema', 'dataset', 'offices', 'supportLine']);

    const demo = await (await fetch('/demo/content/walkins.json')).json();
    expect(demo.$schema).to.equal('./schema/walkins.schema.json');
  });
});
