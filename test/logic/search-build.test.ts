import { expect } from '@open-wc/testing';
import { buildPlaceIndex } from '../../src/logic/geo.js';
import { buildServiceIndex, buildServiceIndexAsync } from '../../src/logic/search-build.js';
import { searchServices } from '../../src/logic/search.js';
import { tokenize } from '../../src/logic/text.js';
import { base, exampleSearch, organizations, places, service, services, taxonomy } from './search-examples.js';

describe('what an index finds', () => {
  const { ids } = exampleSearch();

  it('searches category synonyms of parent categories too', () => {
    // "médecin" is a synonym of health; urgent medical aid is a sub-category of health.
    expect(ids({ query: 'médecin' })).to.include.members(['liege-amu', 'mdm-brussels']);
  });

  it('finds municipality names in every language of the postcode table', () => {
    expect(ids({ query: 'Luik' })).to.deep.equal(['liege-amu']);
    expect(ids({ query: 'elsene' })).to.deep.equal(['baj-brussels']);
    expect(ids({ query: '9000' })).to.deep.equal(['gent-leefloon']);
  });
});

describe('the words of an index', () => {
  it('are the words of each text as normalizeText folds it, also for long texts folded word by word', () => {
    const pieces = [
      'médecin',
      "l'aide",
      'CPAS/OCMW',
      'e\u0301te\u0301',
      'ﬁn',
      'مأوى',
      '١٢٣',
      'x\u00a0y',
      'Straße',
      '—',
      'a¨b',
      'ÖSHZ',
      '(pro',
      'deo)',
      '1000,',
      'Œuvre',
    ];
    let seed = 7;
    const next = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    for (let round = 0; round < 30; round += 1) {
      const description = Array.from({ length: 20 + Math.floor(next() * 40) }, () => pieces[Math.floor(next() * pieces.length)]).join(
        next() < 0.5 ? ' ' : '  \t',
      );
      const index = buildServiceIndex([
        {
          ...base,
          id: 's',
          organization: 'o',
          name: { fr: 'Nom' },
          categories: [],
          audiences: [],
          languages: [],
          access: {},
          locations: [],
          description: { fr: description },
        },
      ]);
      const expected = new Set([...tokenize('Nom'), ...tokenize(description)]);
      expect(new Set(index.words), description).to.deep.equal(expected);
    }
  });
});

describe('buildServiceIndexAsync', () => {
  const options = { organizations, taxonomy, places: buildPlaceIndex(places) };

  it('builds the same index as the synchronous build, yielding when a slice is used up', async () => {
    let now = 0;
    let yields = 0;
    const index = await buildServiceIndexAsync([...services, ...services, ...services, ...services], options, {
      clock: () => (now += 1),
      sliceMs: 0,
      yieldToMain: async () => {
        yields += 1;
      },
    });
    const reference = buildServiceIndex([...services, ...services, ...services, ...services], options);
    expect(yields).to.be.greaterThan(0);
    expect(index.words).to.deep.equal(reference.words);
    expect([...index.postingDocs]).to.deep.equal([...reference.postingDocs]);
    expect(searchServices(index, { query: 'ocmw' }).total).to.equal(8);
  });

  it('stops when its signal is aborted', async () => {
    const controller = new AbortController();
    const build = buildServiceIndexAsync(Array.from({ length: 64 }, () => services).flat(), options, {
      sliceMs: -1,
      signal: controller.signal,
      yieldToMain: async () => controller.abort(new Error('stopped')),
    });
    let error: unknown;
    try {
      await build;
    } catch (e) {
      error = e;
    }
    expect((error as Error | undefined)?.message).to.equal('stopped');
  });
});

describe('the word list of an index', () => {
  it('is sorted and complete, also when it needs several merge passes (more than 2048 words)', () => {
    const letters = 'abcdefghijklmnopqrstuvwxyz';
    const word = (i: number) => `${letters[i % 26]}${letters[Math.floor(i / 26) % 26]}${letters[Math.floor(i / 676) % 26]}w`;
    const many = Array.from({ length: 12 }, (_, s) =>
      service({
        id: `s${s}`,
        organization: 'x',
        name: { en: `Service ${s}` },
        categories: ['c'],
        description: { en: Array.from({ length: 700 }, (_, k) => word(s * 700 + k)).join(' ') },
      }),
    );
    const index = buildServiceIndex(many);
    const expected = [...new Set(many.flatMap((s) => `${s.name.en} ${s.description!.en}`.toLowerCase().split(' ')))].sort();
    expect(index.words.length).to.be.greaterThan(8000);
    expect(index.words).to.deep.equal(expected);
    expect(searchServices(index, { query: word(5000) }).hits.map((hit) => hit.service.id)).to.deep.equal(['s7']);
  });
});
