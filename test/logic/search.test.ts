import { expect } from '@open-wc/testing';
import type { Category, Organization, Places, Service } from '../../src/content/schema/services.js';
import { buildPlaceIndex } from '../../src/logic/geo.js';
import { tokenize } from '../../src/logic/text.js';
import { buildServiceIndex, buildServiceIndexAsync, queryTerms, searchServices, withoutUnfinishedLetter } from '../../src/logic/search.js';

const base = { reviewed: '2026-11-22', sources: [] as string[], example: true };
const taxonomy: Category[] = [
  { id: 'social-welfare', label: { fr: 'CPAS', nl: 'OCMW', en: 'Social welfare' }, synonyms: { fr: ['aide sociale'], nl: ['leefloon'] } },
  { id: 'health', label: { fr: 'Santé', nl: 'Gezondheid', en: 'Health' }, synonyms: { fr: ['médecin'], nl: ['dokter'] } },
  { id: 'urgent-medical-aid', parent: 'health', label: { fr: 'Aide médicale urgente', nl: 'Dringende medische hulp' } },
  { id: 'legal-aid', label: { fr: 'Aide juridique', nl: 'Juridische hulp', en: 'Legal aid' } },
];
const organizations: Organization[] = [
  { ...base, id: 'cpas-liege', name: { fr: 'CPAS de Liège' }, alternateNames: { fr: ['CPAS'], nl: ['OCMW'] } },
  { ...base, id: 'ocmw-gent', name: { nl: 'OCMW Gent' }, alternateNames: { fr: ['CPAS'], nl: ['OCMW'] } },
  { ...base, id: 'mdm', name: { fr: 'Médecins du Monde', nl: 'Dokters van de Wereld' } },
  { ...base, id: 'baj', name: { fr: "Bureau d'aide juridique" } },
  { ...base, id: 'dofi', name: { fr: 'Office des étrangers', nl: 'Dienst Vreemdelingenzaken' } },
];
const service = (fields: Partial<Service> & Pick<Service, 'id' | 'organization' | 'name' | 'categories'>): Service => ({
  ...base,
  audiences: [],
  languages: [],
  access: {},
  locations: [],
  ...fields,
});
const where = (postcode: string, municipality: Record<string, string>) => ({ address: { postcode, municipality }, geoPrecision: 'exact' as const });
const services: Service[] = [
  service({ id: 'liege-amu', organization: 'cpas-liege', name: { fr: 'Aide médicale urgente', nl: 'Dringende medische hulp' }, categories: ['urgent-medical-aid', 'social-welfare'], languages: ['fr'], access: { noPapersNeeded: true, walkIn: true }, cost: { free: true }, locations: [where('4000', { fr: 'Liège' })] }),
  service({ id: 'gent-leefloon', organization: 'ocmw-gent', name: { nl: 'Leefloon en sociale hulp' }, categories: ['social-welfare'], languages: ['nl', 'en-GB'], access: { appointment: true }, locations: [where('9000', { nl: 'Gent' })] }),
  service({ id: 'mdm-brussels', organization: 'mdm', name: { fr: 'Consultations médicales', en: 'Medical consultations' }, categories: ['health'], languages: ['fr', 'ar'], audiences: ['women'], access: { noPapersNeeded: true, anonymous: true, walkIn: true }, interpreters: true, locations: [{ ...where('1000', { fr: 'Bruxelles' }), geo: { lat: 50.845, lon: 4.35 } }] }),
  service({ id: 'baj-brussels', organization: 'baj', name: { fr: 'Avocat pro deo', nl: 'Pro-Deoadvocaat' }, categories: ['legal-aid'], languages: ['fr'], access: { walkIn: true }, locations: [where('1050', { fr: 'Ixelles' })] }),
  service({ id: 'icam-line', organization: 'dofi', name: { fr: "Ligne d'appui ICAM", en: 'ICAM support line' }, categories: ['legal-aid'], languages: ['fr', 'nl', 'en'], remote: true, access: { noPapersNeeded: true } }),
];
const places: Places = {
  sources: {},
  municipalities: {
    '21004': { name: { nl: 'Brussel', fr: 'Bruxelles' }, lat: 50.8616, lon: 4.36 },
    '21009': { name: { nl: 'Elsene', fr: 'Ixelles' }, lat: 50.8241, lon: 4.3744 },
    '44021': { name: { nl: 'Gent', fr: 'Gand' }, lat: 51.0536, lon: 3.7225 },
    '62063': { name: { nl: 'Luik', fr: 'Liège', de: 'Lüttich' }, lat: 50.6337, lon: 5.5675 },
  },
  postcodes: { '1000': ['21004'], '1050': ['21009', '21004'], '4000': ['62063'], '9000': ['44021'] },
};

describe('searchServices', () => {
  const index = buildServiceIndex(services, { organizations, taxonomy, places: buildPlaceIndex(places) });
  const ids = (request: Parameters<typeof searchServices>[1]) => searchServices(index, request).hits.map((hit) => hit.service.id);

  it('without query or filters lists every service by name', () => {
    const result = searchServices(index, { locale: 'fr' });
    expect(result.total).to.equal(5);
    expect(result.sort).to.equal('name');
    expect(result.hits.map((hit) => hit.service.id)).to.deep.equal(['liege-amu', 'baj-brussels', 'mdm-brussels', 'gent-leefloon', 'icam-line']);
  });

  it('finds CPAS and OCMW services under either name', () => {
    expect(ids({ query: 'OCMW' })).to.have.members(['liege-amu', 'gent-leefloon']);
    expect(ids({ query: 'cpas' })).to.have.members(['liege-amu', 'gent-leefloon']);
  });

  it('is accent- and case-insensitive and matches prefixes', () => {
    expect(ids({ query: 'medecin' })).to.include('mdm-brussels');
    expect(ids({ query: 'MÉDECINS DU MONDE' })).to.deep.equal(['mdm-brussels']);
    expect(ids({ query: 'juridi' })).to.have.members(['baj-brussels', 'icam-line']);
  });

  it('keeps the results of the words before a last word begun with one letter', () => {
    // The reader typing "ocmw g": the "g" does not empty the list while they go on typing "gent".
    expect(ids({ query: 'ocmw g' })).to.have.members(ids({ query: 'ocmw' }));
    expect(ids({ query: 'ocmw gent' })).to.deep.equal(['gent-leefloon']);
    // A first letter alone lists every service, as an empty box does, in the same order.
    expect(searchServices(index, { query: 'm', locale: 'fr' }).hits.map((hit) => hit.service.id)).to.deep.equal(ids({ locale: 'fr' }));
    expect(searchServices(index, { query: 'م' }).sort).to.equal('name');
    // A letter in the middle still counts, and a digit always does (the start of a postcode).
    expect(ids({ query: 'g ocmw' })).to.deep.equal([]);
    expect(ids({ query: '4' })).to.deep.equal(['liege-amu']);
  });

  it('ignores the last letter also when it is a word somewhere, until the reader types a space after it', () => {
    const plain = { reviewed: '2026-11-22', sources: [] as string[], example: true, audiences: [], languages: [], access: {}, locations: [] };
    const small = buildServiceIndex([
      { ...plain, id: 'ocmw', organization: 'o', name: { nl: 'OCMW Gent' }, categories: [] },
      { ...plain, id: 'plan-b', organization: 'o', name: { nl: 'Plan B' }, categories: [] },
    ]);
    const found = (query: string) => searchServices(small, { query }).hits.map((hit) => hit.service.id);
    expect(found('ocmw b')).to.deep.equal(['ocmw']);
    expect(found('plan b')).to.deep.equal(['plan-b']);
    expect(found('plan b ')).to.deep.equal(['plan-b']);
    expect(found('ocmw b ')).to.deep.equal([]);
    expect(withoutUnfinishedLetter('ocmw é')).to.equal('ocmw ');
    expect(withoutUnfinishedLetter('ocmw e\u0301')).to.equal('ocmw ');
    expect(withoutUnfinishedLetter('1000 b')).to.equal('1000 ');
    expect(withoutUnfinishedLetter('ocmw')).to.equal('ocmw');
    expect(withoutUnfinishedLetter('ocmw 4')).to.equal('ocmw 4');
  });

  it('searches category synonyms of parent categories too', () => {
    // "médecin" is a synonym of health; urgent medical aid is a sub-category of health.
    expect(ids({ query: 'médecin' })).to.include.members(['liege-amu', 'mdm-brussels']);
  });

  it('requires every word and ignores stop words', () => {
    expect(ids({ query: 'aide médicale liège' })).to.deep.equal(['liege-amu']);
    expect(ids({ query: 'aide médicale gent' })).to.deep.equal([]);
    expect(queryTerms("l'aide de la CPAS")).to.deep.equal(['aide', 'cpas']);
    expect(queryTerms('de la')).to.deep.equal(['de', 'la']);
  });

  it('finds municipality names in every language of the postcode table', () => {
    expect(ids({ query: 'Luik' })).to.deep.equal(['liege-amu']);
    expect(ids({ query: 'elsene' })).to.deep.equal(['baj-brussels']);
    expect(ids({ query: '9000' })).to.deep.equal(['gent-leefloon']);
  });

  it('tolerates one typo when nothing matches exactly, and says so', () => {
    const result = searchServices(index, { query: 'consultatoins' });
    expect(result.hits.map((hit) => hit.service.id)).to.deep.equal(['mdm-brussels']);
    expect(result.fuzzyTerms).to.deep.equal(['consultatoins']);
    expect(searchServices(index, { query: 'qqqqqqq' }).total).to.equal(0);
  });

  it('never turns a typo into a stop word ("eten" is not "een")', () => {
    const plain = { reviewed: '2026-11-22', sources: [] as string[], example: true, audiences: [], languages: [], access: {}, locations: [] };
    const small = buildServiceIndex([{ ...plain, id: 'course', organization: 'o', name: { nl: 'Een cursus Nederlands' }, categories: [] }]);
    expect(searchServices(small, { query: 'eten' }).total).to.equal(0);
    expect(searchServices(small, { query: 'cursud' }).total).to.equal(1);
  });

  it('ranks name matches above description and category matches', () => {
    const result = searchServices(index, { query: 'juridique' });
    expect(result.sort).to.equal('relevance');
    expect(result.hits[0]!.service.id).to.equal('baj-brussels');
    expect(result.hits[0]!.score).to.be.greaterThan(result.hits[1]!.score);
  });

  it('filters by category, including sub-categories', () => {
    expect(ids({ filters: { categories: ['health'] } })).to.have.members(['liege-amu', 'mdm-brussels']);
    expect(ids({ filters: { categories: ['urgent-medical-aid', 'legal-aid'] } })).to.have.members(['liege-amu', 'baj-brussels', 'icam-line']);
  });

  it('filters by municipality and postcode, keeping remote services unless told not to', () => {
    expect(ids({ filters: { municipality: '62063' } })).to.have.members(['liege-amu', 'icam-line']);
    expect(ids({ filters: { municipality: '62063', includeRemote: false } })).to.deep.equal(['liege-amu']);
    expect(ids({ filters: { postcode: '1050', includeRemote: false } })).to.deep.equal(['baj-brussels']);
    // A remote service must still pass the other filters.
    expect(ids({ filters: { municipality: '62063', categories: ['health'] } })).to.deep.equal(['liege-amu']);
  });

  it('filters by language spoken, comparing primary language subtags', () => {
    expect(ids({ filters: { languages: ['ar'] } })).to.deep.equal(['mdm-brussels']);
    expect(ids({ filters: { languages: ['en'] } })).to.have.members(['gent-leefloon', 'icam-line']);
    expect(ids({ filters: { languages: ['ps'] } })).to.deep.equal([]);
  });

  it('filters by access: no papers needed, walk-in, anonymous, interpreters, free', () => {
    expect(ids({ filters: { noPapersNeeded: true } })).to.have.members(['liege-amu', 'mdm-brussels', 'icam-line']);
    expect(ids({ filters: { noPapersNeeded: true, walkIn: true } })).to.have.members(['liege-amu', 'mdm-brussels']);
    expect(ids({ filters: { anonymous: true } })).to.deep.equal(['mdm-brussels']);
    expect(ids({ filters: { interpreters: true } })).to.deep.equal(['mdm-brussels']);
    expect(ids({ filters: { free: true } })).to.deep.equal(['liege-amu']);
    expect(ids({ filters: { audiences: ['women'] } })).to.deep.equal(['mdm-brussels']);
  });

  it('applies an open-now predicate only to services that passed the other filters', () => {
    const asked: string[] = [];
    const openNow = (s: Service) => {
      asked.push(s.id);
      return s.id === 'baj-brussels';
    };
    expect(ids({ filters: { walkIn: true, openNow } })).to.deep.equal(['baj-brussels']);
    expect(asked).to.have.members(['liege-amu', 'mdm-brussels', 'baj-brussels']);
  });

  it('sorts by distance from an origin, exact points before centres at equal rank, remote last', () => {
    const result = searchServices(index, { origin: { lat: 50.8467, lon: 4.3525 } });
    expect(result.sort).to.equal('distance');
    expect(result.hits.map((hit) => hit.service.id)).to.deep.equal(['mdm-brussels', 'baj-brussels', 'gent-leefloon', 'liege-amu', 'icam-line']);
    const [mdm, baj, , liege, line] = result.hits;
    expect(mdm!.distanceKm).to.be.lessThan(0.5);
    expect(mdm!.distanceApproximate).to.equal(false);
    expect(baj!.distanceApproximate).to.equal(true);
    expect(liege!.distanceKm).to.be.closeTo(86, 3);
    expect(line!.distanceKm).to.equal(undefined);
  });

  it('keeps services within a radius, and remote ones unless told not to', () => {
    const origin = { lat: 50.8467, lon: 4.3525 };
    expect(ids({ origin, filters: { withinKm: 10 } })).to.deep.equal(['mdm-brussels', 'baj-brussels', 'icam-line']);
    expect(ids({ origin, filters: { withinKm: 10, includeRemote: false } })).to.deep.equal(['mdm-brussels', 'baj-brussels']);
  });

  it('can sort a text query by distance or by name instead of relevance', () => {
    const origin = { lat: 51.05, lon: 3.72 };
    expect(ids({ query: 'cpas', origin })).to.deep.equal(['gent-leefloon', 'liege-amu']);
    expect(ids({ query: 'cpas', sort: 'name', locale: 'fr' })).to.deep.equal(['liege-amu', 'gent-leefloon']);
  });

  it('pages results and reports the total', () => {
    const first = searchServices(index, { limit: 2, locale: 'fr' });
    const second = searchServices(index, { limit: 2, offset: 2, locale: 'fr' });
    const third = searchServices(index, { limit: 2, offset: 4, locale: 'fr' });
    expect([first.total, second.total, third.total]).to.deep.equal([5, 5, 5]);
    expect([...first.hits, ...second.hits, ...third.hits].map((hit) => hit.service.id)).to.deep.equal(ids({ locale: 'fr' }));
    expect(third.hits).to.have.length(1);
  });

  it('gives the same answer when the same query runs twice (scratch memory is reset)', () => {
    const once = ids({ query: 'cpas liège' });
    ids({ query: 'avocat' });
    expect(ids({ query: 'cpas liège' })).to.deep.equal(once);
    expect(once).to.deep.equal(['liege-amu']);
  });
});

describe('the words of an index', () => {
  it('are the words of each text as normalizeText folds it, also for long texts folded word by word', () => {
    const pieces = ['médecin', "l'aide", 'CPAS/OCMW', 'e\u0301te\u0301', 'ﬁn', 'مأوى', '١٢٣', 'x\u00a0y', 'Straße', '—', 'a¨b', 'ÖSHZ', '(pro', 'deo)', '1000,', 'Œuvre'];
    let seed = 7;
    const next = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    for (let round = 0; round < 30; round += 1) {
      const description = Array.from({ length: 20 + Math.floor(next() * 40) }, () => pieces[Math.floor(next() * pieces.length)]).join(next() < 0.5 ? ' ' : '  \t');
      const index = buildServiceIndex([{ ...base, id: 's', organization: 'o', name: { fr: 'Nom' }, categories: [], audiences: [], languages: [], access: {}, locations: [], description: { fr: description } }]);
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
      service({ id: `s${s}`, organization: 'x', name: { en: `Service ${s}` }, categories: ['c'], description: { en: Array.from({ length: 700 }, (_, k) => word(s * 700 + k)).join(' ') } }),
    );
    const index = buildServiceIndex(many);
    const expected = [...new Set(many.flatMap((s) => `${s.name.en} ${s.description!.en}`.toLowerCase().split(' ')))].sort();
    expect(index.words.length).to.be.greaterThan(8000);
    expect(index.words).to.deep.equal(expected);
    expect(searchServices(index, { query: word(5000) }).hits.map((hit) => hit.service.id)).to.deep.equal(['s7']);
  });
});
