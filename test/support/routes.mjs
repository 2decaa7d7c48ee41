// Test server routes that tests use to control the network (see test/content/). Each route is a Koa
// middleware of @web/dev-server.
//
// A content host per test: `/__content/<key>/v1/manifest.json` and `/__content/<key>/v1/<dataset>.<hash>.json`,
// published from test/content/fixtures/*.json. What the host does is set per key:
//   GET /__content-control/<key>?scenario=<name>[&delay=ms]   sets it (and returns the request counts)
//   GET /__content-control/<key>                             returns { scenario, requests: { path: count } }
//   POST /__content-control/<key>/files                      body { files: [{ path, content }] }: serve these
//                                                            files (scenario "files", e.g. publish() output)
//   More query parameters of the first form: `headers=published` sends the headers the README asks
//   content hosts for (hashed files immutable for a year, the manifest `no-cache`), so that the
//   browser's HTTP cache plays its part (it stays until set again); `rate=<bytes per second>` sends every
//   body at that rate, until the next scenario; `records=<n>` sets the size of the "large" scenario.
//   The report also gives `bytes` (body bytes sent, per file) and `referers` (the Referer headers seen).
// Scenarios: ok, updated (a newer publication), fail (503), fail-dataset (manifest ok, files 503),
// fail-once (each path fails once, then ok), stall (never answers), slow (answers after `delay` ms),
// html (a web page instead of JSON), html500 (a web page with status 500), bad-json (truncated JSON),
// hash (the manifest's sha256 does not match the file), corrupt (the "updated" publication with wrong
// bytes under its hashed names: switch to "updated" to fix them under the same names), minor (schema 1.9.0
// with unknown fields everywhere), major (schema 2.0.0), missing (the manifest lacks the datasets),
// missing-file (the "updated" manifest, its dataset files 404), invalid-record (exactly one record of
// walkins, services and procedures: the fault matrix's), invalid-records (one record of walkins and
// services, and three kinds of invalid procedures: a wrong type, an unsafe URL, no id), invalid-top, xss, nocors (no CORS header), down (the connection is closed without an answer),
// throttle (the "updated" publication, every body at `rate`), stall-body (the "updated" manifest, then the
// first 1000 bytes of a file and nothing more), large (`records` records per collection),
// surrogate (one record with a lone UTF-16 surrogate in its e-mail, a procedure in its summary), crlf
// (one record whose source URL carries CR LF and calendar lines), bidi (bidirectional control characters
// in a name or title).
// Without `headers=published`, every answer is `Cache-Control: no-store` so that the browser's HTTP
// cache never hides a request.
import { Buffer } from 'node:buffer';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';

const fixturesDir = new URL('../content/fixtures/', import.meta.url);
const fixtures = Object.fromEntries(
  readdirSync(fixturesDir)
    .filter((name) => name.endsWith('.json'))
    .map((name) => [name.replace(/\.json$/, ''), JSON.parse(readFileSync(new URL(name, fixturesDir), 'utf8'))]),
);
// Datasets without a fixture of their own are served from the demo's example content, so that tests,
// stories and the demo show the same examples.
const demoDir = new URL('../../demo/content/', import.meta.url);
for (const name of readdirSync(demoDir)
  .filter((file) => file.endsWith('.json'))
  .map((file) => file.replace(/\.json$/, ''))) {
  fixtures[name] ??= JSON.parse(readFileSync(new URL(`${name}.json`, demoDir), 'utf8'));
}

const clone = (value) => JSON.parse(JSON.stringify(value));
const XSS = '<img src=x onerror="window.__flXss=(window.__flXss||0)+1">';
const isLanguageKey = (key) => /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(key);

/** Every string a reader may see (localized texts, street names, aliases) gets a script-carrying payload. */
function poison(value, key = '') {
  const payload = (text) => `${XSS} ${text} <script>window.__flXss=1</script> [bad link](javascript:window.__flXss=1)`;
  if (Array.isArray(value)) return value.map((item) => (key === 'aliases-list' && typeof item === 'string' ? payload(item) : poison(item)));
  if (value && typeof value === 'object') {
    const localized = Object.keys(value).length > 0 && Object.entries(value).every(([k, v]) => isLanguageKey(k) && typeof v === 'string');
    const out = {};
    for (const [k, v] of Object.entries(value)) {
      if (localized) out[k] = payload(v);
      else if (key === 'aliases') out[k] = poison(v, 'aliases-list');
      else if (k === 'street' && typeof v === 'string') out[k] = payload(v);
      else out[k] = poison(v, k);
    }
    return out;
  }
  return value;
}

const variants = {
  ok: (name, data) => data,
  updated: (name, data) => ({ ...data, updated: '2026-11-27', intro: { en: `Updated ${name} example content.` } }),
  minor: (name, data) => {
    const out = { ...data, futureTopField: { anything: true } };
    for (const [key, value] of Object.entries(out)) {
      if (Array.isArray(value)) out[key] = value.map((record) => ({ ...record, futureField: 'from schema 1.9', nested: { future: 1 } }));
    }
    return out;
  },
  // Exactly one bad record per dataset: the others must show.
  'invalid-record': (name, data) => editFirst(name, data, (record) => (record.reviewed = 'yesterday')),
  'invalid-records': (name, data) => {
    if (name !== 'procedures') return editFirst(name, data, (record) => (record.reviewed = 'yesterday'));
    const out = clone(data);
    out.procedures[1].title = 42;
    out.procedures[2].links[0].url = 'javascript:alert(1)';
    out.procedures.push({ title: { en: 'No id' }, summary: { en: 'A record without an id' }, reviewed: '2026-11-20' });
    return out;
  },
  'invalid-top': (name, data) => ({ ...data, updated: '20-11-2026', intro: 'not localized' }),
  xss: (name, data) => poison(data),
  // One record each of walkins, services and procedures carries the fault; the others stay good.
  surrogate: (name, data) =>
    editFirst(name, data, (record) => {
      if (name === 'procedures') record.summary = { ...record.summary, en: 'help\ud800' };
      else record.contact = { ...record.contact, email: 'help\ud800@example.org' };
    }),
  crlf: (name, data) =>
    editFirst(name, data, (record) => {
      record.sources = ['https://example.org/page\r\nBEGIN:VALARM\r\nTRIGGER:-PT5M\r\nACTION:AUDIO\r\nEND:VALARM'];
    }),
  bidi: (name, data) =>
    editFirst(name, data, (record) => {
      const key = name === 'procedures' ? 'title' : 'name';
      record[key] = { ...record[key], en: `\u202eSTNEMTNIOPPA\u202c ${record[key].en}` };
    }),
};

/** The first record of the main collection of walkins, services, procedures and reintegration, edited; other datasets unchanged. */
function editFirst(name, data, edit) {
  const collection = { walkins: 'offices', services: 'services', procedures: 'procedures', reintegration: 'programmes' }[name];
  if (!collection) return data;
  edit(data[collection][0]);
  return data;
}

/** `count` records in each main collection, copies of the example ones with ids of their own. */
function enlarge(name, data, count) {
  const collection = { walkins: 'offices', services: 'services', procedures: 'procedures', reintegration: 'programmes' }[name];
  if (!collection) return data;
  const examples = data[collection];
  data[collection] = Array.from({ length: count }, (_, i) => ({
    ...clone(examples[i % examples.length]),
    id: `${examples[i % examples.length].id}-${i}`,
  }));
  return data;
}

// Scenarios that are the "updated" publication with something wrong: switching to "updated" fixes it.
const ON_UPDATED = new Set(['corrupt', 'missing-file', 'throttle', 'stall-body']);

function publish(scenario, records = 1000) {
  const variant =
    scenario === 'large'
      ? (name, data) => enlarge(name, data, records)
      : ON_UPDATED.has(scenario)
        ? variants.updated
        : (variants[scenario] ?? variants.ok);
  const files = new Map();
  const datasets = {};
  for (const [name, fixture] of Object.entries(fixtures)) {
    const { $schema: _schema, ...data } = fixture;
    const text = JSON.stringify(variant(name, clone(data)));
    const sha256 = createHash('sha256').update(text).digest('hex');
    const file = `${name}.${sha256.slice(0, 16)}.json`;
    // Wrong bytes under the right name: what a broken upload or a proxy leaves behind.
    files.set(file, scenario === 'corrupt' ? text.replace(/"updated":"2026-11-27"/, '"updated":"2026-11-28"') : text);
    datasets[name] = {
      file,
      sha256: scenario === 'hash' ? createHash('sha256').update(`${text} `).digest('hex') : sha256,
      updated: /^\d{4}-\d{2}-\d{2}$/.test(JSON.parse(text).updated) ? JSON.parse(text).updated : fixture.updated,
      locales: ['en'],
      bytes: Buffer.byteLength(text),
    };
    if (scenario === 'minor') datasets[name].futureEntryField = 'x';
    if (scenario === 'missing-file') files.delete(file);
  }
  let manifest = { schemaVersion: '1.0.0', publishedAt: '2026-11-20', status: 'example', datasets };
  if (scenario === 'minor') manifest = { ...manifest, schemaVersion: '1.9.0', futureManifestField: ['a'] };
  if (scenario === 'major') manifest = { schemaVersion: '2.0.0', publishedAt: '2026-11-20', status: 'live', collections: [] };
  if (scenario === 'missing') manifest = { ...manifest, datasets: {} };
  files.set('manifest.json', JSON.stringify(manifest));
  return files;
}

const published = new Map();
const publishedFor = (scenario, records) => {
  const id = scenario === 'large' ? `large-${records}` : scenario;
  if (!published.has(id)) published.set(id, publish(scenario, records));
  return published.get(id);
};

/**
 * Per key: { scenario, delay, rate, records, headers, requests: Map<path, count>, bytes: Map<path, count>,
 * referers: string[], files?: Map<file, text> }.
 */
const hosts = new Map();
const hostFor = (key) => {
  if (!hosts.has(key)) {
    hosts.set(key, {
      scenario: 'ok',
      delay: 0,
      rate: 0,
      records: 1000,
      headers: '',
      requests: new Map(),
      bytes: new Map(),
      referers: [],
      failed: new Set(),
      files: undefined,
    });
  }
  return hosts.get(key);
};

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function readBody(req) {
  return new Promise((resolve, reject) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => resolve(body));
    req.on('error', reject);
  });
}

/**
 * Answers through Node's response directly: the test runner's cache middleware would otherwise mark every
 * path with an extension `max-age=31536000` after this route, and the browser would stop asking.
 */
function send(ctx, status, body, headers = {}) {
  // Koa's status too, so that the runner's request log reports what was sent.
  ctx.status = status;
  ctx.respond = false;
  ctx.res.writeHead(status, { 'Cache-Control': 'no-store', ...headers });
  ctx.res.end(body);
}

/** Sends `body` at `rate` bytes per second, in pieces every 100 ms; counts what went out in `sent(bytes)`. */
async function sendSlowly(ctx, status, body, headers, rate, sent) {
  ctx.status = status;
  ctx.respond = false;
  const bytes = Buffer.from(body);
  ctx.res.writeHead(status, { 'Cache-Control': 'no-store', 'Content-Length': String(bytes.length), ...headers });
  const piece = Math.max(1, Math.round(rate / 10));
  for (let at = 0; at < bytes.length; at += piece) {
    if (ctx.res.destroyed) return;
    const chunk = bytes.subarray(at, at + piece);
    ctx.res.write(chunk);
    sent(chunk.length);
    await sleep(100);
  }
  ctx.res.end();
}

const JSON_TYPE = { 'Content-Type': 'application/json' };

async function control(ctx, key, rest) {
  const host = hostFor(key);
  if (ctx.method === 'POST' && rest === '/files') {
    const { files } = JSON.parse(await readBody(ctx.req));
    host.files = new Map(files.map(({ path, content }) => [path.replace(/^v1\//, ''), content]));
    host.scenario = 'files';
  } else if (ctx.query.scenario) {
    host.scenario = String(ctx.query.scenario);
    host.delay = Number(ctx.query.delay ?? 0);
    host.rate = Number(ctx.query.rate ?? 0);
    if (ctx.query.records !== undefined) host.records = Number(ctx.query.records);
    if (ctx.query.headers !== undefined) host.headers = String(ctx.query.headers);
    host.failed.clear();
  }
  const report = {
    scenario: host.scenario,
    requests: Object.fromEntries(host.requests),
    bytes: Object.fromEntries(host.bytes),
    referers: host.referers,
  };
  send(ctx, 200, JSON.stringify(report), JSON_TYPE);
}

async function serve(ctx, key, file) {
  const host = hostFor(key);
  host.requests.set(file, (host.requests.get(file) ?? 0) + 1);
  if (ctx.get('referer')) host.referers.push(ctx.get('referer'));
  const { scenario } = host;
  const cors = scenario === 'nocors' ? {} : { 'Access-Control-Allow-Origin': '*' };
  const unavailable = () => send(ctx, 503, 'Service Unavailable', { ...cors, 'Content-Type': 'text/plain' });
  const sent = (bytes) => host.bytes.set(file, (host.bytes.get(file) ?? 0) + bytes);

  if (scenario === 'down') {
    ctx.respond = false;
    ctx.req.socket.destroy();
    return;
  }
  if (scenario === 'stall') {
    await new Promise((resolve) => {
      ctx.res.on('close', resolve);
      setTimeout(resolve, 20000);
    });
    if (!ctx.res.destroyed) return send(ctx, 504, 'Gateway Timeout', cors);
    ctx.status = 504;
    ctx.respond = false;
    return;
  }
  if (scenario === 'slow') await sleep(host.delay);
  if (scenario === 'fail' || (scenario === 'fail-dataset' && file !== 'manifest.json')) return unavailable();
  if (scenario === 'fail-once' && !host.failed.has(file)) {
    host.failed.add(file);
    return unavailable();
  }
  if (scenario === 'html' || scenario === 'html500') {
    return send(
      ctx,
      scenario === 'html' ? 200 : 500,
      '<!doctype html><html><head><title>Wi-Fi login</title></head><body>Please sign in</body></html>',
      {
        ...cors,
        'Content-Type': 'text/html; charset=utf-8',
      },
    );
  }
  if (scenario === 'bad-json' && file === 'manifest.json')
    return send(ctx, 200, '{"schemaVersion": "1.0.0", "datasets": {', { ...cors, ...JSON_TYPE });
  const files = scenario === 'files' ? host.files : publishedFor(scenario, host.records);
  const text = files?.get(file);
  if (text === undefined) return send(ctx, 404, 'Not Found', { ...cors, 'Content-Type': 'text/plain' });
  const caching =
    host.headers === 'published' ? { 'Cache-Control': file === 'manifest.json' ? 'no-cache' : 'public, max-age=31536000, immutable' } : {};
  const headers = { ...cors, ...JSON_TYPE, ...caching };
  if (scenario === 'stall-body' && file !== 'manifest.json') {
    ctx.status = 200;
    ctx.respond = false;
    ctx.res.writeHead(200, { 'Cache-Control': 'no-store', 'Content-Length': String(Buffer.byteLength(text)), ...headers });
    ctx.res.write(text.slice(0, 1000));
    sent(1000);
    await new Promise((resolve) => {
      ctx.res.on('close', resolve);
      setTimeout(resolve, 20000);
    });
    if (!ctx.res.destroyed) ctx.res.destroy();
    return;
  }
  if (host.rate > 0) return sendSlowly(ctx, 200, text, headers, host.rate, sent);
  sent(Buffer.byteLength(text));
  send(ctx, 200, text, headers);
}

async function contentHost(ctx, next) {
  const control_ = /^\/__content-control\/([a-z0-9-]+)(\/files)?$/.exec(ctx.path);
  if (control_) return control(ctx, control_[1], control_[2]);
  const content = /^\/__content\/([a-z0-9-]+)\/v1\/([a-z0-9.-]+\.json)$/.exec(ctx.path);
  if (content) {
    if (ctx.method === 'OPTIONS') return send(ctx, 204, '', { 'Access-Control-Allow-Origin': '*' });
    return serve(ctx, content[1], content[2]);
  }
  return next();
}

export const testRoutes = [contentHost];
