import { expect } from '@open-wc/testing';
import { POLICY, warmUpOffThread } from '../../src/i18n/off-thread.js';

/**
 * The workers made while `run` runs, through the real constructor (or `make`'s): their script URLs, how many
 * answered, how many were ended.
 */
async function workersDuring(
  run: () => Promise<void>,
  make?: (url: unknown) => Worker,
): Promise<{ urls: unknown[]; answered: number; ended: number }> {
  const Real = globalThis.Worker;
  const urls: unknown[] = [];
  let answered = 0;
  let ended = 0;
  globalThis.Worker = class extends Real {
    constructor(url: string | URL, options?: WorkerOptions) {
      urls.push(url);
      if (make) return make(url);
      super(url, options);
      this.addEventListener('message', () => (answered += 1));
    }
    override terminate(): void {
      ended += 1;
      super.terminate();
    }
  };
  try {
    await run();
  } finally {
    globalThis.Worker = Real;
  }
  return { urls, answered, ended };
}

describe('Intl set up off the main thread', () => {
  it("has a worker make the language's formatters, once per language, and ends it when it answers", async () => {
    const { urls, answered, ended } = await workersDuring(async () => {
      const first = warmUpOffThread('nl');
      expect(warmUpOffThread('nl'), 'the same run for the same language').to.equal(first);
      // Belgian Dutch is the Intl tag of `nl` (src/i18n/format.ts, intlLocale): one run for both.
      expect(warmUpOffThread('nl-BE-u-nu-latn')).to.equal(first);
      await first;
    });
    expect(urls).to.have.length(1);
    expect(answered).to.equal(1);
    expect(ended, 'the worker is ended once it has answered').to.equal(1);
  });

  it("makes the worker's URL through the library's Trusted Types policy, and only a blob: URL", async () => {
    const { urls } = await workersDuring(() => warmUpOffThread('de'));
    expect(urls).to.have.length(1);
    const types = (globalThis as unknown as { trustedTypes: { isScriptURL(value: unknown): boolean } }).trustedTypes;
    expect(types.isScriptURL(urls[0]), 'a TrustedScriptURL').to.equal(true);
    expect(String(urls[0])).to.match(/^blob:/);
    expect(POLICY).to.equal('frontline-widgets');
  });

  it('answers in a language Intl does not know, or from a tag that is not one', async () => {
    // The worker's source is a function of this module turned into text: it must run on its own, and
    // answer whatever fails in it (a run with no answer ends only after its patience, 1.5 s).
    const { urls, answered } = await workersDuring(async () => {
      await warmUpOffThread('ti');
      await warmUpOffThread('not a language tag');
    });
    expect(urls).to.have.length(2);
    expect(answered).to.equal(2);
  });

  // Last: a refusal is remembered for the rest of the page.
  it('goes on without a worker the page refuses, and asks for none again', async () => {
    const refused = await workersDuring(
      () => warmUpOffThread('fr'),
      () => {
        throw new TypeError("This document requires 'TrustedScriptURL' assignment.");
      },
    );
    expect(refused.urls).to.have.length(1);
    const after = await workersDuring(() => warmUpOffThread('en'));
    expect(after.urls, 'no second try on this page').to.have.length(0);
  });
});
