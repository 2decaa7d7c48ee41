// Builds the library: one self-contained ES module per element (dist/fl-<name>.js) and one that
// defines every element (dist/frontline-widgets.js) for the script-tag embed, then the .d.ts types and
// the custom elements manifest. Each entry is built on its own so that no entry imports another's chunks.
import { build } from 'vite';
import { readdirSync, existsSync, rmSync, readFileSync, statSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const dist = join(root, 'dist');
const run = (cmd, args) => execFileSync(cmd, args, { cwd: root, stdio: 'inherit' });
const bin = (name) => join(root, 'node_modules', '.bin', name);

rmSync(dist, { recursive: true, force: true });

for (const step of ['prebuild:locales', 'prebuild:content']) {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  if (pkg.scripts?.[step]) run('npm', ['run', '--silent', step]);
}

const components = readdirSync(join(root, 'src/components'))
  .filter((name) => name.startsWith('fl-') && existsSync(join(root, 'src/components', name, `${name}.ts`)));
const entries = [
  { name: 'frontline-widgets', file: 'src/index.ts' },
  ...components.map((name) => ({ name, file: `src/components/${name}/${name}.ts` })),
];

for (const entry of entries) {
  await build({
    root,
    configFile: join(root, 'vite.config.ts'),
    logLevel: 'warn',
    build: {
      lib: { entry: join(root, entry.file), formats: ['es'], fileName: () => `${entry.name}.js` },
      rollupOptions: { output: { chunkFileNames: 'chunks/[name]-[hash].js', minify: true } },
    },
  });
}

run(bin('tsc'), ['-p', 'tsconfig.build.json']);
run(bin('cem'), ['analyze', '--litelement', '--globs', 'src/**/*.ts', '--exclude', 'src/generated/**', '--exclude', 'src/cli/**', '--outdir', 'dist']);

for (const entry of entries) {
  const file = join(dist, `${entry.name}.js`);
  const bytes = readFileSync(file);
  console.log(`${entry.name}.js  ${(statSync(file).size / 1024).toFixed(1)} KB, ${(gzipSync(bytes, { level: 9 }).length / 1024).toFixed(1)} KB gzip`);
}
