import { expect } from '@open-wc/testing';
import type { Category, Organization, Places, Service } from '../../src/content/schema/services.js';
import { finderIndex, type IndexKeeper } from '../../src/logic/finder-index.js';
import { buildPlaceIndex } from '../../src/logic/geo.js';
import { decodeServiceIndex, encodeServiceIndex, servicesFingerprint } from '../../src/logic/index-codec.js';
import { buildServiceIndex, searchServices, type SearchRequest } from '../../src/logic/search.js';
import { generateServices } from '../../bench/generate.js';

/** The example content's taxonomy and postcode table, with generated services over them. */
async function generated(count: number): Promise<{ taxonomy: Category[]; places: Places; organizations: Organization[]; services: Service[] }> {
  const { taxonomy, places } = (await (await fetch('/demo/content/services.json')).json()) as { taxonomy: Category[]; places: Places };
  return { taxonomy, places, ...generateServices(count, 11, places, taxonomy) };
}

const bytesOf = async (parts: BlobPart[]) => new Blob(parts).arrayBuffer();
const REQUESTS: SearchRequest[] = [
  { query: 'ocmw' },
  { query: 'medecin', sort: 'name', locale: 'fr' },
  { query: 'medecim' },
  { filters: { noPapersNeeded: true, walkIn: true, categories: ['health'] } },
  { filters: { languages: ['ar'], postcode: '1000' } },
  { query: 'aide', origin: { lat: 50.85, lon: 4.35 }, filters: { withinKm: 25 } },
];

describe('a service index as bytes', () => {
  it('reads back to an index that answers every search as the one built', async () => {
    const data = await generated(800);
    const options = { organizations: data.organizations, taxonomy: data.taxonomy, places: buildPlaceIndex(data.places) };
    const built = buildServiceIndex(data.services, options);
    const read = decodeServiceIndex(await bytesOf(encodeServiceIndex(built)), data.services)!;
    expect(read).to.not.equal(undefined);
    expect(read.words).to.deep.equal(built.words);
    for (const name of ['postingStart', 'postingDocs', 'postingWeights', 'flags', 'pointStart', 'pointLat', 'pointLon', 'pointApprox'] as const) {
      expect([...read[name]], name).to.deep.equal([...built[name]]);
    }
    expect([...read.categoryDocs.keys()]).to.deep.equal([...built.categoryDocs.keys()]);
    let found = 0;
    for (const request of REQUESTS) {
      const ids = (index: typeof built) => searchServices(index, { ...request, limit: 50 }).hits.map((hit) => hit.service.id);
      expect(ids(read), JSON.stringify(request)).to.deep.equal(ids(built));
      if (ids(built).length > 0) found += 1;
    }
    expect(found, 'searches that find something').to.be.at.least(4);
  });

  it('reads nothing from bytes made for other services, of another format, or damaged', async () => {
    const data = await generated(200);
    const built = buildServiceIndex(data.services);
    const bytes = await bytesOf(encodeServiceIndex(built));
    expect(decodeServiceIndex(bytes, data.services.slice(1))).to.equal(undefined);
    expect(decodeServiceIndex(bytes, [...data.services].reverse())).to.equal(undefined);
    expect(decodeServiceIndex(bytes.slice(0, bytes.byteLength - 100), data.services)).to.equal(undefined);
    expect(decodeServiceIndex(bytes.slice(0, 10), data.services)).to.equal(undefined);
    expect(decodeServiceIndex(new ArrayBuffer(0), data.services)).to.equal(undefined);
    expect(decodeServiceIndex(new TextEncoder().encode('{"format":1}').buffer, data.services)).to.equal(undefined);
    expect(servicesFingerprint(data.services)).to.not.equal(servicesFingerprint(data.services.slice(1)));
  });

  it('lets a large dataset be read instead of built on the next visit', async () => {
    const data = await generated(1600);
    let kept: BlobPart[] | undefined;
    let reads = 0;
    const keeper: IndexKeeper = {
      read: async () => {
        reads += 1;
        return kept ? bytesOf(kept) : undefined;
      },
      write: async (parts) => {
        kept = parts;
      },
    };
    const first = await finderIndex({ ...data }, { keeper });
    for (let i = 0; i < 50 && !kept; i += 1) await new Promise((resolve) => setTimeout(resolve, 10));
    expect(kept, 'written after the build').to.not.equal(undefined);
    // The next visit: another data object (parsed again from the device copy), the same services.
    const started = performance.now();
    const second = await finderIndex({ ...data }, { keeper });
    const readMs = performance.now() - started;
    expect(reads).to.equal(2);
    expect(second).to.not.equal(first);
    expect(second.search.words).to.deep.equal(first.search.words);
    for (const request of REQUESTS) {
      expect(searchServices(second.search, request).hits.map((hit) => hit.service.id)).to.deep.equal(
        searchServices(first.search, request).hits.map((hit) => hit.service.id),
      );
    }
    expect(readMs, 'reading is quicker than building').to.be.below(1000);
  });
});
