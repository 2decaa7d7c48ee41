// npm run test:stories: opens every story of the built Storybook (storybook-static/, from
// `npm run build-storybook`) in headless Chromium and fails if any story
//   - has an accessibility violation found by the a11y addon itself (its axe run and its settings,
//     `parameters.a11y`, reported at the end of each story), or no a11y report at all;
//   - throws, or its play function fails (the story helpers' play functions wait for the state the story
//     promises: ready, stale, error, loading, slow, a language, 320 px), or logs an error;
//   - (narrow stories, those that use `narrow()`) scrolls sideways in a 320 px wide window.
// First it proves the check is live: a story with an <img> without alt must fail with `image-alt`.
//   node scripts/test-stories.mjs [--concurrency 2] [--filter <text in the story id>]
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { performance } from 'node:perf_hooks';
import { launchChromium } from './chromium.mjs';

const root = new URL('..', import.meta.url).pathname;
const dir = join(root, 'storybook-static');
const arg = (name, fallback) => {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? process.argv[at + 1] : fallback;
};
const concurrency = Number(arg('concurrency', 2));
const filter = arg('filter', '');
const STORY_TIMEOUT = 20000;
const NARROW = 320;

if (!existsSync(join(dir, 'index.json'))) {
  console.error('storybook-static/index.json is missing: run `npm run build-storybook` first.');
  process.exit(1);
}

// A static server for storybook-static/, as any static host would serve it (404 for what is not there).
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.map': 'application/json',
};
const server = createServer((req, res) => {
  const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
  let file = join(dir, path);
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  if (!file.startsWith(dir) || !existsSync(file)) {
    res.writeHead(404, { 'Content-Type': 'text/plain' });
    res.end('Not Found');
    return;
  }
  res.writeHead(200, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-cache' });
  createReadStream(file).pipe(res);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

const index = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8'));
const stories = Object.values(index.entries).filter((entry) => entry.type === 'story' && entry.id.includes(filter));

// Runs in the page before Storybook: records the events the preview emits on its channel.
function recordChannel() {
  window.__flEvents = [];
  let current;
  Object.defineProperty(window, '__STORYBOOK_ADDONS_CHANNEL__', {
    configurable: true,
    get: () => current,
    set(channel) {
      current = channel;
      if (!channel || channel.__flRecorded) return;
      channel.__flRecorded = true;
      const emit = channel.emit.bind(channel);
      channel.emit = (type, ...args) => {
        if (type === 'storyRendered' && window.__flBreakStory) {
          // The self-test: an image without a text alternative, added before the a11y addon runs.
          const img = document.createElement('img');
          img.src = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';
          document.querySelector('#storybook-root')?.append(img);
        }
        try {
          window.__flEvents.push({ type, args: JSON.parse(JSON.stringify(args)) });
        } catch {
          window.__flEvents.push({ type, args: [] });
        }
        return emit(type, ...args);
      };
    },
  });
}

const FAILURES = ['storyThrewException', 'playFunctionThrewException', 'storyErrored', 'storyMissing', 'unhandledErrorsWhilePlaying'];

/** Opens one story and returns { id, problems: string[], narrow: boolean, ms }. */
async function check(page, story, { width = 1280, height = 800, breakStory = false } = {}) {
  const started = performance.now();
  const problems = [];
  const errors = [];
  const onConsole = (message) => {
    if (message.type() !== 'error') return;
    const url = message.location()?.url ?? '';
    // The error and stale stories' content hosts answer 404 on purpose; Chromium logs each request.
    if (/\/story-content\//.test(url) || /\/story-content\//.test(message.text())) return;
    errors.push(message.text());
  };
  const onPageError = (error) => errors.push(String(error?.message ?? error));
  page.on('console', onConsole);
  page.on('pageerror', onPageError);
  try {
    await page.setViewport({ width, height });
    if (breakStory) {
      await page.evaluateOnNewDocument(() => {
        window.__flBreakStory = true;
      });
    }
    await page.goto(`${origin}/iframe.html?id=${encodeURIComponent(story.id)}&viewMode=story`, { waitUntil: 'domcontentloaded' });
    const finished = await page
      .waitForFunction(() => window.__flEvents?.find((event) => event.type === 'storyFinished'), { timeout: STORY_TIMEOUT, polling: 50 })
      .then((handle) => handle.jsonValue())
      .catch(() => undefined);
    const events = await page.evaluate(() => window.__flEvents ?? []);
    for (const event of events.filter((e) => FAILURES.includes(e.type))) {
      const detail = event.args[0];
      problems.push(
        `${event.type}: ${typeof detail === 'object' ? (detail?.message ?? detail?.description ?? JSON.stringify(detail)) : String(detail ?? '')}`.trim(),
      );
    }
    if (!finished) {
      problems.push(`did not finish within ${STORY_TIMEOUT / 1000} s`);
    } else {
      const { status, reporters = [] } = finished.args[0] ?? {};
      const a11y = reporters.find((report) => report.type === 'a11y');
      if (!a11y) problems.push('no report from the a11y addon (is it disabled for this story?)');
      else if (a11y.result?.error) problems.push(`the a11y check failed to run: ${JSON.stringify(a11y.result.error)}`);
      else {
        for (const violation of a11y.result?.violations ?? []) {
          const targets = violation.nodes
            .map((node) => JSON.stringify(node.target))
            .slice(0, 3)
            .join(', ');
          problems.push(`a11y ${violation.id} (${violation.impact}): ${violation.help} at ${targets}`);
        }
        if ((a11y.result?.passes ?? []).length === 0) problems.push('the a11y check ran no rule on anything');
      }
      if (status !== 'success' && problems.length === 0) problems.push(`finished with status ${status}`);
    }
    const narrow = await page.evaluate(() => document.querySelector('.fl-story-narrow') !== null);
    if (width <= NARROW) {
      const scroll = await page.evaluate(() => document.documentElement.scrollWidth);
      if (scroll > width) problems.push(`scrolls sideways at ${width} px: the page is ${scroll} px wide`);
    }
    for (const error of errors) problems.push(`console error: ${error}`);
    return { id: story.id, problems, narrow, ms: performance.now() - started };
  } finally {
    page.off('console', onConsole);
    page.off('pageerror', onPageError);
  }
}

const started = performance.now();
const browser = await launchChromium();

let failed = 0;
try {
  const newPage = async () => {
    // A window of its own per worker: a background tab gets no animation frames.
    const context = await browser.createBrowserContext();
    const page = await context.newPage();
    await page.evaluateOnNewDocument(recordChannel);
    return page;
  };

  // The check must be able to fail: a bare <img> in the first story is an image-alt violation.
  const probe = stories[0];
  if (!probe) throw new Error(filter ? `No story id contains "${filter}".` : 'storybook-static has no stories.');
  const probePage = await newPage();
  const selfTest = await check(probePage, probe, { breakStory: true });
  await probePage.browserContext().close();
  if (!selfTest.problems.some((problem) => problem.startsWith('a11y image-alt'))) {
    console.error(`Self-test failed: an <img> without alt in ${probe.id} was not reported (got: ${selfTest.problems.join('; ') || 'nothing'}).`);
    process.exitCode = 1;
  } else {
    console.log(`self-test: an <img> without alt added to ${probe.id} is reported as image-alt (the check is live)`);
  }

  const run = async (list, options) => {
    const results = [];
    let next = 0;
    const worker = async () => {
      const page = await newPage();
      while (next < list.length) {
        const story = list[next++];
        results.push(await check(page, story, options));
      }
      await page.browserContext().close();
    };
    await Promise.all(Array.from({ length: Math.min(concurrency, list.length) }, worker));
    return results;
  };

  const report = (results, label) => {
    for (const result of results.sort((a, b) => a.id.localeCompare(b.id))) {
      const mark = result.problems.length === 0 ? 'ok  ' : 'FAIL';
      console.log(`${mark} ${result.id}${label} (${Math.round(result.ms)} ms)`);
      for (const problem of result.problems) console.log(`     ${problem}`);
      if (result.problems.length > 0) failed += 1;
    }
  };

  const results = await run(stories);
  report(results, '');
  const narrow = stories.filter((story) => results.find((result) => result.id === story.id)?.narrow);
  if (narrow.length > 0) report(await run(narrow, { width: NARROW, height: 640 }), ` at ${NARROW} px`);
  const total = stories.length + narrow.length;
  console.log(
    `\n${stories.length} stories (${narrow.length} again at ${NARROW} px): ${total - failed} passed, ${failed} failed, in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
  if (failed > 0) process.exitCode = 1;
} finally {
  await browser.close();
  server.close();
}
