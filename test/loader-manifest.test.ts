import { expect } from '@open-wc/testing';
import { CONTENT_BASE_META, resolveContentBase } from '../src/content/content-base.js';
import { REQUEST } from '../src/content/loader.js';
import { ContentStore } from '../src/content/store.js';
import { discover } from '../src/loader.js';

/** The requests the page makes while `f` runs: URL and options. */
async function requestsDuring(f: () => Promise<void>): Promise<{ url: string; init: RequestInit | undefined }[]> {
  const seen: { url: string; init: RequestInit | undefined }[] = [];
  const original = window.fetch.bind(window);
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    seen.push({ url: input instanceof Request ? input.url : input.toString(), init });
    return Promise.reject(new TypeError('not in this test'));
  };
  try {
    await f();
  } finally {
    window.fetch = original;
  }
  return seen;
}

// A page of its own: the loader asks a manifest only for a tag it is about to import.
describe("the loader's early request for a manifest", () => {
  it('asks for no manifest when the page sets no content base (the example content is for trying out)', async () => {
    const root = document.createElement('div');
    root.append(document.createElement('fl-service-finder'));
    const seen = await requestsDuring(() => discover(root));
    expect(seen).to.deep.equal([]);
  });

  it('asks for the URL the content store asks for, the way it asks, once per manifest, and nothing for a base it would refuse', async () => {
    const bases = [
      'https://content.example.org/frontline',
      'https://content.example.org/frontline/',
      '  https://content.example.org/other/?version=3#top  ',
      '/__nowhere/content/',
      'relative/content',
      'http://content.example.org:8080/a/b',
    ];
    const refused = ['javascript:alert(1)', 'ftp://content.example.org/', 'https://[bad'];
    const root = document.createElement('div');
    for (const base of [...bases, ...refused]) {
      const element = document.createElement('fl-walkin-schedule');
      element.setAttribute('content-base', base);
      root.append(element);
    }
    const seen = await requestsDuring(() => discover(root));
    const expected = [...new Set(bases.map((base) => new ContentStore(resolveContentBase(base)).manifestUrl))];
    expect(seen.map((request) => request.url)).to.deep.equal(expected);
    for (const request of seen) expect(request.init).to.deep.equal(REQUEST);
    for (const base of refused) expect(() => resolveContentBase(base), base).to.throw();
  });

  it('takes the content base from the page’s meta tag when the widget has none, or an empty one', async () => {
    const meta = document.createElement('meta');
    meta.name = CONTENT_BASE_META;
    meta.content = 'https://meta.example.org/content';
    document.head.append(meta);
    try {
      const root = document.createElement('div');
      const empty = document.createElement('fl-procedure-explainer');
      empty.setAttribute('content-base', '  ');
      root.append(document.createElement('fl-procedure-explainer'), empty);
      const seen = await requestsDuring(() => discover(root));
      expect(seen.map((request) => request.url)).to.deep.equal([new ContentStore(resolveContentBase('  ')).manifestUrl]);
      expect(seen[0]!.url).to.equal('https://meta.example.org/content/v1/manifest.json');
    } finally {
      meta.remove();
    }
  });
});
