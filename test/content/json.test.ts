import { expect } from '@open-wc/testing';
import { decodeUtf8Steps, encodeJsonSteps, LEAF_CHARS, parseJsonSteps, readJsonSteps, stringifyJsonSteps } from '../../src/content/json.js';
import { runSteps, runStepsInSlices } from '../../src/internal/steps.js';

/** A small deterministic random generator (mulberry32), so that a failure can be reproduced. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const STRINGS = [
  '',
  'CPAS',
  'OCMW Gent',
  'médecin',
  'مأوى',
  'line\nbreak',
  'quote " and \\ backslash',
  '\u2028',
  '{"not":"json"}',
  '[',
  '😀',
  '\u0000',
];

function value(next: () => number, depth: number): unknown {
  const kind = depth > 3 ? Math.floor(next() * 4) : Math.floor(next() * 6);
  switch (kind) {
    case 0:
      return STRINGS[Math.floor(next() * STRINGS.length)];
    case 1:
      return [0, -1, 1.5, 1e21, -2.5e-7, 4000, 50.85][Math.floor(next() * 7)];
    case 2:
      return [true, false, null][Math.floor(next() * 3)];
    case 3:
      return `s${Math.floor(next() * 1e6)}`;
    case 4: {
      const length = Math.floor(next() * (depth < 2 ? 300 : 6));
      return Array.from({ length }, () => value(next, depth + 1));
    }
    default: {
      const out: Record<string, unknown> = {};
      const keys = Math.floor(next() * (depth < 2 ? 120 : 6));
      for (let i = 0; i < keys; i += 1) out[['id', 'name', 'é', '', '10', '2', `k${i}`][Math.floor(next() * 7)]!] = value(next, depth + 1);
      return out;
    }
  }
}

const parse = (text: string) => runSteps(parseJsonSteps(text));
const stringify = (data: unknown) => runSteps(stringifyJsonSteps(data)).join('');

/** A file shaped like a dataset: large enough to be walked, not parsed in one call. */
function dataset(count: number): Record<string, unknown> {
  return {
    dataset: 'services',
    updated: '2026-11-22',
    services: Array.from({ length: count }, (_, i) => ({
      id: `service-${i}`,
      name: { fr: `Service ${i}`, ar: 'مأوى' },
      languages: ['fr', 'nl'],
      access: { noPapersNeeded: i % 2 === 0 },
    })),
    places: { postcodes: Object.fromEntries(Array.from({ length: 200 }, (_, i) => [String(1000 + i), { nis: String(21000 + i) }])) },
  };
}

describe('JSON in steps', () => {
  it('parses what JSON.parse parses, to an equal value, in every layout', () => {
    const next = random(20261122);
    for (let round = 0; round < 40; round += 1) {
      const data = value(next, 0);
      for (const text of [JSON.stringify(data), JSON.stringify(data, null, 2), JSON.stringify(data, null, '\t').replace(/\n/g, '\r\n')]) {
        expect(parse(text)).to.deep.equal(JSON.parse(text));
      }
    }
  });

  it('walks a large file and parses it record by record, pausing between records', () => {
    const text = JSON.stringify(dataset(2000), null, 1);
    expect(text.length).to.be.greaterThan(LEAF_CHARS * 10);
    const steps = parseJsonSteps(text);
    let pauses = 0;
    let step = steps.next();
    for (; !step.done; step = steps.next()) pauses += 1;
    expect(pauses).to.be.greaterThan(2000);
    expect(step.value).to.deep.equal(JSON.parse(text));
  });

  it('keeps "__proto__" as a plain property, as JSON.parse does', () => {
    const big = 'x'.repeat(LEAF_CHARS);
    const text = `{"__proto__": {"polluted": true}, "pad": "${big}"}`;
    const parsed = parse(text) as Record<string, unknown>;
    expect(Object.getPrototypeOf(parsed)).to.equal(Object.prototype);
    expect(Object.hasOwn(parsed, '__proto__')).to.equal(true);
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
    expect(parsed).to.deep.equal(JSON.parse(text));
  });

  it('refuses what JSON.parse refuses, with the position', () => {
    const good = JSON.stringify(dataset(300));
    const next = random(7);
    const broken = [
      good.slice(0, good.length - 1),
      `${good}x`,
      `${good},`,
      good.replace('"services":', '"services"'),
      good.replace('"service-7"}', '"service-7"},'),
      good.replace('"service-9"', 'service-9'),
      good.replace('[', '[,'),
      good.replace('"updated":', "'updated':"),
      good.replace(']', '}'),
      ...Array.from({ length: 30 }, () => good.slice(0, Math.floor(next() * good.length))),
      ...Array.from({ length: 30 }, () => {
        const at = Math.floor(next() * good.length);
        return `${good.slice(0, at)}${'{}[]:,"x'[Math.floor(next() * 8)]}${good.slice(at)}`;
      }),
    ];
    for (const text of broken) {
      let native: unknown;
      try {
        native = JSON.parse(text);
      } catch {
        expect(() => parse(text), text.slice(0, 80)).to.throw(SyntaxError);
        continue;
      }
      // A random change that still is valid JSON: both must agree.
      expect(parse(text)).to.deep.equal(native);
    }
    expect(() => parse(good.replace('"service-9"', 'service-9'))).to.throw(SyntaxError, /position \d+/);
  });

  it('stringifies to what JSON.stringify gives, in parts', () => {
    const next = random(99);
    for (let round = 0; round < 40; round += 1) {
      const data = value(next, 0);
      expect(stringify(data)).to.equal(JSON.stringify(data));
    }
    const data = { ...dataset(500), skipped: undefined, list: [1, undefined, 2] };
    const parts = runSteps(stringifyJsonSteps(data));
    expect(parts.length).to.be.greaterThan(500);
    expect(parts.join('')).to.equal(JSON.stringify(data));
  });

  it("pauses between the entries of a large table one level down in a copy's data (the places of the services)", () => {
    // A device copy: { library, data: { services, places: { municipalities: {...1,700 entries} } } }.
    const municipalities = Object.fromEntries(
      Array.from({ length: 1700 }, (_, i) => [String(10000 + i), { name: { fr: `Commune ${i}` }, at: [50.8, 4.3] }]),
    );
    const copy = { library: '1.0.0', data: { services: dataset(20).services, places: { municipalities, sources: ['Statbel'] } } };
    const steps = stringifyJsonSteps(copy);
    let pauses = 0;
    let step = steps.next();
    for (; !step.done; step = steps.next()) pauses += 1;
    expect(step.value.join('')).to.equal(JSON.stringify(copy));
    expect(pauses, 'a pause between the places, not one call for the table').to.be.greaterThan(1700);
  });

  it('runs in slices and gives the main thread back between them', async () => {
    const text = JSON.stringify(dataset(3000));
    let now = 0;
    let pauses = 0;
    // A clock that moves 1 ms per reading: a slice of 8 ms holds a few values.
    const parsed = await runStepsInSlices(parseJsonSteps(text), {
      clock: () => (now += 1),
      sliceMs: 8,
      yieldToMain: async () => {
        pauses += 1;
      },
    });
    expect(parsed).to.deep.equal(JSON.parse(text));
    expect(pauses).to.be.greaterThan(100);
  });

  it('decodes UTF-8 in pieces as Response.text() does, characters split across pieces included', async () => {
    // Arabic, accents and emoji (4 bytes) at every offset: some land across a piece boundary.
    const text = `\uFEFF${'مأوى médecin 😀 '.repeat(40_000)}`;
    const bytes = new TextEncoder().encode(text);
    const decoded = runSteps(decodeUtf8Steps(bytes));
    expect(decoded).to.equal(await new Response(bytes).text());
    expect(decoded.startsWith('مأوى')).to.equal(true);
    const file = { services: dataset(400).services, note: 'مأوى 😀' };
    expect(runSteps(readJsonSteps(new TextEncoder().encode(JSON.stringify(file))))).to.deep.equal(file);
  });

  it('encodes JSON as UTF-8 pieces that make the same file', async () => {
    const data = { ...dataset(3000), note: 'مأوى 😀 médecin' };
    const chunks = runSteps(encodeJsonSteps(data));
    expect(chunks.length).to.be.greaterThan(1);
    expect(await new Blob(chunks).text()).to.equal(JSON.stringify(data));
    expect(await new Blob(runSteps(encodeJsonSteps({}))).text()).to.equal('{}');
  });

  it('parses nesting deeper than it walks, as JSON.parse does', () => {
    // Forty levels, each larger than a leaf: below the walking depth, the rest is one JSON.parse call.
    let nested: unknown = { end: true };
    for (let level = 0; level < 40; level += 1) nested = { pad: 'x'.repeat(1000), child: nested, list: [level] };
    const text = JSON.stringify(nested);
    expect(text.length).to.be.greaterThan(LEAF_CHARS * 2);
    expect(parse(text)).to.deep.equal(JSON.parse(text));
    // Very deep (no stack overflow), valid and not.
    const deep = `{"pad":"${'x'.repeat(LEAF_CHARS)}","deep":${'['.repeat(20000)}${']'.repeat(20000)}}`;
    let value = (parse(deep) as { deep: unknown }).deep;
    let depth = 0;
    while (Array.isArray(value) && value.length > 0) {
      value = value[0];
      depth += 1;
    }
    expect(depth).to.equal(19999);
    expect(() => parse(`[${'['.repeat(30000)}`)).to.throw(SyntaxError);
    expect(() => parse(`{"pad":"${'x'.repeat(LEAF_CHARS)}","deep":${'['.repeat(30000)}}`)).to.throw(SyntaxError);
  });
});
