/**
 * Publishes a folder of dataset files (the authoring format, `*.json`) into the published layout, for
 * the build (`frontline-content build`, run by npm run build, writes it into dist/content/) and the demo server (the Vite plugin
 * below serves it), so that the demo loads example content through the real loader.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { publish, PublishError, type PublishResult } from '../src/authoring/publish.js';
import type { Category, Places } from '../src/content/schema/services.js';

/** Reads every `*.json` of `folder` and publishes it; file names appear in errors. */
export async function publishFolder(folder: string, status: 'example' | 'live'): Promise<PublishResult> {
  let names: string[] = [];
  try {
    names = readdirSync(folder)
      .filter((name) => name.endsWith('.json'))
      .sort();
  } catch {
    // No content yet: publish only the manifest and the JSON Schema files.
  }
  const datasets = names.map((name) => {
    const text = readFileSync(join(folder, name), 'utf8');
    try {
      return JSON.parse(text) as unknown;
    } catch (error) {
      throw new Error(`${join(folder, name)}: not valid JSON (${(error as Error).message})`);
    }
  });
  try {
    return await publish(datasets, { status });
  } catch (error) {
    if (error instanceof PublishError) throw new Error(`${folder}: ${error.message}`);
    throw error;
  }
}

const ROUTE = /^\/(?:[^?#]*\/)?content\/(v\d+\/[a-z0-9.-]+(?:\/[a-z0-9.-]+)?\.json)(?:[?#].*)?$/;

/** Published files by path. */
const filesOf = (result: PublishResult) => new Map(result.files.map((file) => [file.path, file.content]));

/**
 * Answers the requests that `route` matches (its first group is a published file's path) with that file
 * of `files()`, and the headers a content host should send; a failure to publish is a 500 with its
 * message (and `forget()` so the next request publishes again). `label` names the content in the log.
 */
function servePublished(server: ViteDevServer, route: RegExp, files: () => Promise<Map<string, string>>, forget: () => void, label: string): void {
  server.middlewares.use((req, res, next) => {
    const match = route.exec(req.url ?? '');
    if (!match) return next();
    files().then(
      (published) => {
        const path = match[1]!;
        const text = published.get(path);
        if (text === undefined) return next();
        res.setHeader('Content-Type', 'application/json; charset=utf-8');
        res.setHeader('Access-Control-Allow-Origin', '*');
        res.setHeader('Cache-Control', path.endsWith('/manifest.json') ? 'no-cache' : 'public, max-age=31536000, immutable');
        res.end(text);
      },
      (error: Error) => {
        forget();
        server.config.logger.error(`${label}: ${error.message}`);
        res.statusCode = 500;
        res.setHeader('Content-Type', 'text/plain; charset=utf-8');
        res.end(error.message);
      },
    );
  });
}

/**
 * Serves `folder`, published, under any path ending in `content/v1/...`: the default content base beside
 * the module (`/src/content/content/`), `/content/`, or wherever a demo page's meta points. Re-published
 * when a file of the folder changes. Headers as a content host should send them.
 */
export function contentPlugin(folder: string, status: 'example' | 'live' = 'example'): Plugin {
  let published: Promise<Map<string, string>> | undefined;
  const forget = () => (published = undefined);
  return {
    name: 'frontline-widgets-content',
    configureServer(server) {
      server.watcher.add(folder);
      server.watcher.on('all', (_event, path) => {
        if (path.startsWith(folder)) forget();
      });
      servePublished(server, ROUTE, () => (published ??= publishFolder(folder, status).then(filesOf)), forget, 'frontline-widgets content');
    },
  };
}

const SCALE_ROUTE = /^\/scale-content\/(v\d+\/[a-z0-9.-]+\.json)(?:[?#].*)?$/;

/**
 * Serves `count` generated services (bench/generate.ts, the benchmark's data) under `/scale-content/`,
 * published like real content, for demo/scale.html: the finder with as many services as a national
 * directory could hold, to try how it searches, filters and scrolls at that size. Everything in it is made
 * up except the place names: each organisation's name says "generated", and the manifest says example.
 */
export function scaleContentPlugin(demoFolder: string, count = 10_000): Plugin {
  let published: Promise<Map<string, string>> | undefined;
  const generate = async () => {
    const { generateServices } = await import('../bench/generate.js');
    const { places, taxonomy } = JSON.parse(readFileSync(join(demoFolder, 'services.json'), 'utf8')) as { places: Places; taxonomy: Category[] };
    const { organizations, services } = generateServices(count, 20261122, places, taxonomy);
    const generated = organizations.map((organization) => ({
      ...organization,
      name: Object.fromEntries(Object.entries(organization.name).map(([lang, text]) => [lang, `${text} (generated)`])),
    }));
    const dataset = { dataset: 'services', id: 'generated-services', updated: '2026-11-22', taxonomy, organizations: generated, services, places };
    return filesOf(await publish([dataset], { status: 'example', schemas: false }));
  };
  return {
    name: 'frontline-widgets-scale-content',
    configureServer(server) {
      servePublished(
        server,
        SCALE_ROUTE,
        () => (published ??= generate()),
        () => (published = undefined),
        'frontline-widgets scale content',
      );
    },
  };
}
