// Bundles the content maintainers' command line, src/cli/frontline-content.ts, into one Node ES module,
// dist/cli/frontline-content.js (the package's `frontline-content` bin). Dependencies (zod) stay imports
// of the installed package. `node scripts/build-cli.mjs [outfile]`; tests import `buildCli`.
import { build } from 'esbuild';
import { chmodSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Builds the CLI into `outfile` (default dist/cli/frontline-content.js); resolves with its path. */
export async function buildCli(outfile = `${root}dist/cli/frontline-content.js`) {
  await build({
    absWorkingDir: root,
    entryPoints: ['src/cli/frontline-content.ts'],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    tsconfig: 'tsconfig.cli.json',
    banner: { js: '#!/usr/bin/env node' },
    legalComments: 'none',
    logLevel: 'warning',
  });
  chmodSync(outfile, 0o755);
  return outfile;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await buildCli(process.argv[2]);
}
