// npm run bench: times our service search beside MiniSearch and FlexSearch on the same generated
// 10,000 services and the same queries, in one run of headless Chromium, and measures each library's
// min+gzip size. Prints a table and writes bench/results.json.
//   node scripts/bench/run.mjs [--count 10000] [--runs 200]
import { build } from 'esbuild';
import { createServer } from 'node:http';
import { readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { CHROMIUM_ARGS, launchChromium, requireChromium } from '../chromium.mjs';
import { benchElement, TYPED } from './element.mjs';

const root = new URL('../..', import.meta.url).pathname;
const arg = (name, fallback) => {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? Number(process.argv[at + 1]) : fallback;
};
const count = arg('count', 10000);
const runs = arg('runs', 200);

const content = JSON.parse(readFileSync(join(root, 'demo/content/services.json'), 'utf8'));
const queries = [
  'ocmw',
  'cpas',
  'medecin',
  'aide médicale urgente',
  'avocat',
  'juridische hulp',
  'voedselpakketten',
  'luik ocmw',
  'retour volontaire',
  'icam',
  'med',
  'oc',
  'brux',
  'dokter antwerpen',
  'مأوى',
  'taallessen gent',
  'medecim',
  '4000',
  'consultations médicales bruxelles',
  'night shelter',
];
const sanity = [
  { query: 'ocmw', relevant: 'socialWelfare' },
  { query: 'cpas', relevant: 'socialWelfare' },
  { query: 'medecin', relevant: 'health' },
  { query: 'medecim', relevant: 'health' },
  { query: 'luik ocmw', relevant: 'socialWelfareLiege' },
  { query: 'avocat', relevant: 'legal' },
  { query: 'مأوى', relevant: 'shelter' },
];

// Sizes as a user downloads them: each entry bundled, minified, gzipped (level 9).
async function size(name, contents) {
  const out = await build({
    stdin: { contents, resolveDir: root, loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
  });
  const bytes = out.outputFiles[0].contents;
  return { name, minBytes: bytes.length, gzipBytes: gzipSync(bytes, { level: 9 }).length };
}
const sizes = [
  await size(
    'ours',
    "export { buildServiceIndex, searchServices } from './src/logic/search.ts'; export { buildPlaceIndex, resolvePlace, suggestPlaces, haversineKm } from './src/logic/geo.ts';",
  ),
  await size('minisearch', "export { default } from 'minisearch';"),
  await size('flexsearch', "export { Index } from 'flexsearch';"),
];

const page = await build({
  entryPoints: [join(root, 'bench/page.ts')],
  bundle: true,
  format: 'iife',
  target: 'es2022',
  write: false,
  logLevel: 'warning',
});
const script = page.outputFiles[0].contents;
const html = '<!doctype html><meta charset="utf-8"><title>bench</title><script src="/bench.js"></script>';
// Cross-origin isolation gives performance.now() a 5 µs resolution instead of 100 µs.
const server = createServer((request, response) => {
  const headers = { 'Cross-Origin-Opener-Policy': 'same-origin', 'Cross-Origin-Embedder-Policy': 'require-corp', 'Cache-Control': 'no-store' };
  if (request.url === '/bench.js') response.writeHead(200, { ...headers, 'Content-Type': 'text/javascript' }).end(script);
  else response.writeHead(200, { ...headers, 'Content-Type': 'text/html' }).end(html);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const { port } = server.address();

const executablePath = requireChromium();
const browser = await launchChromium();
let results;
try {
  const tab = await browser.newPage();
  tab.on('console', (message) => console.log(`[page] ${message.text()}`));
  await tab.goto(`http://127.0.0.1:${port}/`);
  results = await tab.evaluate((config) => globalThis.runBench(config), {
    count,
    seed: 20261122,
    places: content.places,
    taxonomy: content.taxonomy,
    queries,
    sanity,
    warmup: 20,
    runs,
    builds: 3,
  });
} finally {
  await browser.close();
  server.close();
}

const ms = (x) => x.toFixed(3);
const kb = (x) => (x / 1024).toFixed(1);
console.log(`\n${results.services} services, ${results.organizations} organisations, ${results.words} distinct words; ${results.userAgent}`);
console.log(
  `timer resolution ${ms(results.timerResolutionMs)} ms (cross-origin isolated: ${results.crossOriginIsolated}); ${runs} runs per query after 20 warm-up runs\n`,
);
const engines = results.engines;
console.log(['engine', 'build ms', 'query median ms', 'query p95 ms', 'min KB', 'min+gzip KB'].join(' | '));
for (const e of engines) {
  const s = sizes.find((x) => x.name === e.engine);
  console.log([e.engine, ms(e.buildMs), ms(e.queryMedianMs), ms(e.queryP95Ms), kb(s.minBytes), kb(s.gzipBytes)].join(' | '));
}
console.log('\nper query: median / p95 ms (results)');
console.log(['query', ...engines.map((e) => e.engine)].join(' | '));
queries.forEach((q, i) =>
  console.log(
    [JSON.stringify(q), ...engines.map((e) => `${ms(e.queries[i].medianMs)} / ${ms(e.queries[i].p95Ms)} (${e.queries[i].results})`)].join(' | '),
  ),
);
console.log('\nrelevance: relevant services in the top 10');
console.log(['query', ...engines.map((e) => e.engine)].join(' | '));
sanity.forEach((q, i) =>
  console.log([JSON.stringify(q.query), ...engines.map((e) => `${e.sanity[i].relevantInTop10}/${e.sanity[i].top10}`)].join(' | ')),
);
console.log(
  `\nour index built in slices (buildServiceIndexAsync): ${ms(results.asyncBuild.totalMs)} ms in all, longest main-thread task ${ms(results.asyncBuild.longestTaskMs)} ms`,
);
console.log('\nour search as the element uses it: median / p95 ms (results)');
for (const s of results.ourScenarios) console.log(`${s.scenario} | ${ms(s.medianMs)} / ${ms(s.p95Ms)} (${s.results})`);

// The element itself: from a key press to the next painted frame, with the same services.
const launchArgs = CHROMIUM_ARGS;
const element = await benchElement({
  root,
  count,
  seed: 20261122,
  places: content.places,
  taxonomy: content.taxonomy,
  executablePath,
  args: launchArgs,
});
const row = (name, s) => `${name} | ${s.n} | ${ms(s.medianMs)} | ${ms(s.p95Ms)} | ${ms(s.maxMs)}`;
const frames = (list) => list.map((f) => `${ms(f.duration)} ms${f.scripts.length ? ` (${f.scripts.join('; ')})` : ''}`).join(', ') || 'none';
console.log(
  `\n<fl-service-finder> with ${element.services} services, first visit: searchable ${ms(element.searchableMs)} ms after it was added (fetch, check, store, index)`,
);
console.log(
  `  long tasks (over 50 ms): ${element.longTasksDuringLoadMs.map(ms).join(', ') || 'none'}; long animation frames: ${frames(element.firstVisitLongFrames)}`,
);
console.log(
  `second visit (services from the ${element.secondVisit.source}): searchable ${ms(element.secondVisit.searchableMs)} ms; long tasks: ${element.secondVisit.longTasksMs.map(ms).join(', ') || 'none'}`,
);
console.log(
  `\ntyped ${JSON.stringify(TYPED)} key by key, then emptied the box; ticked "Open now" on and off; then typed the same into a plain text box on the same page (the floor: what a key costs when a page does nothing with it)`,
);
console.log(['event', 'samples', 'median ms', 'p95 ms', 'max ms'].join(' | '));
const rows = (label, t) => {
  console.log(row(`${label}: to the next paint`, t.toPaint));
  console.log(row('  to the rendered update', t.toRendered));
  console.log(row('  then waiting for a frame', t.waitForFrame));
  console.log(row('  then that frame (style, layout, paint)', t.frame));
  console.log(row('  work (update + frame, without the wait)', t.work));
};
rows('key press in the finder', element.typing);
rows('"Open now"', element.openNowToggle);
rows('key press in a plain text box', element.bareTyping);
console.log(
  `Event Timing, events of 16 ms or more (duration in 8 ms steps, up to the next paint): ${
    Object.entries(element.slowEvents)
      .map(([name, e]) => `${name} ${e.n}× (max ${e.maxMs})`)
      .join(', ') || 'none'
  }`,
);
console.log(`long tasks after load: ${element.longTasksAfterLoad.map(ms).join(', ') || 'none'}`);

const out = join(root, 'bench/results.json');
writeFileSync(out, `${JSON.stringify({ date: new Date().toISOString(), count, runs, queries, sizes, ...results, element }, null, 2)}\n`);
console.log(`\nwrote ${out}`);
