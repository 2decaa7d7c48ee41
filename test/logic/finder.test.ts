import { expect } from '@open-wc/testing';
import type { Category, Places, Service } from '../../src/content/schema/services.js';
import { buildPlaceIndex } from '../../src/logic/geo.js';
import {
  changedKeys,
  chipsOf,
  clearedState,
  EMPTY_STATE,
  finderRequest,
  parseList,
  resolvePlaceInput,
  stateFromAttributes,
  stateFromUrl,
  urlWithState,
  withKnownCategories,
  withoutChip,
  type FinderState,
} from '../../src/logic/finder.js';
import { prefilterProblems } from '../../src/logic/finder-prefilters.js';
import { KEEP_THRESHOLD, categoryTree, finderIndex, spokenLanguages } from '../../src/logic/finder-index.js';

const places: Places = {
  sources: {},
  municipalities: {
    '21004': { name: { nl: 'Brussel', fr: 'Bruxelles' }, lat: 50.8616, lon: 4.36 },
    '21015': { name: { nl: 'Schaarbeek', fr: 'Schaerbeek' }, lat: 50.8676, lon: 4.3737 },
    '62063': { name: { nl: 'Luik', fr: 'Liège', de: 'Lüttich' }, lat: 50.6337, lon: 5.5675 },
    '63035': { name: { nl: 'Herve', fr: 'Herve', de: 'Herve' } },
  },
  postcodes: { '1000': ['21004'], '1020': ['21004'], '1030': ['21015'], '4000': ['62063'], '4020': ['62063'], '4650': ['63035'] },
};
const placeIndex = buildPlaceIndex(places);
const state = (patch: Partial<FinderState> = {}): FinderState => ({ ...EMPTY_STATE, categories: [], languages: [], ...patch });

describe('finder state', () => {
  it('reads list attributes separated by commas or spaces, without duplicates', () => {
    expect(parseList('health, legal-aid  health')).to.deep.equal(['health', 'legal-aid']);
    expect(parseList('')).to.deep.equal([]);
    expect(parseList(null)).to.deep.equal([]);
  });

  it('starts from the host attributes; a postcode or municipality limits results to that place', () => {
    expect(stateFromAttributes({ category: 'health', languages: 'AR ps', noPapers: true })).to.deep.equal(
      state({ categories: ['health'], languages: ['ar', 'ps'], noPapers: true }),
    );
    expect(stateFromAttributes({ municipality: 'Liège' })).to.include({ place: 'Liège', scope: 'here' });
    expect(stateFromAttributes({ municipality: 'Liège', postcode: '4020' })).to.include({ place: '4020', scope: 'here' });
    expect(stateFromAttributes({})).to.deep.equal(state());
  });

  it('writes only the choices that differ from the host pre-filters into the URL, and leaves other keys alone', () => {
    const defaults = stateFromAttributes({ municipality: 'Liège' });
    const href = 'https://example.org/help/?page=2&fl-x=keep#list';
    const chosen = { ...defaults, query: 'médecin', openNow: true, languages: ['ar', 'fr'] };
    const url = new URL(urlWithState(href, chosen, defaults));
    expect(url.searchParams.get('page')).to.equal('2');
    expect(url.searchParams.get('fl-x')).to.equal('keep');
    expect(url.hash).to.equal('#list');
    expect(url.searchParams.get('fl-q')).to.equal('médecin');
    expect(url.searchParams.get('fl-open-now')).to.equal('1');
    expect(url.searchParams.get('fl-language')).to.equal('ar,fr');
    expect(url.searchParams.has('fl-place'), 'the host pre-filter is not repeated').to.equal(false);
    // The reader removed the host's place: an empty value says so.
    const cleared = new URL(urlWithState(url.href, { ...chosen, place: '', scope: 'any' }, defaults));
    expect(cleared.searchParams.get('fl-place')).to.equal('');
    expect(cleared.searchParams.get('fl-distance')).to.equal('any');
    // Back to the defaults: the finder's keys disappear.
    expect(urlWithState(cleared.href, defaults, defaults)).to.equal(href);
  });

  it('reads a shared URL back over the host pre-filters, ignoring values that make no sense', () => {
    const defaults = stateFromAttributes({ municipality: 'Liège', category: 'health' });
    const read = stateFromUrl('?fl-q=ocmw&fl-place=&fl-distance=far&fl-language=AR&fl-no-papers=1&fl-sort=bogus&other=1', defaults);
    expect(read).to.deep.equal({ ...defaults, query: 'ocmw', place: '', scope: 'any', languages: ['ar'], noPapers: true });
    expect(stateFromUrl('', defaults)).to.deep.equal(defaults);
    // A round trip gives the same state.
    const chosen = { ...defaults, query: 'a b', categories: ['food', 'shelter'], scope: '10' as const, walkIn: true, sort: 'name' as const };
    expect(stateFromUrl(new URL(urlWithState('https://x.test/', chosen, defaults)).search, defaults)).to.deep.equal(chosen);
  });

  it('puts a prefix in every key when one is given, so two finders on a page keep apart', () => {
    const defaults = stateFromAttributes({});
    const chosen = { ...defaults, query: 'food', languages: ['ar'] };
    const url = new URL(urlWithState('https://x.test/?fl-q=shelter', chosen, defaults, 'b'));
    expect([...url.searchParams.keys()]).to.deep.equal(['fl-q', 'fl-b-q', 'fl-b-language']);
    expect(url.searchParams.get('fl-q'), 'the other finder’s key is left alone').to.equal('shelter');
    expect(stateFromUrl(url.search, defaults, 'b')).to.deep.equal(chosen);
    expect(stateFromUrl(url.search, defaults).query).to.equal('shelter');
  });

  it('lists what changed between two states', () => {
    expect(changedKeys(state(), state({ query: 'x', noPapers: true }))).to.deep.equal(['query', 'noPapers']);
    expect(changedKeys(state({ categories: ['a'] }), state({ categories: ['a'] }))).to.deep.equal([]);
  });
});

describe('finder places', () => {
  it('resolves postcodes, names in any language and NIS codes', () => {
    expect(resolvePlaceInput(placeIndex, '1030')?.municipality.nis).to.equal('21015');
    expect(resolvePlaceInput(placeIndex, 'schaarbeek')?.municipality.nis).to.equal('21015');
    expect(resolvePlaceInput(placeIndex, ' Lüttich ')?.kind).to.equal('municipality');
    expect(resolvePlaceInput(placeIndex, '62063')?.municipality.name.fr).to.equal('Liège');
    expect(resolvePlaceInput(placeIndex, '99999')).to.equal(undefined);
    expect(resolvePlaceInput(placeIndex, 'Atlantis')).to.equal(undefined);
    expect(resolvePlaceInput(undefined, '1030')).to.equal(undefined);
  });
});

describe('finderRequest', () => {
  const context = { places: placeIndex, locale: 'fr', limit: 10 };

  it('sorts by name without words or place, by relevance with words, by distance with a place', () => {
    expect(finderRequest(state(), context).sort).to.equal('name');
    expect(finderRequest(state({ query: 'cpas' }), context).sort).to.equal('relevance');
    const near = finderRequest(state({ query: 'cpas', place: '1030' }), context);
    expect(near.sort).to.equal('distance');
    expect(near.sorts).to.deep.equal(['relevance', 'distance', 'name']);
    expect(near.request.origin).to.deep.equal({ lat: 50.8676, lon: 4.3737 });
    expect(near.request.filters).to.deep.equal({});
    // A sort the reader chose wins when it makes sense, and is ignored when it does not.
    expect(finderRequest(state({ query: 'cpas', place: '1030', sort: 'name' }), context).sort).to.equal('name');
    expect(finderRequest(state({ sort: 'distance' }), context).sort).to.equal('name');
  });

  it('turns the filters into search filters', () => {
    const openNow = () => true;
    const { request } = finderRequest(state({ categories: ['health'], languages: ['ar'], noPapers: true, walkIn: true, openNow: true }), {
      ...context,
      openNow,
    });
    expect(request.filters).to.deep.equal({ categories: ['health'], languages: ['ar'], noPapersNeeded: true, walkIn: true, openNow });
    expect(request).to.include({ locale: 'fr', limit: 10 });
  });

  it('limits to the place, or to a distance from it', () => {
    expect(finderRequest(state({ place: 'Liège', scope: 'here' }), context).request.filters).to.deep.equal({ municipality: '62063' });
    expect(finderRequest(state({ place: '4020', scope: 'here' }), context).request.filters).to.deep.equal({ postcode: '4020' });
    expect(finderRequest(state({ place: '1030', scope: '10' }), context).request.filters).to.deep.equal({ withinKm: 10 });
    // A place without a known centre cannot give distances: its services are shown instead.
    const herve = finderRequest(state({ place: 'Herve', scope: '10' }), context);
    expect(herve.placeWithoutCentre).to.equal(true);
    expect(herve.request.filters).to.deep.equal({ municipality: '63035' });
    expect(herve.request.origin).to.equal(undefined);
  });

  it('says when a typed place matches nothing, and then filters nothing', () => {
    const unknown = finderRequest(state({ place: 'Atlantis', scope: 'here' }), context);
    expect(unknown.placeUnknown).to.equal(true);
    expect(unknown.request.filters).to.deep.equal({});
    expect(finderRequest(state({ place: '  ' }), context).placeUnknown).to.equal(false);
  });

  it('measures from the device when the reader asked for it, whatever place was typed', () => {
    const device = { lat: 50.85, lon: 4.35 };
    const result = finderRequest(state({ place: 'Liège', scope: '5' }), { ...context, device });
    expect(result.request.origin).to.deep.equal(device);
    expect(result.request.filters).to.deep.equal({ withinKm: 5 });
    expect(result.place).to.equal(undefined);
  });
});

describe('finder chips', () => {
  const chosen = state({
    query: ' doctor ',
    categories: ['health', 'food'],
    place: '1030',
    scope: '10',
    languages: ['ar'],
    openNow: true,
    noPapers: true,
    walkIn: true,
  });

  it('lists every choice in the order of the form', () => {
    expect(chipsOf(chosen, { placeResolved: true, device: false })).to.deep.equal([
      { kind: 'query', value: 'doctor' },
      { kind: 'category', value: 'health' },
      { kind: 'category', value: 'food' },
      { kind: 'place', value: '1030', scope: '10' },
      { kind: 'language', value: 'ar' },
      { kind: 'openNow' },
      { kind: 'noPapers' },
      { kind: 'walkIn' },
    ]);
    expect(chipsOf(chosen, { placeResolved: false, device: false }).map((chip) => chip.kind)).to.not.include('place');
    expect(chipsOf(chosen, { placeResolved: true, device: true })[3]).to.deep.equal({ kind: 'device', scope: '10' });
    expect(chipsOf(state(), { placeResolved: false, device: false })).to.deep.equal([]);
  });

  it('removes one choice at a time', () => {
    expect(withoutChip(chosen, { kind: 'category', value: 'health' }).categories).to.deep.equal(['food']);
    expect(withoutChip(chosen, { kind: 'query', value: 'doctor' }).query).to.equal('');
    expect(withoutChip(chosen, { kind: 'place', value: '1030', scope: '10' })).to.include({ place: '', scope: 'any' });
    expect(withoutChip(chosen, { kind: 'language', value: 'ar' }).languages).to.deep.equal([]);
    expect(withoutChip(chosen, { kind: 'walkIn' })).to.include({ walkIn: false, noPapers: true, openNow: true });
    expect(withoutChip({ ...chosen, sort: 'distance' }, { kind: 'device', scope: '10' })).to.include({ scope: 'any', sort: '' });
    expect(clearedState()).to.deep.equal(state());
  });
});

describe('finder index', () => {
  const taxonomy: Category[] = [
    { id: 'urgent', parent: 'health', label: { en: 'Urgent medical aid' } },
    { id: 'food', label: { en: 'Food' } },
    { id: 'health', label: { en: 'Health' } },
    { id: 'loop-a', parent: 'loop-b', label: { en: 'A' } },
    { id: 'loop-b', parent: 'loop-a', label: { en: 'B' } },
  ];
  const service = (id: string, languages: string[]): Service => ({
    id,
    organization: 'org',
    name: { en: id },
    categories: ['food'],
    audiences: [],
    languages,
    access: {},
    locations: [],
    reviewed: '2026-11-22',
    sources: [],
  });

  it('orders categories as a tree and still lists categories caught in a loop', () => {
    expect(categoryTree(taxonomy).map(({ category, depth }) => `${category.id}:${depth}`)).to.deep.equal([
      'food:0',
      'health:0',
      'urgent:1',
      'loop-a:0',
      'loop-b:0',
    ]);
  });

  it('lists the languages spoken, most common first', () => {
    expect(spokenLanguages([service('a', ['fr', 'ar']), service('b', ['fr-BE', 'nl']), service('c', ['AR', 'fr'])])).to.deep.equal([
      'fr',
      'ar',
      'nl',
    ]);
  });

  it('is built once per dataset, in slices that give the main thread back', async () => {
    const small = { taxonomy, organizations: [], services: [service('a', ['fr'])], places };
    let pauses = 0;
    let ticks = 0;
    const options = {
      sliceMs: 0,
      clock: () => (ticks += 1),
      yieldToMain: async () => {
        pauses += 1;
      },
    };
    const pending = finderIndex(small, options);
    expect(pending).to.be.instanceOf(Promise);
    expect(finderIndex(small)).to.equal(pending);
    const index = await pending;
    expect(pauses, 'paused between the place lookups and the search index').to.be.greaterThan(1);
    expect(finderIndex(small)).to.equal(index);
    expect(index.places?.postcodes.get('1000')).to.deep.equal(placeIndex.postcodes.get('1000'));
    const services = Array.from({ length: KEEP_THRESHOLD + 1 }, (_, i) => service(`s${i}`, ['nl']));
    const large = { taxonomy, organizations: [], services };
    const built = await finderIndex(large);
    expect(built.search.services).to.have.length(KEEP_THRESHOLD + 1);
    expect(finderIndex(large)).to.equal(built);
  });
});

describe('finder pre-filter checks', () => {
  it('drops unknown categories and names what is wrong with the host’s pre-filters', () => {
    const known = new Map([
      ['health', {}],
      ['food', {}],
    ]);
    expect(withKnownCategories(state({ categories: ['helth', 'food'] }), (id) => known.has(id)).categories).to.deep.equal(['food']);
    const same = state({ categories: ['food'] });
    expect(withKnownCategories(same, (id) => known.has(id))).to.equal(same);
    expect(prefilterProblems(state({ categories: ['helth'], place: 'Atlantis' }), known, placeIndex)).to.deep.equal([
      `category "helth" is not in the content's taxonomy (health, food)`,
      '"Atlantis" is not a Belgian postcode, municipality name or NIS code',
    ]);
    expect(prefilterProblems(state({ categories: ['food'], place: '62063' }), known, placeIndex)).to.deep.equal([]);
  });
});
