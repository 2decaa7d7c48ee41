// A test runner command that gives browser tests the custom elements manifest, generated from the
// sources as `npm run analyze` generates dist/custom-elements.json (same analyzer, same options):
//   executeServerCommand('custom-elements-manifest') -> the manifest object
// Generated once per run, into node_modules/.cache, so tests check what the package would ship.
import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const root = fileURLToPath(new URL('../..', import.meta.url));
// The analyzer takes --outdir relative to its working directory.
const outdir = 'node_modules/.cache/custom-elements-manifest-test';
let made;

function analyze() {
  const bin = join(root, 'node_modules', '.bin', 'cem');
  const args = ['analyze', '--litelement', '--globs', 'src/**/*.ts', '--exclude', 'src/generated/**', '--outdir', outdir];
  // The analyzer also writes its output path into package.json ("customElements"): put the file back.
  const pkg = readFileSync(join(root, 'package.json'));
  const restore = () => writeFileSync(join(root, 'package.json'), pkg);
  return promisify(execFile)(bin, args, { cwd: root }).then(
    () => {
      restore();
      return JSON.parse(readFileSync(join(root, outdir, 'custom-elements.json'), 'utf8'));
    },
    (error) => {
      restore();
      throw error;
    },
  );
}

export function manifestPlugin() {
  return {
    name: 'custom-elements-manifest',
    async executeCommand({ command }) {
      if (command !== 'custom-elements-manifest') return undefined;
      made ??= analyze();
      return made;
    },
  };
}
