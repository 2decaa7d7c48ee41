// npm run bench (second part): how fast the BUILT <fl-walkin-schedule> shows its content, in headless
// Chromium, served locally with the built example content (dist/content/), one fresh browser context
// per run:
// - second visit: the device copy (Cache API) and the HTTP cache hold what the first visit left;
// - first visit: nothing cached, everything from the (local) network.
// Per run: from the request of the entry script and from navigation start to the element's first render
// with content (its update committed) and to the next frame; the longest main-thread task (wall and CPU
// time, from a Chromium trace of every other run; and the browser's own count of tasks over 50 ms);
// layout shift (CLS), split into before the content (the element appears), when it arrives (the widget
// grows past the height it reserved) and after it shows (re-renders: should be none). Reports medians
// (and p90) over the runs; writes bench/startup.json.
// --compare <dist> runs another build (for example main's) in the same browser, alternating run by run
// so that both see the same machine load, and prints the ratios. --reserve <length> gives the host page
// the CSS README ("Embed") suggests, reserving that height before and while the content loads.
//   node scripts/bench/startup.mjs [--runs 15] [--cpu 1] [--no-build] [--dist path/to/dist] [--compare path/to/dist] [--reserve 92rem] [--entry fl-walkin-schedule]
/* global requestAnimationFrame, PerformanceObserver, performance -- in functions that run in the page */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { Buffer } from 'node:buffer';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { hostPage, launchChromium, root, serveDist } from '../dist-server.mjs';
import { measureDist } from '../sizes.mjs';

const argv = process.argv.slice(2);
const option = (name, fallback) => {
  const at = argv.indexOf(`--${name}`);
  return at >= 0 ? argv[at + 1] : fallback;
};
const runs = Number(option('runs', 15));
const cpu = Number(option('cpu', 1));
const entry = option('entry', 'fl-walkin-schedule');
const distArg = option('dist', undefined);
const dist = resolve(distArg ?? join(root, 'dist'));
const compareArg = option('compare', undefined);
const reserve = option('reserve', undefined);
if (!distArg && !argv.includes('--no-build')) execFileSync('npm', ['run', '--silent', 'build'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
if (!existsSync(join(dist, `${entry}.js`)) || !existsSync(join(dist, 'content/v1/manifest.json'))) {
  console.error(`No ${entry}.js or content in ${dist}: build first (npm run build).`);
  process.exit(1);
}

// A Wednesday morning in Brussels, so every run renders the same schedule.
const NOW = '2026-11-25T10:30:00+01:00';
const TAG = 'fl-walkin-schedule';
// A host page with text above and below the widget: a widget that grows after its first paint moves the
// text below it, which is what layout shift measures.
const body = `<h1>Help and information</h1><p>Text of the host page above the widget.</p>
<${TAG} content-base="/dist/content/" now="${NOW}" show="all"></${TAG}>
<p id="below">Text of the host page below the widget: it moves if the widget grows after it first shows.</p>`;
const PAGE = '/bench-page.html';
const builds = [{ name: distArg ? 'dist' : 'this build', dist }];
if (compareArg) builds.push({ name: 'compared', dist: resolve(compareArg) });
for (const b of builds) {
  // Each build on a server (an origin) of its own: no cache is shared between them.
  const head = reserve ? '<link rel="stylesheet" href="/host.css">' : '';
  const css = `${TAG}:not(:defined) { display: block; min-block-size: ${reserve}; } ${TAG} { --fl-content-min-block-size: ${reserve}; }`;
  b.server = await serveDist({ pages: { [PAGE]: hostPage(`/dist/${entry}.js`, body, { head }), '/host.css': { html: css, type: 'text/css' } }, root: b.dist });
}

// Runs in the page before any of its scripts.
function instrument(tag) {
  const bench = (window.__bench = { shifts: [], longTasks: [], rendered: undefined, painted: undefined, source: undefined });
  new PerformanceObserver((list) => {
    for (const shift of list.getEntries()) if (!shift.hadRecentInput) bench.shifts.push({ at: shift.startTime, value: shift.value });
  }).observe({ type: 'layout-shift', buffered: true });
  new PerformanceObserver((list) => {
    for (const task of list.getEntries()) bench.longTasks.push({ at: task.startTime, duration: task.duration });
  }).observe({ type: 'longtask', buffered: true });
  document.addEventListener(
    'fl-content-load',
    async (event) => {
      if (event.target.localName !== tag || bench.rendered !== undefined) return;
      bench.source = event.source;
      // The element asks for its update right after the event: wait for that update, not the one before.
      await Promise.resolve();
      await event.target.updateComplete;
      bench.rendered = performance.now();
      requestAnimationFrame(() => setTimeout(() => (bench.painted = performance.now())));
    },
    true,
  );
}

async function visit(context, { trace, server }) {
  const page = await context.newPage();
  await page.setViewport({ width: 800, height: 900 });
  const session = await page.createCDPSession();
  if (cpu > 1) await session.send('Emulation.setCPUThrottlingRate', { rate: cpu });
  await page.evaluateOnNewDocument(instrument, TAG);
  if (trace) await page.tracing.start({ categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] });
  await page.goto(`${server.origin}${PAGE}`);
  await page.waitForFunction(() => window.__bench.painted !== undefined, { timeout: 20000 });
  // Background work after the first render (the manifest check, the validation chunk, a re-render) counts too.
  await new Promise((done) => setTimeout(done, 1500));
  const traceBuffer = trace ? await page.tracing.stop() : undefined;
  const result = await page.evaluate((entryName) => {
    const script = performance.getEntriesByType('resource').find((r) => new URL(r.name).pathname === `/dist/${entryName}.js`);
    const bench = window.__bench;
    return {
      source: bench.source,
      scriptRequestAt: script?.startTime,
      scriptResponseEnd: script?.responseEnd,
      rendered: bench.rendered,
      painted: bench.painted,
      cls: bench.shifts.reduce((sum, shift) => sum + shift.value, 0),
      clsBefore: bench.shifts.filter((shift) => shift.at < bench.rendered).reduce((sum, shift) => sum + shift.value, 0),
      clsArrival: bench.shifts.filter((shift) => shift.at >= bench.rendered && shift.at <= bench.painted).reduce((sum, shift) => sum + shift.value, 0),
      clsAfter: bench.shifts.filter((shift) => shift.at > bench.painted).reduce((sum, shift) => sum + shift.value, 0),
      longTasks: bench.longTasks,
      chunks: performance
        .getEntriesByType('resource')
        .map((r) => new URL(r.name).pathname)
        .filter((path) => path.includes('/chunks/'))
        .map((path) => path.replace(/^.*\/chunks\/|-[\w-]{8}\.js$/g, '')),
    };
  }, entry);
  if (traceBuffer) result.longestTask = longestTask(JSON.parse(Buffer.from(traceBuffer).toString('utf8')));
  await page.close();
  return result;
}

/**
 * The longest task on the page's main thread, from a Chromium trace: `{ wall, cpu }` in ms (CPU time is
 * what the task itself costs; on a busy machine the wall time also counts time the thread waited).
 */
function longestTask(trace) {
  const events = trace.traceEvents ?? trace;
  const parse = events.find((e) => e.name === 'ParseHTML' && JSON.stringify(e.args ?? {}).includes(PAGE));
  const main = events.find((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && e.pid === parse?.pid);
  let longest = { wall: 0, cpu: 0 };
  for (const e of events) {
    if (e.ph === 'X' && e.name === 'RunTask' && e.pid === main?.pid && e.tid === main?.tid && (e.dur ?? 0) / 1000 > longest.wall) {
      longest = { wall: e.dur / 1000, cpu: (e.tdur ?? 0) / 1000 };
    }
  }
  return longest;
}

const quantile = (values, q) => {
  const sorted = values.filter((v) => typeof v === 'number').sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
};
const median = (values) => {
  const sorted = values.filter((v) => typeof v === 'number').sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

const browser = await launchChromium();
const load = [loadavg()[0]];
for (const b of builds) b.results = { first: [], second: [] };
try {
  // One warm-up round, not counted (it also warms the server and the disk cache).
  for (let run = -1; run < runs; run += 1) {
    // Every other run is traced (tracing adds overhead): timings come from the untraced runs.
    const trace = run >= 0 && run % 2 === 1;
    // Alternate which build goes first, so neither always meets the same moment of the machine's load.
    const order = run % 2 === 0 ? builds : [...builds].reverse();
    for (const b of order) {
      const context = await browser.createBrowserContext();
      const first = await visit(context, { trace, server: b.server });
      const second = await visit(context, { trace, server: b.server });
      await context.close();
      if (run < 0) continue;
      first.traced = second.traced = trace;
      b.results.first.push(first);
      b.results.second.push(second);
    }
  }
} finally {
  load.push(loadavg()[0]);
  await browser.close();
  for (const b of builds) await b.server.close();
}

const ms = (x) => (Number.isFinite(x) ? x.toFixed(1) : '-');
const cls = (x) => x.toFixed(3);

function summarise(all) {
  const timed = all.filter((r) => !r.traced);
  const traced = all.filter((r) => r.traced);
  const fromScript = timed.map((r) => r.rendered - r.scriptRequestAt);
  const toFrame = timed.map((r) => r.painted - r.scriptRequestAt);
  const fromNavigation = timed.map((r) => r.rendered);
  const longestWall = traced.map((r) => r.longestTask.wall);
  const longestCpu = traced.map((r) => r.longestTask.cpu);
  const pick = (key) => ({ median: median(all.map((r) => r[key])), max: Math.max(...all.map((r) => r[key])) });
  return {
    runs: all.length,
    sources: [...new Set(all.map((r) => r.source))],
    scriptToRenderedMs: { median: median(fromScript), p90: quantile(fromScript, 0.9) },
    scriptToNextFrameMs: { median: median(toFrame), p90: quantile(toFrame, 0.9) },
    navigationToRenderedMs: { median: median(fromNavigation), p90: quantile(fromNavigation, 0.9) },
    longestTaskMs: { median: median(longestWall), max: Math.max(...longestWall) },
    longestTaskCpuMs: { median: median(longestCpu), max: Math.max(...longestCpu) },
    tasksOver50ms: all.reduce((n, r) => n + r.longTasks.length, 0),
    cls: pick('cls'),
    clsBefore: pick('clsBefore'),
    clsArrival: pick('clsArrival'),
    clsAfter: pick('clsAfter'),
    chunks: [...new Set(all.flatMap((r) => r.chunks))],
  };
}

console.log(
  `\nstartup of the built ${entry}.js, ${runs} runs of each visit per build, CPU ${cpu === 1 ? 'not throttled' : `throttled ${cpu}x`}, viewport 800x900, ` +
    `machine load average ${load.map((x) => x.toFixed(1)).join(' -> ')} (${cpus().length} cores)${reserve ? `, host reserves ${reserve}` : ''}`,
);
console.log(
  'build | visit | source | script request -> rendered ms (median / p90) | -> next frame | navigation -> rendered | longest task ms wall (median / max) | its CPU ms (median / max) | tasks over 50 ms | CLS before content / on arrival / after (medians) | chunks loaded',
);
for (const b of builds) {
  b.summary = {};
  for (const kind of ['second', 'first']) {
    const v = (b.summary[kind] = summarise(b.results[kind]));
    console.log(
      [
        b.name,
        kind === 'second' ? 'second (cached)' : 'first (nothing cached)',
        v.sources.join('/'),
        `${ms(v.scriptToRenderedMs.median)} / ${ms(v.scriptToRenderedMs.p90)}`,
        ms(v.scriptToNextFrameMs.median),
        ms(v.navigationToRenderedMs.median),
        `${ms(v.longestTaskMs.median)} / ${ms(v.longestTaskMs.max)}`,
        `${ms(v.longestTaskCpuMs.median)} / ${ms(v.longestTaskCpuMs.max)}`,
        `${v.tasksOver50ms} in ${v.runs} runs`,
        `${cls(v.clsBefore.median)} / ${cls(v.clsArrival.median)} / ${cls(v.clsAfter.median)}`,
        v.chunks.join(', ') || 'none',
      ].join(' | '),
    );
  }
}
if (builds.length > 1) {
  const [a, c] = builds;
  console.log(`\nratios, ${a.name} / ${c.name} (medians; below 1 is faster):`);
  for (const kind of ['second', 'first']) {
    const ratio = (key) => (a.summary[kind][key].median / c.summary[kind][key].median).toFixed(2);
    console.log(
      `${kind} visit: script request -> rendered ${ratio('scriptToRenderedMs')}, -> next frame ${ratio('scriptToNextFrameMs')}, ` +
        `navigation -> rendered ${ratio('navigationToRenderedMs')}, longest task ${ratio('longestTaskMs')} (CPU ${ratio('longestTaskCpuMs')})`,
    );
  }
}
const ours = builds[0].summary;
const worstTask = Math.max(ours.second.longestTaskMs.max, ours.first.longestTaskMs.max);
const worstCpu = Math.max(ours.second.longestTaskCpuMs.max, ours.first.longestTaskCpuMs.max);
console.log(
  `\nbudgets (ARCHITECTURE.md), ${builds[0].name}: rendered with cached content under 100 ms: ${ours.second.scriptToRenderedMs.median < 100 ? 'yes' : 'NO'} (median ${ms(ours.second.scriptToRenderedMs.median)} ms); ` +
    `no task over 50 ms: ${ours.second.tasksOver50ms + ours.first.tasksOver50ms === 0 && worstTask <= 50 ? 'yes' : 'NO'} (longest ${ms(worstTask)} ms wall, ${ms(worstCpu)} ms CPU); ` +
    `no layout shift once content shows: ${ours.second.clsAfter.max === 0 && ours.first.clsAfter.max === 0 ? 'yes' : 'NO'}`,
);
if (!distArg) {
  const sizes = measureDist(dist).find((e) => e.name === entry);
  mkdirSync(join(root, 'bench'), { recursive: true });
  const out = join(root, 'bench/startup.json');
  const record = builds.map((b) => ({ name: b.name, dist: b.dist, summary: b.summary, results: b.results }));
  writeFileSync(out, `${JSON.stringify({ date: new Date().toISOString(), entry, runs, cpu, now: NOW, loadAverage: load, sizes: { eager: sizes.eager, lazy: sizes.lazy }, builds: record }, null, 2)}\n`);
  console.log(`wrote ${out}`);
}
