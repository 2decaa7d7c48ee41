// npm run check:pack (CI, after npm run build): what `npm publish` would ship, from `npm pack --dry-run`,
// checked against package.json before anyone publishes it:
// - every path package.json promises (main, module, types, each `exports` target with its types, bin,
//   customElements) is in the package, and each dist/fl-<name>.js has its .d.ts;
// - the example content, integrity.json, the README, the LICENSE (EUPL-1.2, as package.json says) and the content preview page (dist/preview/) are in it,
//   and the preview page opens in Chromium with no error;
// - nothing else: no sources, tests, demo or stories, and under MAX_PACKED bytes.
// Exits 1 on any problem.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium, root, serveDist } from './dist-server.mjs';

const MAX_PACKED = 1_500_000;
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const [pack] = JSON.parse(
  execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }),
);
const files = new Set(pack.files.map((file) => file.path));
const problems = [];
const has = (path, why) => {
  const clean = path.replace(/^\.\//, '');
  if (!files.has(clean)) problems.push(`${clean} (${why}) is not in the package`);
};
/** The packed files a wildcard path (`dist/fl-*.js`) matches, with what the `*` stood for. */
const matching = (pattern) => {
  const re = new RegExp(`^${pattern.replace(/^\.\//, '').replace(/[.]/g, '\\.').replace('*', '([^/]+)')}$`);
  return [...files].map((file) => re.exec(file)).filter(Boolean);
};

for (const field of ['main', 'module', 'types', 'customElements']) has(pkg[field], field);
for (const [name, file] of Object.entries(pkg.bin ?? {})) has(file, `bin ${name}`);
for (const [entry, target] of Object.entries(pkg.exports)) {
  const targets = typeof target === 'string' ? { default: target } : target;
  for (const [condition, path] of Object.entries(targets)) {
    if (!path.includes('*')) has(path, `exports["${entry}"].${condition}`);
    else if (entry === './fl-*.js' && condition === 'default') {
      const found = matching(path);
      if (found.length === 0) problems.push(`exports["${entry}"] matches no file`);
      for (const [, name] of found) has(targets.types.replaceAll('*', name), `types of ${entry.replace('*', name)}`);
    }
  }
}
for (const path of [
  'README.md',
  'LICENSE',
  'package.json',
  'dist/frontline-widgets.js',
  'dist/integrity.json',
  'dist/content/v1/manifest.json',
  'dist/preview/preview.html',
])
  has(path, 'needed');
const strays = [...files].filter(
  (file) => !/^(dist\/|README\.md$|package\.json$|LICENSE$)/.test(file) || /^dist\/(src|test|demo|stories)\//.test(file),
);
if (strays.length > 0) problems.push(`files that should not ship: ${strays.slice(0, 10).join(', ')}`);
if (pack.size > MAX_PACKED) problems.push(`the package is ${pack.size} bytes packed, over ${MAX_PACKED}`);

// The preview page, as a maintainer opens it from the installed package: its script and styles load, no error.
const server = await serveDist({ csp: '' });
const browser = await launchChromium();
try {
  const page = await browser.newPage();
  const errors = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(String(error)));
  await page.goto(`${server.origin}/dist/preview/preview.html`, { waitUntil: 'load' });
  const defined = await page
    .waitForFunction(() => globalThis.customElements.get('demo-content-preview') !== undefined, { timeout: 10_000 })
    .then(
      () => true,
      () => false,
    );
  if (!defined || errors.length > 0)
    problems.push(`dist/preview/preview.html does not open: ${errors.join(' | ') || 'the preview element is not defined'}`);
} finally {
  await browser.close();
  await server.close();
}

if (problems.length > 0) {
  console.error(`check:pack: ${problems.length} problem(s)\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(
  `check:pack: ${pack.name}@${pack.version}, ${pack.entryCount} files, ${(pack.size / 1000).toFixed(0)} kB packed: every promised path is in it, the preview page opens, nothing else ships`,
);
