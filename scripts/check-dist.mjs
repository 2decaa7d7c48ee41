// npm run check:dist: the BUILT library in Chromium, as an embedding page uses it. For each entry
// (dist/frontline-widgets.js and each dist/fl-<name>.js) and each element it defines, a host page with
// one script tag, under the policy docs/performance.md documents (script-src 'self', Trusted Types, the
// Intl worker), with the example content the build put in dist/content/:
// - the element renders its content, on a first visit (network, validation chunk) and a second (device copy);
// - no console error, no policy violation, no request to any other host;
// - what it shows is what the sources show: the same pixels and the same accessibility tree as the
//   element built from src/ by Vite's dev server (no template minification), in English and in Arabic
//   (right to left, a translation chunk), closed and with every disclosure opened;
// - with Subresource Integrity on every file (dist/integrity.json: the script tag and an import map), it
//   renders the same, and a chunk whose hash does not match is refused.
// Run after `npm run build`. Exits 1 on any difference; writes the two screenshots of a difference to
// /tmp/check-dist-*.png.
/* global requestIdleCallback, requestAnimationFrame, crypto, createImageBitmap, OffscreenCanvas -- in functions that run in the page */
import { Buffer } from 'node:buffer';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { createServer as createVite } from 'vite';
import { CSP, dist, hostPage, launchChromium, root, serveDist } from './dist-server.mjs';
import { importsOf, loaderLists, measureDist } from './sizes.mjs';

if (!existsSync(join(dist, 'frontline-widgets.js')) || !existsSync(join(dist, 'content/v1/manifest.json'))) {
  console.error('No build in dist/: run npm run build first.');
  process.exit(1);
}

// A Wednesday morning in Brussels: the walk-in moments are on.
const NOW = '2026-11-25T10:30:00+01:00';
/** The dataset each element shows: a first visit checks it with its own schema chunk (`schema-walkins`...). */
const DATASET_OF = {
  'fl-walkin-schedule': 'walkins',
  'fl-service-finder': 'services',
  'fl-procedure-explainer': 'procedures',
  'fl-reintegration-cards': 'reintegration',
};
const LANGS = ['en', 'ar'];

const manifest = JSON.parse(readFileSync(join(dist, 'custom-elements.json'), 'utf8'));
const attributesOf = new Map(
  manifest.modules.flatMap((module) =>
    (module.declarations ?? []).filter((d) => d.tagName).map((d) => [d.tagName, (d.attributes ?? []).map((a) => a.name)]),
  ),
);
const components = readdirSync(join(root, 'src/components')).filter(
  (name) => name.startsWith('fl-') && existsSync(join(root, 'src/components', name, `${name}.ts`)),
);
const entries = measureDist(dist).map((entry) => ({
  name: entry.name,
  // The loader and all.js show every element; dist/fl-<name>.js its own.
  tags: entry.name === 'frontline-widgets' || entry.name === 'all' ? components : components.filter((tag) => tag === entry.name),
}));

const element = (tag, lang) => {
  const now = attributesOf.get(tag)?.includes('now') ? ` now="${NOW}"` : '';
  return `<${tag} content-base="/dist/content/" lang="${lang}"${now}><p slot="fallback">Fallback of the host page.</p></${tag}>`;
};

const pages = {};
for (const entry of entries) {
  for (const tag of entry.tags)
    for (const lang of LANGS) pages[`/dist-page/${entry.name}/${tag}/${lang}.html`] = hostPage(`/dist/${entry.name}.js`, element(tag, lang));
}
for (const tag of components)
  for (const lang of LANGS) pages[`/source-page/${tag}/${lang}.html`] = hostPage(`/src/components/${tag}/${tag}.ts`, element(tag, lang));

// Subresource Integrity as docs/performance.md describes it, from dist/integrity.json: the script tag's
// `integrity` for the entry, an import map's `integrity` for every chunk it loads later; the import map
// is an inline script, allowed by its hash. `tampered` gives the validation chunk a wrong hash.
const integrity = JSON.parse(readFileSync(join(dist, 'integrity.json'), 'utf8'));
// The chunks the loader imports beside each element's module (scripts/build.mjs, elementChunks).
const lists = loaderLists(dist);
const measuredEntries = measureDist(dist);
function sriPage(entryName, tag, lang, tampered) {
  const measured = measuredEntries.find((e) => e.name === entryName);
  // Every file but the entry: the chunks it imports before it runs and those it loads later.
  const chunks = [...measured.eagerFiles.slice(1), ...measured.lazy].map((chunk) => chunk.file);
  const map = Object.fromEntries(
    chunks.map((file) => [
      `/dist/${file}`,
      tampered && file.includes('/validation-') ? `sha384-${createHash('sha384').update('not this').digest('base64')}` : integrity[file],
    ]),
  );
  const importMap = JSON.stringify({ integrity: map });
  const hash = createHash('sha256').update(importMap).digest('base64');
  return {
    html: hostPage(`/dist/${entryName}.js`, element(tag, lang), {
      integrity: integrity[`${entryName}.js`],
      head: `<script type="importmap">${importMap}</script>`,
    }),
    csp: CSP.replace("script-src 'self'", `script-src 'self' 'sha256-${hash}'`),
  };
}
for (const entry of entries) {
  for (const tag of entry.tags) {
    pages[`/sri-page/${entry.name}/${tag}.html`] = sriPage(entry.name, tag, 'ar', false);
    pages[`/sri-tampered/${entry.name}/${tag}.html`] = sriPage(entry.name, tag, 'ar', true);
  }
}

// Two element files on one page share Lit, the store and i18n: each file loads once, one manifest request.
const bothElements = components.map((tag) => element(tag, 'en')).join('');
const twoScripts = components.map((tag) => `<script type="module" src="/dist/${tag}.js"></script>`).join('');
pages['/together.html'] = hostPage(`/dist/frontline-widgets.js`, bothElements, { head: twoScripts });
// Two copies of the library (the loader, and an element file of another copy at /dist-copy/): without a
// policy, with the documented policy plus 'allow-duplicates', and with the documented policy alone.
const copies = hostPage('/dist/frontline-widgets.js', bothElements, { head: `<script type="module" src="/dist-copy/${components[0]}.js"></script>` });
pages['/copies/no-policy.html'] = { html: copies, csp: '' };
pages['/copies/allow-duplicates.html'] = { html: copies, csp: CSP.replace('trusted-types lit-html', "trusted-types lit-html 'allow-duplicates'") };
pages['/copies/strict.html'] = { html: copies, csp: CSP };
// A policy that does not allow the worker that sets Intl up (src/i18n/off-thread.ts): without Trusted Types'
// policy name, and without `worker-src blob:`. The browser refuses it; the widgets show the same.
const withoutWorker = { 'no-policy-name': CSP.replace(' frontline-widgets', ''), 'no-worker-src': CSP.replace(' worker-src blob:;', '') };
for (const [name, csp] of Object.entries(withoutWorker))
  if (csp === CSP) throw new Error(`check:dist: the policy ${name} is the documented one (CSP changed?)`);
for (const [name, csp] of Object.entries(withoutWorker))
  pages[`/worker-refused/${name}.html`] = { html: hostPage('/dist/frontline-widgets.js', bothElements), csp };

const vite = await createVite({
  root,
  configFile: join(root, 'vite.config.ts'),
  logLevel: 'error',
  appType: 'custom',
  server: { middlewareMode: true, hmr: false, ws: false },
  optimizeDeps: { noDiscovery: true, include: [] },
});
const requested = [];
const server = await serveDist({ pages, fallback: (request, response) => vite.middlewares(request, response), log: (path) => requested.push(path) });
const browser = await launchChromium();

// Installed before any script of the page: records the elements' content events and policy violations,
// and stops the page's clock at `now` (for elements without a `now` attribute: the same minute on both sides).
function watch(now) {
  const fixed = new Date(now).getTime();
  const RealDate = Date;
  window.Date = class extends RealDate {
    constructor(...args) {
      if (args.length === 0) super(fixed);
      else super(...args);
    }
    static now() {
      return fixed;
    }
  };
  window.__fl = { loads: [], violations: [], blobs: new Map() };
  // The content of each object URL (the calendar files), readable without a request.
  const create = URL.createObjectURL;
  URL.createObjectURL = (object) => {
    const url = create.call(URL, object);
    window.__fl.blobs.set(url, object);
    return url;
  };
  document.addEventListener('fl-content-load', (event) => window.__fl.loads.push({ tag: event.target.localName, source: event.source }), true);
  document.addEventListener('securitypolicyviolation', (event) =>
    window.__fl.violations.push(`${event.violatedDirective} ${event.blockedURI} ${event.sample}`.trim()),
  );
}

/** Waits for `tag` to show content from `source`, then for its deferred work (idle callbacks) and a frame. */
async function rendered(page, tag, source) {
  await page.waitForFunction((t, s) => window.__fl.loads.some((load) => load.tag === t && load.source === s), { timeout: 15000 }, tag, source);
  await page.evaluate(async (t) => {
    const el = document.querySelector(t);
    // Every result card laid out and painted for the whole-element screenshot, not only those in view
    // (README: --fl-finder-card-visibility). Set through the CSSOM, which the page's CSP allows.
    el.style.setProperty('--fl-finder-card-visibility', 'visible');
    await el.updateComplete;
    await new Promise((resolve) => requestIdleCallback(resolve, { timeout: 1000 }));
    await el.updateComplete;
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  }, tag);
}

/** Opens every closed disclosure of the element, one after the other, as a reader would (a click on its summary). */
async function openDisclosures(page, tag) {
  let opened = 0;
  for (; opened < 50; opened += 1) {
    const summary = await page.evaluateHandle(
      (t) => [...document.querySelector(t).shadowRoot.querySelectorAll('details:not([open]) > summary')].find((s) => s.checkVisibility()) ?? null,
      tag,
    );
    const element = summary.asElement();
    if (!element) break;
    await element.evaluate((s) => s.scrollIntoView({ block: 'center' }));
    // A click where a reader clicks; on a loaded machine the box can be mid-layout: then the summary's own click.
    await element.click().catch(() => element.evaluate((s) => s.click()));
    await page.evaluate(async (t) => {
      await document.querySelector(t).updateComplete;
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    }, tag);
  }
  return opened;
}

/** What a reader gets: a screenshot and the accessibility tree of the element. */
async function capture(page, tag) {
  const handle = await page.$(tag);
  // The whole element in one screenshot: the viewport first grows to hold it. The first capture after a
  // resize can show a frame painted before the page settled (spacing off by a few pixels, while the layout
  // is already right), so it captures until two captures in a row agree.
  const height = await handle.evaluate((el) => Math.ceil(el.getBoundingClientRect().bottom + window.scrollY));
  await page.setViewport({ width: 800, height: Math.max(900, height) });
  let png = Buffer.from(await handle.screenshot());
  for (let attempt = 0; attempt < 5; attempt += 1) {
    await new Promise((resolve) => setTimeout(resolve, 200));
    const again = Buffer.from(await handle.screenshot());
    if (again.equals(png)) break;
    png = again;
  }
  await page.setViewport({ width: 800, height: 900 });
  // The page holds only the element: its whole tree, without what differs from load to load (node ids,
  // the page's address, also before a link's fragment); each download link's object URL stands for the
  // file's content (its SHA-256).
  const snapshot = await page.accessibility.snapshot({ interestingOnly: true });
  const omit = (key, value) => key === 'backendNodeId' || key === 'loaderId' || (key === 'url' && value === page.url());
  const here = (key, value) => key === 'url' && typeof value === 'string' && value.startsWith(`${page.url()}#`);
  let tree = JSON.stringify(snapshot, (key, value) => (omit(key, value) ? undefined : here(key, value) ? value.slice(page.url().length) : value), 1);
  const blobs = [...new Set(tree.match(/blob:[^"]+/g) ?? [])];
  const contents = await page.evaluate(
    (urls) =>
      Promise.all(
        urls.map(async (url) => {
          const bytes = await window.__fl.blobs.get(url).arrayBuffer();
          const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
          return `blob(${Array.from(digest.slice(0, 8), (b) => b.toString(16).padStart(2, '0')).join('')})`;
        }),
      ),
    blobs,
  );
  blobs.forEach((url, i) => (tree = tree.replaceAll(url, contents[i])));
  return { png, tree };
}

const failures = [];
const fail = (message) => {
  failures.push(message);
  console.log(`  FAIL ${message}`);
};

async function visit(context, path, { tag, source, strict }) {
  const page = await context.newPage();
  await page.setViewport({ width: 800, height: 900 });
  // No transitions half-way through in a screenshot (the widgets honour reduced motion).
  await page.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
  const errors = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(String(error)));
  const hosts = new Set();
  // Every chunk the page asks for, from the HTTP cache or not (the server's log sees only the latter),
  // and which script asked for it.
  const chunks = [];
  const askedBy = new Map();
  page.on('request', (request) => {
    const url = new URL(request.url());
    // The Intl worker's script is a blob: URL of the page's own making, not a request to a host.
    if (url.protocol !== 'blob:') hosts.add(url.host);
    if (url.pathname.startsWith('/dist/chunks/')) chunks.push(url.pathname);
    const initiator = request.initiator();
    const by = initiator?.url ?? initiator?.stack?.callFrames?.[0]?.url;
    if (by) askedBy.set(url.pathname, new URL(by).pathname);
  });
  await page.evaluateOnNewDocument(watch, NOW);
  await page.goto(`${server.origin}${path}`);
  await rendered(page, tag, source);
  const closed = await capture(page, tag);
  const disclosures = await openDisclosures(page, tag);
  const open = await capture(page, tag);
  if (strict) {
    const violations = await page.evaluate(() => window.__fl.violations);
    if (errors.length > 0) fail(`${path}: console errors: ${errors.join(' | ')}`);
    if (violations.length > 0) fail(`${path}: policy violations (${CSP}): ${violations.join(' | ')}`);
    const others = [...hosts].filter((host) => host !== new URL(server.origin).host);
    if (others.length > 0) fail(`${path}: requests to other hosts: ${others.join(', ')}`);
  }
  // The refresh behind a device copy (the manifest, and what it leads to) is over before the page closes.
  await page.waitForNetworkIdle({ idleTime: 300, timeout: 5000 }).catch(() => undefined);
  await page.close();
  return { closed, open, disclosures, chunks, askedBy };
}

/** Pixels that differ between two PNG screenshots, decoded in the browser: `{ count, box }`, or undefined. */
let differ;
async function pixelDifferences(a, b) {
  differ ??= await browser.newPage();
  return differ.evaluate(
    async (one, two) => {
      const decode = async (base64) => {
        const bitmap = await createImageBitmap(await (await fetch(`data:image/png;base64,${base64}`)).blob());
        const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
        const context = canvas.getContext('2d');
        context.drawImage(bitmap, 0, 0);
        return context.getImageData(0, 0, bitmap.width, bitmap.height);
      };
      const [x, y] = await Promise.all([decode(one), decode(two)]);
      if (x.width !== y.width || x.height !== y.height) return { count: -1, box: `${x.width}x${x.height} vs ${y.width}x${y.height}` };
      let count = 0;
      const box = [Infinity, Infinity, -1, -1];
      for (let i = 0; i < x.data.length; i += 4) {
        if (x.data[i] === y.data[i] && x.data[i + 1] === y.data[i + 1] && x.data[i + 2] === y.data[i + 2] && x.data[i + 3] === y.data[i + 3])
          continue;
        count += 1;
        const p = i / 4;
        const [px, py] = [p % x.width, Math.floor(p / x.width)];
        box[0] = Math.min(box[0], px);
        box[1] = Math.min(box[1], py);
        box[2] = Math.max(box[2], px);
        box[3] = Math.max(box[3], py);
      }
      return count === 0 ? undefined : { count, box: box.join(',') };
    },
    a.toString('base64'),
    b.toString('base64'),
  );
}

async function compare(label, built, source) {
  for (const state of ['closed', 'open']) {
    if (built[state].tree !== source[state].tree) {
      const base = `/tmp/check-dist-${label.replace(/[^\w-]+/g, '_')}-${state}`;
      writeFileSync(`${base}-built.json`, built[state].tree);
      writeFileSync(`${base}-source.json`, source[state].tree);
      fail(`${label} (${state}): the accessibility tree differs from the sources' (${base}-built.json, ${base}-source.json)`);
    }
    const pixels = built[state].png.equals(source[state].png) ? undefined : await pixelDifferences(built[state].png, source[state].png);
    if (pixels) {
      const base = `/tmp/check-dist-${label.replace(/[^\w-]+/g, '_')}-${state}`;
      writeFileSync(`${base}-built.png`, built[state].png);
      writeFileSync(`${base}-source.png`, source[state].png);
      fail(`${label} (${state}): ${pixels.count} pixels differ from the sources' (box ${pixels.box}: ${base}-built.png, ${base}-source.png)`);
    }
  }
}

/**
 * With the integrity of every file checked (script tag and import map), the element renders as before;
 * with a validation chunk that does not match, the browser refuses it and the element shows no content
 * it could not check (a `code` content error, retried later).
 */
async function checkIntegrity(entryName, tag, source) {
  const context = await browser.createBrowserContext();
  const checked = await visit(context, `/sri-page/${entryName}/${tag}.html`, { tag, source: 'network', strict: true });
  await compare(`${entryName}.js <${tag}> ar with integrity`, checked, source);
  await context.close();
  const tamperedContext = await browser.createBrowserContext();
  const page = await tamperedContext.newPage();
  await page.evaluateOnNewDocument(watch, NOW);
  await page.evaluateOnNewDocument(() => document.addEventListener('fl-content-error', (event) => window.__fl.errors.push(event.reason), true));
  await page.evaluateOnNewDocument(() => (window.__fl.errors = []));
  await page.goto(`${server.origin}/sri-tampered/${entryName}/${tag}.html`);
  await page.waitForFunction(() => window.__fl.errors.length > 0, { timeout: 15000 }).catch(() => undefined);
  const { errors, loads } = await page.evaluate(() => ({ errors: window.__fl.errors, loads: window.__fl.loads }));
  if (!errors.includes('code') || loads.length > 0)
    fail(`${entryName}.js <${tag}>: a validation chunk with a wrong hash was not refused (errors ${errors.join(', ')}, loads ${loads.length})`);
  await tamperedContext.close();
}

/** Loads `path` with every element of the library on it; what the page logged, requested and rendered. */
async function visitMany(path) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  const errors = [];
  let workers = 0;
  page.on('workercreated', () => (workers += 1));
  // The browser's own favicon request is not the page's.
  const ours = (url) => !url.endsWith('/favicon.ico');
  page.on('console', (message) => {
    if (message.type() === 'error' && ours(message.location()?.url ?? '')) errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('response', (response) => {
    if (response.status() >= 400 && ours(response.url())) errors.push(`${response.status()} ${new URL(response.url()).pathname}`);
  });
  await page.evaluateOnNewDocument(watch, NOW);
  requested.length = 0;
  await page.goto(`${server.origin}${path}`);
  await page
    .waitForFunction((tags) => tags.every((t) => window.__fl.loads.some((load) => load.tag === t)), { timeout: 15000 }, components)
    .catch(() => undefined);
  await new Promise((resolve) => setTimeout(resolve, 300));
  const shown = await page.evaluate((tags) => tags.filter((t) => window.__fl.loads.some((load) => load.tag === t)), components);
  const violations = await page.evaluate(() => window.__fl.violations);
  await context.close();
  return { errors, shown, violations, workers, requests: [...requested] };
}

async function checkTogether() {
  const { errors, shown, violations, workers, requests } = await visitMany('/together.html');
  const counts = {};
  for (const path of requests) if (path.startsWith('/dist/')) counts[path] = (counts[path] ?? 0) + 1;
  const twice = Object.entries(counts)
    .filter(([, n]) => n > 1)
    .map(([path]) => path);
  const manifests = requests.filter((path) => path.endsWith('/manifest.json')).length;
  if (errors.length > 0 || violations.length > 0) fail(`/together.html: ${[...errors, ...violations].join(' | ')}`);
  if (shown.length !== components.length) fail(`/together.html: only ${shown.join(', ') || 'nothing'} showed content`);
  if (twice.length > 0) fail(`/together.html: requested more than once: ${twice.join(', ')}`);
  if (manifests !== 1) fail(`/together.html: ${manifests} manifest requests, expected 1 (one store per content base)`);
  // One language on the page: one worker sets Intl up, which the documented policy allows.
  if (workers !== 1) fail(`/together.html: ${workers} workers made, expected 1 (src/i18n/off-thread.ts)`);
  if (failures.length === 0)
    console.log(
      `ok two element files on one page under the strict policy: both show content, ${Object.keys(counts).length} files each loaded once, 1 manifest request, 1 worker`,
    );
}

/** Under a policy that refuses the Intl worker, every element shows its content; the only complaint is the refused worker's, once. */
async function checkWorkerRefused() {
  for (const name of Object.keys(withoutWorker)) {
    const path = `/worker-refused/${name}.html`;
    const { errors, shown, violations, workers } = await visitMany(path);
    const complaints = [...errors, ...violations];
    const others = complaints.filter((text) => !/TrustedScriptURL|frontline-widgets|worker/i.test(text));
    if (shown.length !== components.length) fail(`${path}: only ${shown.join(', ') || 'nothing'} showed content`);
    if (others.length > 0) fail(`${path}: ${others.join(' | ')}`);
    // The browser says once that it refused the worker: once refused, the page asks for none again.
    if (errors.length !== 1) fail(`${path}: expected one refusal of the worker, got ${errors.length}: ${errors.join(' | ') || 'none'}`);
    if (workers > 0 && name === 'no-policy-name') fail(`${path}: a worker was made without the Trusted Types policy`);
    if (failures.length === 0)
      console.log(
        `ok a policy without the Intl worker (${name}): every element shows content; the browser said "${errors[0]?.slice(0, 70) ?? 'nothing'}"`,
      );
  }
}

async function checkCopies() {
  for (const [name, expectError] of [
    ['no-policy', false],
    ['allow-duplicates', false],
    ['strict', true],
  ]) {
    const path = `/copies/${name}.html`;
    const { errors, shown, violations } = await visitMany(path);
    const duplicatePolicy = [...errors, ...violations].some((text) => /lit-html/.test(text));
    if (!expectError) {
      if (errors.length > 0 || violations.length > 0) fail(`${path}: ${[...errors, ...violations].join(' | ')}`);
      if (shown.length !== components.length) fail(`${path}: only ${shown.join(', ') || 'nothing'} showed content`);
    } else if (!duplicatePolicy) {
      // docs/performance.md says this policy needs 'allow-duplicates' for two copies: keep that sentence true.
      fail(
        `${path}: expected the second copy's "lit-html" policy to be refused, as docs/performance.md says; got ${[...errors, ...violations].join(' | ') || 'no error'}`,
      );
    }
    if (failures.length === 0) {
      console.log(
        `ok two copies of the library, ${name}: ${expectError ? "the second copy's Trusted Types policy is refused, as docs/performance.md says" : 'both elements show content, no error'}`,
      );
    }
  }
}

try {
  await checkTogether();
  await checkCopies();
  await checkWorkerRefused();
  for (const tag of components) {
    for (const lang of LANGS) {
      const sourceContext = await browser.createBrowserContext();
      const source = await visit(sourceContext, `/source-page/${tag}/${lang}.html`, { tag, source: 'network', strict: false });
      await sourceContext.close();
      for (const entry of entries.filter((e) => e.tags.includes(tag))) {
        const path = `/dist-page/${entry.name}/${tag}/${lang}.html`;
        const label = `${entry.name}.js <${tag}> ${lang}`;
        const context = await browser.createBrowserContext();
        requested.length = 0;
        const first = await visit(context, path, { tag, source: 'network', strict: true });
        const chunks = requested.filter((p) => p.startsWith('/dist/chunks/')).map((p) => p.replace(/^\/dist\/chunks\/|-[\w-]{8}\.js$/g, ''));
        await compare(`${label} first visit`, first, source);
        // What a reader needs only after acting loads then: the calendar writer on a calendar link's first focus.
        if (chunks.includes('ics')) fail(`${label} first visit: loaded the calendar writer before a reader asked for a calendar file`);
        // Content from the host is checked by the checks and the element's own dataset schema, not the others'.
        const checks = chunks.filter((chunk) => chunk === 'validation' || chunk.startsWith('schema-')).sort();
        if (checks.join(', ') !== `schema-${DATASET_OF[tag]}, validation`)
          fail(`${label} first visit: loaded the content checks [${checks.join(', ')}], expected [schema-${DATASET_OF[tag]}, validation]`);
        // The loader asks for the chunks the element needs beside its module, not the files that import them.
        if (entry.name === 'frontline-widgets') {
          const late = (lists[tag] ?? [])
            .map((file) => `/dist/${relative(dist, file)}`)
            .filter((file) => first.askedBy.get(file) !== '/dist/frontline-widgets.js');
          if (!lists[tag]?.length || late.length > 0)
            fail(
              `${label} first visit: not asked for by the loader: ${late.map((file) => `${file} (by ${first.askedBy.get(file) ?? 'nobody'})`).join(', ') || 'no list'}`,
            );
          // Nor does any chunk wait for a file that imports it to arrive (each round trip more before it runs):
          // each import() of the built code asks for the chunks its target imports (scripts/build.mjs,
          // importBeside), for the content checks on this first visit and what the disclosures opened.
          const waited = first.chunks.filter((file) => {
            const by = first.askedBy.get(file);
            return by?.startsWith('/dist/') && importsOf(join(dist, by.slice('/dist/'.length))).static.has(join(dist, file.slice('/dist/'.length)));
          });
          if (waited.length > 0)
            fail(
              `${label} first visit: asked for only once the file that imports it had arrived: ${waited.map((file) => `${file} (by ${first.askedBy.get(file)})`).join(', ')}`,
            );
          // The loader asks for the manifest too, and the store reads that answer: one request, the loader's.
          const manifest = '/dist/content/v1/manifest.json';
          const manifests = requested.filter((p) => p === manifest).length;
          if (first.askedBy.get(manifest) !== '/dist/frontline-widgets.js' || manifests !== 1)
            fail(
              `${label} first visit: the manifest was asked ${manifests} time(s), by ${first.askedBy.get(manifest) ?? 'nobody'}: expected once, by the loader`,
            );
        }
        requested.length = 0;
        const second = await visit(context, path, { tag, source: 'cache', strict: true });
        await compare(`${label} second visit`, second, source);
        // The manifest lists the file the device copy came from: no checking code (zod, schemas) loads.
        const checking = second.chunks.filter((chunk) => /\/(validation|dataset-schemas?|schema)[-.]/.test(chunk));
        if (checking.length > 0) fail(`${label} second visit: loaded the checking code with an unchanged manifest: ${checking.join(', ')}`);
        await context.close();
        if (lang === 'ar') await checkIntegrity(entry.name, tag, source);
        if (failures.length > 0) continue;
        console.log(
          `ok ${label}: first visit loaded chunks [${chunks.join(', ')}], ${first.disclosures} disclosure(s) opened; second visit from the device copy, no checking code loaded; ` +
            `same pixels and accessibility tree as the sources${lang === 'ar' ? '; the same with every file integrity-checked, and a tampered chunk refused' : ''}`,
        );
      }
    }
  }
} finally {
  await browser.close();
  await server.close();
  await vite.close();
}

if (failures.length > 0) {
  console.error(`\ncheck:dist: ${failures.length} problem(s)`);
  process.exit(1);
}
console.log('\ncheck:dist: the built files render as the sources do');
