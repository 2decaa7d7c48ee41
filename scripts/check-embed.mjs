// npm run check:embed (part of npm run check:dist): what the readers of a host page get while the widgets
// load, with the BUILT files, on a slow phone (360 px wide, a slow network, the CPU 4x slower), for two
// host pages: the README's embed snippet (its HTML and CSS blocks marked `<!-- check:embed ... -->`,
// self-hosted paths pointed at dist/) and the demo page (demo/index.html with demo/host.css, its script
// tag pointed at the built loader):
// - without JavaScript, the host's fallback shows;
// - while the script loads, the fallback never shows (no "could not be loaded" flash on every visit), and
//   when the script never comes (a blocked or missing file), it shows after the README's delay;
// - the page does not move: the layout shifts a PerformanceObserver('layout-shift') sees, from the first
//   paint until the content has loaded, add up to less than MAX_CLS;
// - a bare script tag (no content base anywhere) warns in the console that it shows example content.
// Run after `npm run build`. Exits 1 on any failure.
/* global requestAnimationFrame, PerformanceObserver, getComputedStyle, customElements -- in functions that run in the page */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CSP, dist, launchChromium, root, serveDist } from './dist-server.mjs';

if (!existsSync(join(dist, 'frontline-widgets.js'))) {
  console.error('No build in dist/: run npm run build first.');
  process.exit(1);
}

/** "No layout shift": what Lighthouse calls good is under 0.1; the widgets aim at nothing visible. */
const MAX_CLS = 0.01;
/** The README's self-hosted paths, and the content base its snippet names, as this server has them. */
const SELF_HOSTED = '/assets/frontline-widgets/';
const CONTENT_BASE = 'https://content.example.org/frontline/';

const readme = readFileSync(join(root, 'README.md'), 'utf8');
/** The fenced block after `<!-- check:embed <name> -->` in the README. */
function readmeBlock(name) {
  const match = new RegExp(`<!-- check:embed ${name} -->\\s*\`\`\`\\w*\\n([\\s\\S]*?)\`\`\``).exec(readme);
  if (!match) throw new Error(`README.md has no block marked <!-- check:embed ${name} -->`);
  return match[1];
}
const served = (html) => html.replaceAll(SELF_HOSTED, '/dist/').replaceAll(CONTENT_BASE, '/dist/content/');

const filler = Array.from(
  { length: 12 },
  (_, i) => `<p>Text of the host page below the widgets, paragraph ${i + 1}: it must not move when they load.</p>`,
).join('');
const page = (head, body) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>host</title>${head}</head><body><h1>Help near you</h1><p>A paragraph of the host page above the widgets.</p>${body}${filler}</body></html>`;
const snippet = served(readmeBlock('html'));
const demo = readFileSync(join(root, 'demo/index.html'), 'utf8').replace(
  /<script type="module" src="[^"]+"><\/script>/,
  '<script type="module" src="/dist/frontline-widgets.js"></script>',
);
const css = { type: 'text/css', html: readmeBlock('css') };

const pages = {
  '/readme/site.css': css,
  '/readme/index.html': page('<link rel="stylesheet" href="/readme/site.css">', snippet),
  // The schedule alone, first on the page: what is below it is in view while it loads.
  '/readme/schedule.html': page(
    '<link rel="stylesheet" href="/readme/site.css">',
    snippet.replace(/<fl-service-finder[\s\S]*<\/fl-service-finder>/, ''),
  ),
  // The same, with a script that never comes.
  '/readme/missing.html': page('<link rel="stylesheet" href="/readme/site.css">', snippet.replace('/dist/frontline-widgets.js', '/dist/missing.js')),
  // A bare script tag: the loader and one element, nothing else.
  '/bare.html': page('<script type="module" src="/dist/frontline-widgets.js"></script>', '<fl-walkin-schedule></fl-walkin-schedule>'),
  '/demo/index.html': demo,
  '/demo/host.css': { type: 'text/css', html: readFileSync(join(root, 'demo/host.css'), 'utf8') },
};

const server = await serveDist({ pages, gzip: true, csp: CSP });
const browser = await launchChromium();
const failures = [];
const fail = (message) => {
  failures.push(message);
  console.log(`  FAIL ${message}`);
};

/** Installed before any script of the page: adds up layout shifts and watches every fallback at each frame. */
function watch() {
  const state = { cls: 0, shifts: [], fallbackSeen: [], loads: 0 };
  window.__embed = state;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.hadRecentInput) continue;
      state.cls += entry.value;
      const rect = (r) => `${Math.round(r.y)}+${Math.round(r.height)}`;
      state.shifts.push({
        value: Number(entry.value.toFixed(4)),
        at: Math.round(entry.startTime),
        moved: entry.sources.map((s) => `${s.node?.nodeName ?? 'in a shadow root'} ${rect(s.previousRect)} -> ${rect(s.currentRect)}`).join(', '),
      });
    }
  }).observe({ type: 'layout-shift', buffered: true });
  document.addEventListener('fl-content-load', () => (state.loads += 1), true);
  const look = () => {
    for (const fallback of document.querySelectorAll('[slot="fallback"]')) {
      const host = fallback.parentElement;
      const box = fallback.getBoundingClientRect();
      if (fallback.checkVisibility({ visibilityProperty: true, opacityProperty: true }) && box.height > 0) {
        const what = `<${host.localName}>${customElements.get(host.localName) ? '' : ' (not defined yet)'}`;
        if (!state.fallbackSeen.includes(what)) state.fallbackSeen.push(what);
      }
    }
    requestAnimationFrame(look);
  };
  requestAnimationFrame(look);
}

/** A page as a phone in Belgium gets it: 360 px, a slow network (about 1.6 Mbps, 150 ms), the CPU 4x slower. */
async function phone(context) {
  const tab = await context.newPage();
  await tab.setViewport({ width: 360, height: 740, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
  await tab.emulateNetworkConditions({ download: 200_000, upload: 100_000, latency: 150 });
  await tab.emulateCPUThrottling(4);
  // A reader in Belgium (elsewhere, the finder adds a line saying that times are Belgian time).
  await tab.emulateTimezone('Europe/Brussels');
  return tab;
}

async function withContext(fn) {
  const context = await browser.createBrowserContext();
  try {
    return await fn(context);
  } finally {
    await context.close();
  }
}

/** The fallbacks a reader without JavaScript sees. */
async function withoutScript(path) {
  await withContext(async (context) => {
    const tab = await context.newPage();
    await tab.setJavaScriptEnabled(false);
    await tab.goto(`${server.origin}${path}`, { waitUntil: 'load' });
    const tree = JSON.stringify(await tab.accessibility.snapshot());
    const fallbacks = await tab.$$eval('[slot="fallback"]', (all) => all.map((f) => f.textContent.replace(/\s+/g, ' ').trim()));
    const hidden = fallbacks.filter((text) => !tree.includes(text.slice(0, 40)));
    if (fallbacks.length === 0) fail(`${path}: no fallback in the page`);
    else if (hidden.length > 0) fail(`${path} without JavaScript: the fallback does not show: ${hidden.join(' | ')}`);
    else console.log(`ok ${path} without JavaScript: ${fallbacks.length} fallback(s) shown`);
  });
}

/** Loads `path` on the phone profile until every element showed content; the shifts and fallbacks seen. */
async function whileLoading(path) {
  await withContext(async (context) => {
    const tab = await phone(context);
    await tab.evaluateOnNewDocument(watch);
    const started = Date.now();
    await tab.goto(`${server.origin}${path}`, { waitUntil: 'load', timeout: 60_000 });
    const count = await tab.$$eval(':is(fl-service-finder, fl-walkin-schedule)', (all) => all.length);
    const arrived = await tab
      .waitForFunction((n) => window.__embed.loads >= n, { timeout: 60_000 }, count)
      .then(
        () => true,
        () => false,
      );
    const loaded = Date.now() - started;
    if (!arrived) {
      fail(`${path}: only ${await tab.evaluate(() => window.__embed.loads)} of ${count} elements showed content within 60 s`);
      return;
    }
    // What settles after the content: the search index, deferred rendering, a frame or two.
    await new Promise((resolve) => setTimeout(resolve, 2000));
    const { cls, shifts, fallbackSeen } = await tab.evaluate(() => window.__embed);
    const heights = await tab.$$eval(':is(fl-service-finder, fl-walkin-schedule)', (all) =>
      all.map(
        (el) =>
          `${el.localName} ${(el.getBoundingClientRect().height / parseFloat(getComputedStyle(document.documentElement).fontSize)).toFixed(0)}rem`,
      ),
    );
    const label = `${path} on a slow phone (content in ${(loaded / 1000).toFixed(1)} s; ${heights.join(', ')})`;
    if (fallbackSeen.length > 0) fail(`${label}: the fallback showed while the script loaded, in ${fallbackSeen.join(', ')}`);
    else if (cls >= MAX_CLS) fail(`${label}: layout shift ${cls.toFixed(3)} (at most ${MAX_CLS}): ${JSON.stringify(shifts)}`);
    else console.log(`ok ${label}: no fallback shown, layout shift ${cls.toFixed(4)} (${shifts.length} shift(s))`);
  });
}

/** With a script that never comes, the fallback shows once the README's delay has passed (animations sped up). */
async function scriptMissing(path) {
  await withContext(async (context) => {
    const tab = await context.newPage();
    await tab.setViewport({ width: 360, height: 740 });
    const session = await tab.createCDPSession();
    await session.send('Animation.enable');
    await session.send('Animation.setPlaybackRate', { playbackRate: 100 });
    await tab.goto(`${server.origin}${path}`, { waitUntil: 'load' });
    const shown = await tab
      .waitForFunction(() => [...document.querySelectorAll('[slot="fallback"]')].every((f) => f.checkVisibility({ visibilityProperty: true })), {
        timeout: 5000,
      })
      .then(
        () => true,
        () => false,
      );
    if (!shown) fail(`${path}: with a script that never loads, the fallback never shows`);
    else console.log(`ok ${path}: with a script that never loads, the fallback shows after the delay`);
  });
}

/** A bare script tag: the console says it shows the library's example content. */
async function bareTag(path) {
  await withContext(async (context) => {
    const tab = await context.newPage();
    const warnings = [];
    tab.on('console', (message) => {
      if (message.type() === 'warn' || message.type() === 'warning') warnings.push(message.text());
    });
    await tab.evaluateOnNewDocument(watch);
    await tab.goto(`${server.origin}${path}`, { waitUntil: 'load' });
    await tab.waitForFunction(() => window.__embed.loads >= 1, { timeout: 20_000 });
    const warning = warnings.find((text) => /example content/i.test(text) && /content-base/.test(text));
    if (!warning) fail(`${path}: no console warning about example content (got: ${warnings.join(' | ') || 'none'})`);
    else console.log(`ok ${path}: the console says "${warning.slice(0, 90)}…"`);
  });
}

const only = process.argv[2];
try {
  for (const [name, check] of [
    ['no-script', () => Promise.all([withoutScript('/readme/index.html'), withoutScript('/demo/index.html')])],
    [
      'loading',
      async () => (await whileLoading('/readme/index.html'), await whileLoading('/readme/schedule.html'), await whileLoading('/demo/index.html')),
    ],
    ['missing', () => scriptMissing('/readme/missing.html')],
    ['bare', () => bareTag('/bare.html')],
  ]) {
    if (!only || only === name) await check();
  }
} finally {
  await browser.close();
  await server.close();
}

if (failures.length > 0) {
  console.error(`\ncheck:embed: ${failures.length} problem(s)`);
  process.exit(1);
}
console.log('\ncheck:embed: the embed snippets load without a flash or a shift');
