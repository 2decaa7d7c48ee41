/**
 * The benchmark as it runs in Chromium: builds our index, MiniSearch and FlexSearch over the same
 * generated services, then times the same queries on each. Called by scripts/bench/run.mjs through
 * `window.runBench(config)`.
 */
import MiniSearch from 'minisearch';
import { Index as FlexIndex } from 'flexsearch';
import type { Category, Organization, Places, Service } from '../src/content/schema/services.js';
import { buildPlaceIndex, resolvePlace, type PlaceIndex } from '../src/logic/geo.js';
import { buildServiceIndex, buildServiceIndexAsync, searchServices, type SearchRequest, type ServiceIndex } from '../src/logic/search.js';
import { tokenize } from '../src/logic/text.js';
import { generateServices } from './generate.js';

export interface BenchConfig {
  count: number;
  seed: number;
  places: Places;
  taxonomy: Category[];
  queries: string[];
  /** Relevance checks: the top 10 of `query` should satisfy `relevant` (a key of RELEVANCE). */
  sanity: { query: string; relevant: keyof typeof RELEVANCE }[];
  warmup: number;
  runs: number;
  builds: number;
}

interface Doc {
  id: number;
  name: string;
  organization: string;
  category: string;
  keywords: string;
  place: string;
  text: string;
}

const values = (text: Record<string, string | readonly string[]> | undefined) =>
  text
    ? Object.values(text)
        .flatMap((v) => (typeof v === 'string' ? [v] : [...v]))
        .join(' ')
    : '';

/** The same text our index sees, flattened into fields for the libraries. */
function flatten(services: readonly Service[], organizations: readonly Organization[], taxonomy: readonly Category[], places: PlaceIndex): Doc[] {
  const orgs = new Map(organizations.map((o) => [o.id, o]));
  const cats = new Map(taxonomy.map((c) => [c.id, c]));
  return services.map((s, id) => {
    const org = orgs.get(s.organization);
    const categoryIds = new Set<string>();
    for (const c of s.categories) for (let at: string | undefined = c; at; at = cats.get(at)?.parent) categoryIds.add(at);
    const categories = [...categoryIds].map((c) => cats.get(c));
    const location = s.locations[0];
    const municipality = location?.address ? resolvePlace(places, location.address.postcode)?.municipality : undefined;
    return {
      id,
      name: values(s.name),
      organization: `${values(org?.name)} ${values(org?.alternateNames)}`,
      category: categories.map((c) => values(c?.label)).join(' '),
      keywords: `${categories.map((c) => values(c?.synonyms)).join(' ')} ${values(s.keywords)}`,
      place: `${location?.address?.postcode ?? ''} ${values(location?.address?.municipality)} ${values(municipality?.name)}`,
      text: `${values(s.description)} ${location?.address?.street ?? ''}`,
    };
  });
}

const RELEVANCE = {
  socialWelfare: (s: Service) => s.categories.includes('social-welfare'),
  health: (s: Service) => s.categories.some((c) => c === 'health' || c === 'urgent-medical-aid'),
  legal: (s: Service) => s.categories.includes('legal-aid'),
  shelter: (s: Service) => s.categories.includes('shelter'),
  socialWelfareLiege: (s: Service) => s.categories.includes('social-welfare') && s.locations[0]?.address?.postcode === '4000',
};

interface Engine {
  name: string;
  build: () => void;
  /** Runs a query; returns how many services match and the positions of the first 20, best first. */
  query: (q: string) => { total: number; top: number[] };
}

const median = (xs: number[]) => quantile(xs, 0.5);
function quantile(xs: number[], q: number): number {
  const sorted = [...xs].sort((a, b) => a - b);
  const at = (sorted.length - 1) * q;
  const low = Math.floor(at);
  const high = Math.ceil(at);
  return sorted[low]! + (sorted[high]! - sorted[low]!) * (at - low);
}

export async function runBench(config: BenchConfig) {
  const generated = performance.now();
  const { organizations, services } = generateServices(config.count, config.seed, config.places, config.taxonomy);
  const generateMs = performance.now() - generated;
  const places = buildPlaceIndex(config.places);
  const docs = flatten(services, organizations, config.taxonomy, places);

  let ours: ServiceIndex | undefined;
  let mini: MiniSearch<Doc> | undefined;
  let flex: FlexIndex | undefined;
  const weights = { name: 8, organization: 6, category: 4, keywords: 4, place: 3, text: 1 };
  const engines: Engine[] = [
    {
      name: 'ours',
      build: () => {
        ours = buildServiceIndex(services, { organizations, taxonomy: config.taxonomy, places });
      },
      query: (q) => {
        const result = searchServices(ours!, { query: q, limit: 20 });
        return { total: result.total, top: result.hits.map((hit) => hit.index) };
      },
    },
    {
      name: 'minisearch',
      build: () => {
        mini = new MiniSearch<Doc>({
          fields: ['name', 'organization', 'category', 'keywords', 'place', 'text'],
          processTerm: (term) => {
            const words = tokenize(term);
            return words.length === 0 ? null : words;
          },
          searchOptions: { boost: weights, prefix: true, fuzzy: (term) => (term.length >= 4 ? 1 : false), combineWith: 'AND' },
        });
        mini.addAll(docs);
      },
      query: (q) => {
        const found = mini!.search(q);
        return { total: found.length, top: found.slice(0, 20).map((r) => r.id as number) };
      },
    },
    {
      name: 'flexsearch',
      build: () => {
        flex = new FlexIndex({ tokenize: 'forward', encode: (text: string) => tokenize(text), resolution: 9 });
        // FlexSearch ranks by word position: the most important fields first.
        for (const d of docs) flex.add(d.id, `${d.name} ${d.organization} ${d.category} ${d.keywords} ${d.place} ${d.text}`);
      },
      query: (q) => {
        const found = flex!.search(q, { limit: docs.length }) as number[];
        return { total: found.length, top: found.slice(0, 20) };
      },
    },
  ];

  const results = engines.map((engine) => {
    const buildTimes: number[] = [];
    for (let b = 0; b < config.builds; b += 1) {
      const t0 = performance.now();
      engine.build();
      buildTimes.push(performance.now() - t0);
    }
    const perQuery = config.queries.map((q) => {
      for (let w = 0; w < config.warmup; w += 1) engine.query(q);
      const times: number[] = [];
      let total = 0;
      for (let r = 0; r < config.runs; r += 1) {
        const t0 = performance.now();
        total = engine.query(q).total;
        times.push(performance.now() - t0);
      }
      return { query: q, results: total, medianMs: median(times), p95Ms: quantile(times, 0.95), times };
    });
    const pooled = perQuery.flatMap((p) => p.times);
    const sanity = config.sanity.map(({ query, relevant }) => {
      const top = engine.query(query).top.slice(0, 10);
      const good = top.filter((i) => RELEVANCE[relevant](services[i]!)).length;
      return { query, relevant, top10: top.length, relevantInTop10: good, topNames: top.slice(0, 3).map((i) => Object.values(services[i]!.name)[0]) };
    });
    return {
      engine: engine.name,
      buildMs: median(buildTimes),
      buildTimes,
      queryMedianMs: median(pooled),
      queryP95Ms: quantile(pooled, 0.95),
      queries: perQuery.map(({ times: _times, ...rest }) => rest),
      sanity,
    };
  });

  // Our search with filters, distance sort and paging: what the element actually asks for.
  const brussels = resolvePlace(places, '1000')!;
  const scenarios: { name: string; request: SearchRequest }[] = [
    { name: 'no query, sort by name, first page', request: {} },
    { name: 'no query, sort by distance from 1000, first page', request: { origin: brussels.centre! } },
    { name: '"ocmw" + no papers + walk-in', request: { query: 'ocmw', filters: { noPapersNeeded: true, walkIn: true } } },
    { name: '"medecin" + language ar + distance from 1000', request: { query: 'medecin', filters: { languages: ['ar'] }, origin: brussels.centre! } },
    { name: 'category health + municipality Liège', request: { filters: { categories: ['health'], municipality: '62063' } } },
    {
      name: 'no papers + within 10 km of 1000 + open-now predicate',
      request: {
        origin: brussels.centre!,
        filters: { noPapersNeeded: true, withinKm: 10, openNow: (s) => s.locations[0]?.schedule?.rules[0]?.days.includes('we') ?? false },
      },
    },
  ];
  const filtered = scenarios.map(({ name, request }) => {
    for (let w = 0; w < config.warmup; w += 1) searchServices(ours!, request);
    const times: number[] = [];
    let total = 0;
    for (let r = 0; r < config.runs; r += 1) {
      const t0 = performance.now();
      total = searchServices(ours!, request).total;
      times.push(performance.now() - t0);
    }
    return { scenario: name, results: total, medianMs: median(times), p95Ms: quantile(times, 0.95) };
  });

  // The element builds in slices: the longest main-thread task is what a reader could feel.
  let longestTaskMs = 0;
  let taskStart = performance.now();
  const asyncStart = taskStart;
  await buildServiceIndexAsync(
    services,
    { organizations, taxonomy: config.taxonomy, places },
    {
      yieldToMain: () => {
        longestTaskMs = Math.max(longestTaskMs, performance.now() - taskStart);
        return new Promise((resolve) =>
          setTimeout(() => {
            taskStart = performance.now();
            resolve();
          }, 0),
        );
      },
    },
  );
  longestTaskMs = Math.max(longestTaskMs, performance.now() - taskStart);
  const asyncBuild = { totalMs: performance.now() - asyncStart, longestTaskMs };

  return {
    asyncBuild,
    services: services.length,
    organizations: organizations.length,
    words: ours!.words.length,
    generateMs,
    timerResolutionMs: timerResolution(),
    crossOriginIsolated: globalThis.crossOriginIsolated,
    userAgent: navigator.userAgent,
    engines: results,
    ourScenarios: filtered,
  };
}

function timerResolution(): number {
  let smallest = Infinity;
  for (let i = 0; i < 50; i += 1) {
    const a = performance.now();
    let b = performance.now();
    while (b === a) b = performance.now();
    smallest = Math.min(smallest, b - a);
  }
  return smallest;
}

(globalThis as unknown as { runBench: typeof runBench }).runBench = runBench;
