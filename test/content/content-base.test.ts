import { expect } from '@open-wc/testing';
import { CONTENT_BASE_META, contentBeside, defaultContentBase, resolveContentBase } from '../../src/content/content-base.js';
import { ContentError } from '../../src/content/errors.js';

function withMeta(content: string, f: () => void) {
  const meta = document.createElement('meta');
  meta.name = CONTENT_BASE_META;
  meta.content = content;
  document.head.append(meta);
  try {
    f();
  } finally {
    meta.remove();
  }
}

describe('content base', () => {
  it('prefers the attribute, then the page meta, then the folder beside the module', () => {
    withMeta('https://meta.example/content', () => {
      expect(resolveContentBase('https://attr.example/c/')).to.equal('https://attr.example/c/');
      expect(resolveContentBase(null)).to.equal('https://meta.example/content/');
      expect(resolveContentBase('  ')).to.equal('https://meta.example/content/');
    });
    expect(resolveContentBase(undefined)).to.equal(defaultContentBase());
    expect(defaultContentBase()).to.equal(new URL('../../src/content/content/', import.meta.url).href);
  });

  it('finds the example content beside the built files, also from a shared chunk', () => {
    expect(contentBeside('https://cdn.example/frontline-widgets@1.0.0/dist/fl-walkin-schedule.js')).to.equal(
      'https://cdn.example/frontline-widgets@1.0.0/dist/content/',
    );
    expect(contentBeside('https://cdn.example/frontline-widgets@1.0.0/dist/chunks/links-CyexDdJr.js')).to.equal(
      'https://cdn.example/frontline-widgets@1.0.0/dist/content/',
    );
  });

  it('resolves relative values against the page and ends with a slash, without query or fragment', () => {
    expect(resolveContentBase('/content')).to.equal(`${location.origin}/content/`);
    expect(resolveContentBase('data/?v=2#x')).to.equal(new URL('data/', document.baseURI).href);
  });

  it('refuses what is not an http(s) address with a named error', () => {
    for (const bad of ['javascript:alert(1)', 'data:text/plain,x', 'http://[']) {
      expect(() => resolveContentBase(bad), bad)
        .to.throw(ContentError)
        .with.property('reason', 'config');
    }
  });
});
