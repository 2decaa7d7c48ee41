// What the startup benchmarks share: reading `--name value` from the command line, the slow connection
// of `--network`, the build they measure, and a median.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { dist, root } from '../dist-server.mjs';

/** The value after `--name` on the command line, or `fallback`. */
export function option(name, fallback) {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 2 ? process.argv[at + 1] : fallback;
}

/** The median of `values` (the mean of the two middle ones for an even count). */
export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * `--network kbps:rtt` (or `fallback`, in the same form): the speed each way and the round trip, and the
 * conditions for CDP's `Network.emulateNetworkConditions` (undefined without a speed: no network delay).
 */
export function networkOption(fallback = '') {
  const [kbps, rtt] = (option('network', fallback) || '0:0').split(':').map(Number);
  const conditions =
    kbps > 0 ? { offline: false, latency: rtt, downloadThroughput: (kbps * 1000) / 8, uploadThroughput: (kbps * 1000) / 8 } : undefined;
  return { kbps, rtt, conditions };
}

/** Builds the library into dist/ (unless `--no-build`: measure the build that is there); exits when there is none. */
export function requireBuild() {
  if (!process.argv.includes('--no-build')) execFileSync('npm', ['run', '--silent', 'build'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  if (!existsSync(join(dist, 'frontline-widgets.js')) || !existsSync(join(dist, 'content/v1/manifest.json'))) {
    console.error('No build in dist/: run npm run build first.');
    process.exit(1);
  }
}
