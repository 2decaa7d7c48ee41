// Test runner commands that run the content maintainers' command line in Node, for browser tests:
//   executeServerCommand('frontline-content', { args: ['validate', 'test/fixtures/content/good'] })
//     -> { code, stdout, stderr }: the real CLI, bundled as `npm run build` bundles it, run in a child process
//        with the repository as its working directory.
//   executeServerCommand('frontline-content:tmpdir') -> a new empty folder (removed when the run ends)
//   executeServerCommand('frontline-content:read-tree', { dir }) -> { 'v1/manifest.json': '...', ... }
//   executeServerCommand('frontline-content:write-files', { dir, files: { 'a.json': '...' } }), only in such a folder
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCli } from '../../scripts/build-cli.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
// Inside node_modules so that the bundle's `import 'zod/mini'` resolves as it does from dist/cli/.
const outfile = join(root, 'node_modules', '.cache', 'frontline-content-test', 'frontline-content.js');
const made = [];
let built;

process.once('exit', () => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

function ownDir(dir) {
  const full = resolve(root, dir);
  if (!made.some((base) => full === base || full.startsWith(base + sep))) throw new Error(`not a folder made by frontline-content:tmpdir: ${dir}`);
  return full;
}

function tree(dir, base = dir, out = {}) {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) tree(path, base, out);
    else out[relative(base, path).split(sep).join('/')] = readFileSync(path, 'utf8');
  }
  return out;
}

function run(args, cwd) {
  return new Promise((resolvePromise) => {
    execFile(process.execPath, [outfile, ...args], { cwd, timeout: 30000, env: { ...process.env, NO_COLOR: '1' } }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
      resolvePromise({ code, stdout, stderr });
    });
  });
}

export function cliPlugin() {
  return {
    name: 'frontline-content-cli',
    async executeCommand({ command, payload }) {
      switch (command) {
        case 'frontline-content':
          built ??= buildCli(outfile);
          await built;
          return run(payload?.args ?? [], payload?.cwd ? resolve(root, payload.cwd) : root);
        case 'frontline-content:tmpdir': {
          const dir = mkdtempSync(join(tmpdir(), 'frontline-content-'));
          made.push(dir);
          return dir;
        }
        case 'frontline-content:read-tree':
          return tree(ownDir(payload.dir));
        case 'frontline-content:write-files': {
          const dir = ownDir(payload.dir);
          for (const [name, text] of Object.entries(payload.files)) {
            const path = join(dir, name);
            ownDir(path);
            mkdirSync(dirname(path), { recursive: true });
            writeFileSync(path, text);
          }
          return true;
        }
        default:
          return undefined;
      }
    },
  };
}
