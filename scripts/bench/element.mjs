// Input to paint in <fl-service-finder> with the generated services: publishes them as a content base,
// serves it with the element (bench/element-page.ts) from a local server, loads the page in headless
// Chromium and adds the finder (first visit: fetch, integrity, validation, device copy, index), reloads
// the page and adds it again (second visit: from the device copy), then types queries with real key
// events (and ticks "Open now"), one key at a time, and collects per event the time to the element's
// rendered update, the wait for the next frame, and that frame's own work (style, layout, paint). Last,
// the same keys go to a plain text box on the same page: the floor, what a key costs in this browser
// when a page does nothing with it. Long tasks and long animation frames (with the scripts that ran in
// them) are collected throughout. Called by scripts/bench/run.mjs.
// With FL_BENCH_PROFILE=<file>, the page is not minified and a CPU profile of one more round of typing is
// written to <file> (open it in DevTools); FL_BENCH_PROFILE_LOAD=<file> profiles the first visit instead;
// FL_BENCH_TRACE=<file> writes a DevTools performance trace of that round of typing (style, layout and
// paint per frame), FL_BENCH_TRACE_LOAD=<file> one of the first visit.
import { build } from 'esbuild';
import { createServer } from 'node:http';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import puppeteer from 'puppeteer-core';

/** What a reader types: words in several languages, a typo, a postcode; then the box is emptied again. */
export const TYPED = ['medecin', 'ocmw gent', 'aide sociale', 'avocat', 'night shelter', 'مأوى', 'medecim', '4000'];

const quantile = (xs, q) => {
  const sorted = [...xs].sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const at = (sorted.length - 1) * q;
  const low = Math.floor(at);
  const high = Math.ceil(at);
  return sorted[low] + (sorted[high] - sorted[low]) * (at - low);
};
const stats = (xs) => ({ n: xs.length, medianMs: quantile(xs, 0.5), p95Ms: quantile(xs, 0.95), maxMs: Math.max(...xs) });
/** From the event to the painted frame, and its parts: the element's update, the wait for a frame, that frame's work. */
const timings = (samples) => ({
  toPaint: stats(samples.map((s) => s.paintMs)),
  toRendered: stats(samples.map((s) => s.renderedMs)),
  waitForFrame: stats(samples.map((s) => s.waitMs)),
  frame: stats(samples.map((s) => s.frameMs)),
  work: stats(samples.map((s) => s.renderedMs + s.frameMs)),
});

async function publishedFiles(root, { count, seed, places, taxonomy }) {
  const out = await build({
    entryPoints: [join(root, 'bench/publish-generated.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    write: false,
    logLevel: 'warning',
  });
  const dir = mkdtempSync(join(tmpdir(), 'fl-bench-'));
  try {
    const file = join(dir, 'publish-generated.mjs');
    writeFileSync(file, out.outputFiles[0].contents);
    const { publishGenerated } = await import(pathToFileURL(file).href);
    return new Map((await publishGenerated(count, seed, places, taxonomy)).map((f) => [`/content/${f.path}`, f.content]));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function benchElement({ root, count, seed, places, taxonomy, executablePath, args, rounds = 3 }) {
  const files = await publishedFiles(root, { count, seed, places, taxonomy });
  const page = await build({
    entryPoints: [join(root, 'bench/element-page.ts')],
    bundle: true,
    minify: !process.env.FL_BENCH_PROFILE && !process.env.FL_BENCH_PROFILE_LOAD && !process.env.FL_BENCH_TRACE_LOAD,
    format: 'esm',
    target: 'es2022',
    write: false,
    logLevel: 'warning',
  });
  const script = page.outputFiles[0].contents;
  const html =
    '<!doctype html><html lang="en"><meta charset="utf-8"><meta name="viewport" content="width=device-width"><link rel="icon" href="data:,"><title>finder bench</title><body style="max-width:60rem;margin:auto;font:16px system-ui"><script type="module" src="/element.js"></script></body></html>';
  const server = createServer((request, response) => {
    const headers = { 'Cross-Origin-Opener-Policy': 'same-origin', 'Cross-Origin-Embedder-Policy': 'require-corp', 'Cache-Control': 'no-store' };
    const path = new URL(request.url, 'http://x').pathname;
    if (path === '/element.js') response.writeHead(200, { ...headers, 'Content-Type': 'text/javascript' }).end(script);
    else if (files.has(path)) response.writeHead(200, { ...headers, 'Content-Type': 'application/json' }).end(files.get(path));
    else if (path === '/') response.writeHead(200, { ...headers, 'Content-Type': 'text/html' }).end(html);
    else response.writeHead(404, headers).end();
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  const browser = await puppeteer.launch({ executablePath, headless: true, args });
  try {
    const tab = await browser.newPage();
    tab.on('console', (message) => console.log(`[element page] ${message.text()}`));
    tab.on('pageerror', (error) => console.log(`[element page error] ${error.message}`));
    await tab.setViewport({ width: 1280, height: 900 });
    await tab.goto(`http://127.0.0.1:${port}/`);
    await tab.waitForFunction(() => 'finderBench' in globalThis);
    const loadProfiler = process.env.FL_BENCH_PROFILE_LOAD ? await tab.createCDPSession() : undefined;
    if (loadProfiler) {
      await loadProfiler.send('Profiler.enable');
      await loadProfiler.send('Profiler.start');
    }
    if (process.env.FL_BENCH_TRACE_LOAD)
      await tab.tracing.start({
        path: process.env.FL_BENCH_TRACE_LOAD,
        categories: [
          'devtools.timeline',
          'disabled-by-default-devtools.timeline',
          'v8.execute',
          'blink.user_timing',
          'disabled-by-default-v8.cpu_profiler',
        ],
      });
    const load = await tab.evaluate(() => globalThis.finderBench.mount('/content/', '2026-11-25T09:00:00Z'));
    if (process.env.FL_BENCH_TRACE_LOAD) await tab.tracing.stop();
    if (loadProfiler) writeFileSync(process.env.FL_BENCH_PROFILE_LOAD, JSON.stringify((await loadProfiler.send('Profiler.stop')).profile));
    const firstVisitFrames = await tab.evaluate(() => globalThis.finderBench.longFrames());
    // A second visit: the page again, the services from the device copy (Cache API), no validation.
    await new Promise((resolve) => setTimeout(resolve, 500));
    await tab.reload();
    await tab.waitForFunction(() => 'finderBench' in globalThis);
    const again = await tab.evaluate(() => globalThis.finderBench.mount('/content/', '2026-11-25T09:00:00Z'));
    const step = async (press) => {
      const before = await tab.evaluate(() => globalThis.finderBench.sampleCount());
      await press();
      await tab.waitForFunction((n) => globalThis.finderBench.sampleCount() > n, { timeout: 10000 }, before);
      // A pause between keys, as a quick typist leaves (about 8 keys a second).
      await new Promise((resolve) => setTimeout(resolve, 120));
    };
    /** Types every query of TYPED key by key into the text box `selector`, emptying it after each. */
    const typeQueries = async (selector) => {
      for (const query of TYPED) {
        await tab.evaluate((s) => globalThis.finderBench.focus(s), selector);
        for (const character of query) await step(() => tab.keyboard.type(character));
        // Select all and delete: back to every service, the largest list to render.
        await tab.keyboard.down('Control');
        await tab.keyboard.press('KeyA');
        await tab.keyboard.up('Control');
        await step(() => tab.keyboard.press('Backspace'));
      }
    };
    for (let round = 0; round < rounds; round += 1) {
      await typeQueries('#query');
      // "Open now" over every service: the schedules of all 10,000 are checked on the first tick of a minute.
      for (let i = 0; i < 6; i += 1) {
        await tab.evaluate(() => globalThis.finderBench.focus('label.check input'));
        await step(() => tab.keyboard.press('Space'));
      }
    }
    // The floor: the same typing into a plain text box on the same page, which does nothing with the keys.
    await tab.evaluate(() => globalThis.finderBench.addBareInput());
    for (let round = 0; round < rounds; round += 1) await typeQueries('#bare');
    if (process.env.FL_BENCH_PROFILE || process.env.FL_BENCH_TRACE) {
      const session = await tab.createCDPSession();
      if (process.env.FL_BENCH_TRACE)
        await tab.tracing.start({ path: process.env.FL_BENCH_TRACE, categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] });
      await session.send('Profiler.enable');
      await session.send('Profiler.start');
      await typeQueries('#query');
      const { profile } = await session.send('Profiler.stop');
      if (process.env.FL_BENCH_TRACE) await tab.tracing.stop();
      if (process.env.FL_BENCH_PROFILE) writeFileSync(process.env.FL_BENCH_PROFILE, JSON.stringify(profile));
    }
    const samples = await tab.evaluate(() => globalThis.finderBench.samples());
    const slowEvents = await tab.evaluate(() => globalThis.finderBench.slowEvents());
    const longTasks = await tab.evaluate(() => globalThis.finderBench.longTasks());
    const longFrames = await tab.evaluate(() => globalThis.finderBench.longFrames());
    const typing = samples.filter((s) => s.event === 'input:query');
    const toggles = samples.filter((s) => s.event === 'change:checkbox');
    const firstToggles = toggles.filter((_, i) => i % 2 === 0);
    return {
      services: load.services,
      searchableMs: load.searchableMs,
      longTasksDuringLoadMs: load.longTasksDuringLoad,
      firstVisitLongFrames: firstVisitFrames,
      secondVisit: { source: again.source, searchableMs: again.searchableMs, longTasksMs: again.longTasksDuringLoad },
      typing: timings(typing),
      bareTyping: timings(samples.filter((s) => s.event === 'input:bare')),
      openNowToggle: { ...timings(toggles), firstTickToRenderedMs: firstToggles.map((s) => s.renderedMs) },
      // Event Timing entries of 16 ms or more, by event name: how many, and the longest (8 ms steps).
      slowEvents: Object.fromEntries(
        [...new Set(slowEvents.map((e) => e.name))].map((name) => {
          const durations = slowEvents.filter((e) => e.name === name).map((e) => e.duration);
          return [name, { n: durations.length, maxMs: Math.max(...durations) }];
        }),
      ),
      longFrames,
      longTasksAfterLoad: longTasks.slice(again.longTasksDuringLoad.length).map((t) => t.duration),
    };
  } finally {
    await browser.close();
    server.close();
  }
}
