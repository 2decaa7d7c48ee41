// Serves the built library (dist/, with the example content the build puts in dist/content/) and host
// pages to headless Chromium, the way a CDN and an embedding page would: for `npm run check:dist` and
// the startup benchmark (scripts/bench/startup.mjs).
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

export const root = new URL('..', import.meta.url).pathname;
export const dist = join(root, 'dist');

/** The policy the README says the widgets run under ("Embed with a script tag"), sent with every host page. */
export const CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; worker-src blob:; require-trusted-types-for 'script'; trusted-types lit-html frontline-widgets";

const TYPES = {
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.html': 'text/html; charset=utf-8',
  '.map': 'application/json',
  '.css': 'text/css',
};

/**
 * A server for dist/ at `/dist/` (and again at `/dist-copy/`) and `pages` (path -> HTML) with the CSP above; `latencyMs` delays every
 * answer (a slow network), `log` gets each request's path, `fallback(request, response)` answers what is
 * neither (for example Vite's dev middleware), `root` is the folder served at `/dist/` (default dist/),
 * `csp` the pages' policy (default CSP; empty for none), `gzip` compresses files as a CDN does (when the
 * browser accepts it). `latencyMs` may be a function of the path (a slow script, a fast page).
 * Resolves with its origin and `close()`.
 */
export async function serveDist({ pages = {}, latencyMs = 0, log, fallback, root: folder = dist, csp = CSP, gzip = false } = {}) {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://x').pathname);
    log?.(path);
    const answer = () => {
      if (pages[path] !== undefined) {
        // A page is its HTML, or `{ html, csp, type, cache }` with a policy, a content type or a
        // Cache-Control of its own (a script the browser may keep, as it keeps the loader).
        const {
          html,
          csp: policy = csp,
          type = TYPES['.html'],
          cache = 'no-store',
        } = typeof pages[path] === 'string' ? { html: pages[path] } : pages[path];
        const compress = gzip && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
        response
          .writeHead(200, {
            'Content-Type': type,
            ...(policy ? { 'Content-Security-Policy': policy } : {}),
            'Cache-Control': cache,
            ...(compress ? { 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' } : {}),
          })
          .end(compress ? gzipSync(html) : html);
        return;
      }
      // `/dist-copy/` serves the same files at other URLs: a second copy of the library on one page (two
      // versions, or an app bundle beside the script tag), with module instances of its own.
      const prefix = ['/dist/', '/dist-copy/'].find((p) => path.startsWith(p));
      if (fallback && !prefix) {
        fallback(request, response);
        return;
      }
      const file = normalize(join(folder, path.slice(prefix?.length ?? 0)));
      if (!prefix || !file.startsWith(folder) || !existsSync(file) || !statSync(file).isFile()) {
        response.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
        return;
      }
      // Like a CDN: hashed chunks and content files forever, the rest briefly; the browser's HTTP cache
      // is part of a second visit.
      const immutable = /\/chunks\/|\/content\/v\d+\/[^/]+\.[0-9a-f]{8,}\.json$/.test(path);
      const compress = gzip && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
      response
        .writeHead(200, {
          'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
          'Cache-Control': immutable ? 'public, max-age=31536000, immutable' : 'public, max-age=300',
          'Access-Control-Allow-Origin': '*',
          ...(compress ? { 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' } : {}),
        })
        .end(compress ? gzipSync(readFileSync(file)) : readFileSync(file));
    };
    const delay = typeof latencyMs === 'function' ? latencyMs(path) : latencyMs;
    if (delay > 0) setTimeout(answer, delay);
    else answer();
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return { origin, close: () => new Promise((resolve) => server.close(resolve)) };
}

export { launchChromium } from './chromium.mjs';

/** A host page that embeds `script` (a path under /dist/, with `integrity` when given) and `body`. */
export function hostPage(script, body, { lang = 'en', head = '', integrity } = {}) {
  const sri = integrity ? ` integrity="${integrity}" crossorigin="anonymous"` : '';
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>host</title>${head}<script type="module" src="${script}"${sri}></script></head><body>${body}</body></html>`;
}
