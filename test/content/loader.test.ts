import { expect } from '@open-wc/testing';
import { fetchJson, sha256Hex } from '../../src/content/loader.js';
import { ContentError } from '../../src/content/errors.js';

/** Runs `body` with `fetch` answering `response()`, then puts the real fetch back. */
async function withFetch<T>(response: (url: RequestInfo | URL, init?: RequestInit) => Promise<Response>, body: () => Promise<T>): Promise<T> {
  const original = globalThis.fetch;
  globalThis.fetch = response;
  try {
    return await body();
  } finally {
    globalThis.fetch = original;
  }
}

const outcome = (run: () => Promise<unknown>) => run().catch((error: unknown) => error);

describe('fetchJson', () => {
  it('does not count the time spent parsing a large file against the host (no "timeout" once the answer is here)', async () => {
    const records = Array.from({ length: 20000 }, (_, i) => ({ id: `service-${i}`, name: { fr: `Service ${i}` }, text: 'x'.repeat(200) }));
    const body = JSON.stringify({ dataset: 'services', services: records });
    // Without scheduler.yield (as in Safari), a pause lets timers run: the timeout could fire between slices.
    const scheduler = (globalThis as unknown as { scheduler?: object }).scheduler;
    if (scheduler) Object.defineProperty(scheduler, 'yield', { value: undefined, configurable: true });
    const started = performance.now();
    try {
      const result = await withFetch(
        async () => {
          await new Promise((resolve) => setTimeout(resolve, 10));
          return new Response(body, { headers: { 'content-type': 'application/json' } });
        },
        () => outcome(() => fetchJson('https://cdn.example/v1/services.json', { dataset: 'services', timeoutMs: 60 })),
      );
      const elapsed = performance.now() - started;
      expect(elapsed, 'the parse outlasts the timeout (else this test proves nothing)').to.be.greaterThan(60);
      expect(result, String(result)).not.to.be.instanceOf(Error);
      expect((result as { services: unknown[] }).services).to.have.length(20000);
    } finally {
      if (scheduler) delete (scheduler as { yield?: unknown }).yield;
    }
  });

  it('says "not JSON" for brackets nested too deep to be content, not "could not reach"', async () => {
    const result = await withFetch(
      async () => new Response('['.repeat(30000), { headers: { 'content-type': 'application/json' } }),
      () => outcome(() => fetchJson('https://cdn.example/v1/services.json', { dataset: 'services', timeoutMs: 5000 })),
    );
    expect(result).to.be.instanceOf(ContentError);
    expect((result as ContentError).reason, String(result)).to.equal('not-json');
  });

  it('says "integrity" when the file differs from the manifest, from one request', async () => {
    let requests = 0;
    const result = await withFetch(
      async () => {
        requests += 1;
        return new Response('{"dataset":"services"}', { headers: { 'content-type': 'application/json' } });
      },
      () => outcome(() => fetchJson('https://cdn.example/v1/services.json', { dataset: 'services', timeoutMs: 5000, sha256: '0'.repeat(64) })),
    );
    expect((result as ContentError).reason).to.equal('integrity');
    expect((result as ContentError).message).to.contain('but the manifest says');
    expect(requests).to.equal(1);
  });

  it('does not time out because the page was busy: only time in which the page could hear the network counts', async () => {
    const encoder = new TextEncoder();
    let blocked = 0;
    let pulled = false;
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(encoder.encode('{"dataset":'));
      },
      pull(controller) {
        if (pulled) return;
        pulled = true;
        // The host page runs a long task (three times the timeout) while the rest of the file is on its
        // way; the rest arrives just after it, behind the timeout's own check in the task queue.
        setTimeout(() => {
          const end = performance.now() + 600;
          while (performance.now() < end) blocked += 1;
          setTimeout(() => {
            controller.enqueue(encoder.encode('"services"}'));
            controller.close();
          }, 70);
        });
      },
    });
    const result = await withFetch(
      async () => new Response(body, { headers: { 'content-type': 'application/json' } }),
      () => outcome(() => fetchJson('https://cdn.example/v1/services.json', { dataset: 'services', timeoutMs: 200 })),
    );
    expect(blocked, 'the page was busy').to.be.greaterThan(0);
    expect(result, String(result)).to.deep.equal({ dataset: 'services' });
  });

  it('times out when nothing comes, measured with timestamps, and when the download stops', async () => {
    const started = performance.now();
    const silent = await withFetch(
      (_url, init) =>
        new Promise((_resolve, reject) =>
          (init as RequestInit).signal!.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))),
        ),
      () => outcome(() => fetchJson('https://cdn.example/v1/services.json', { dataset: 'services', timeoutMs: 150 })),
    );
    expect((silent as ContentError).reason).to.equal('timeout');
    expect((silent as ContentError).message).to.contain('no answer');
    expect(performance.now() - started).to.be.within(140, 1500);

    const stopped = await withFetch(
      async () =>
        new Response(new ReadableStream({ start: (controller) => controller.enqueue(new TextEncoder().encode('{"da')) }), {
          headers: { 'content-type': 'application/json' },
        }),
      () => outcome(() => fetchJson('https://cdn.example/v1/services.json', { dataset: 'services', timeoutMs: 5000, idleTimeoutMs: 150 })),
    );
    expect((stopped as ContentError).reason).to.equal('timeout');
    expect((stopped as ContentError).message).to.contain('stopped');
  });

  it('asks for no Referer and, when told, past the HTTP cache', async () => {
    const seen: RequestInit[] = [];
    await withFetch(
      async (_url, init) => {
        seen.push(init as RequestInit);
        return new Response('{}', { headers: { 'content-type': 'application/json' } });
      },
      async () => {
        await fetchJson('https://cdn.example/v1/a.json', { dataset: 'a', timeoutMs: 5000 });
        await fetchJson('https://cdn.example/v1/a.json', { dataset: 'a', timeoutMs: 5000, cache: 'reload' });
      },
    );
    expect(seen.map((init) => [init.referrerPolicy, init.cache])).to.deep.equal([
      ['no-referrer', undefined],
      ['no-referrer', 'reload'],
    ]);
  });

  it("reads an answer asked for earlier (the loader's) without asking again, with the same timeouts and errors", async () => {
    const asked: string[] = [];
    const spy = async (url: RequestInfo | URL) => {
      asked.push(url instanceof Request ? url.url : url.toString());
      return new Response('{}');
    };
    const early = Promise.resolve(new Response('{"schemaVersion":"1.0.0"}', { headers: { 'content-type': 'application/json' } }));
    const json = await withFetch(spy, () => fetchJson('https://cdn.example/v1/manifest.json', { dataset: 'a', timeoutMs: 5000, response: early }));
    expect(json).to.deep.equal({ schemaVersion: '1.0.0' });
    expect(asked, 'no second request').to.deep.equal([]);

    const started = performance.now();
    const silent = await withFetch(spy, () =>
      outcome(() => fetchJson('https://cdn.example/v1/manifest.json', { dataset: 'a', timeoutMs: 150, response: new Promise(() => undefined) })),
    );
    expect((silent as ContentError).reason, 'an early request that never answers times out like any other').to.equal('timeout');
    expect(performance.now() - started).to.be.within(140, 1500);

    const refused = await withFetch(spy, () =>
      outcome(() =>
        fetchJson('https://cdn.example/v1/manifest.json', {
          dataset: 'a',
          timeoutMs: 5000,
          response: Promise.reject(new TypeError('Failed to fetch')),
        }),
      ),
    );
    expect((refused as ContentError).reason).to.be.oneOf(['network', 'offline']);
    const html = await withFetch(spy, () =>
      outcome(() =>
        fetchJson('https://cdn.example/v1/manifest.json', {
          dataset: 'a',
          timeoutMs: 5000,
          response: Promise.resolve(
            new Response('<!doctype html>', { status: 404, statusText: 'Not Found', headers: { 'content-type': 'text/html' } }),
          ),
        }),
      ),
    );
    expect((html as ContentError).reason).to.equal('http');
    expect(asked).to.deep.equal([]);
  });

  it("checks a dataset file's hash on an answer asked for earlier, and where it cannot check it here, asks again with `integrity`", async () => {
    const body = '{"dataset":"services"}';
    const sha256 = await sha256Hex(new TextEncoder().encode(body));
    const asked: (RequestInit | undefined)[] = [];
    const spy = async (_url: RequestInfo | URL, init?: RequestInit) => {
      asked.push(init);
      return new Response(body);
    };
    const answer = () => Promise.resolve(new Response(body));
    const url = 'https://cdn.example/v1/services.0123456789abcdef.json';
    expect(await withFetch(spy, () => fetchJson(url, { dataset: 'services', timeoutMs: 5000, sha256, response: answer() }))).to.deep.equal({
      dataset: 'services',
    });
    expect(asked, 'read, checked here').to.deep.equal([]);
    const wrong = await withFetch(spy, () =>
      outcome(() => fetchJson(url, { dataset: 'services', timeoutMs: 5000, sha256: '0'.repeat(64), response: answer() })),
    );
    expect((wrong as ContentError).reason).to.equal('integrity');
    expect(asked).to.deep.equal([]);
    // A page not served over https has no Web Crypto: the browser checks the hash, on a request of its own.
    const subtle = Object.getOwnPropertyDescriptor(Crypto.prototype, 'subtle')!;
    Object.defineProperty(crypto, 'subtle', { value: undefined, configurable: true });
    try {
      await withFetch(spy, () => outcome(() => fetchJson(url, { dataset: 'services', timeoutMs: 5000, sha256, response: answer() })));
    } finally {
      delete (crypto as { subtle?: unknown }).subtle;
    }
    expect(Object.getOwnPropertyDescriptor(Crypto.prototype, 'subtle')).to.deep.equal(subtle);
    expect(asked.map((init) => init?.integrity)).to.deep.equal([
      `sha256-${btoa(String.fromCharCode(...sha256.match(/../g)!.map((hex) => parseInt(hex, 16))))}`,
    ]);
  });
});
