import { expect } from '@open-wc/testing';
import { LazyPiece } from '../../../src/components/controllers/lazy-piece.js';
import { captureWarnings } from '../../content/helpers.js';
import { fakeHost } from './fake-host.js';

describe('LazyPiece', () => {
  it('loads once on ask, however often it is asked, and renders the host again when the piece came', async () => {
    const host = fakeHost();
    let imports = 0;
    const piece = new LazyPiece(host, 'a piece', async () => ({ n: ++imports }));
    piece.hostConnected();
    expect(imports, 'not eager: nothing before an ask').to.equal(0);
    await Promise.all([piece.load(), piece.load(), piece.load()]);
    expect(piece.value).to.deep.equal({ n: 1 });
    expect(imports).to.equal(1);
    expect(host.updates).to.equal(1);
    await piece.load();
    expect(imports).to.equal(1);
  });

  it('eager: loads when the host connects, and renders the host again once it came or failed', async () => {
    const host = fakeHost();
    const piece = new LazyPiece(host, 'a piece', () => Promise.resolve('here'), true);
    piece.hostConnected();
    await piece.load();
    await Promise.resolve();
    expect(piece.value).to.equal('here');
    expect(host.updates).to.be.greaterThan(0);

    const failing = fakeHost();
    const broken = new LazyPiece(failing, 'a broken piece', () => Promise.reject(new Error('offline')), true);
    const { warnings } = await captureWarnings(async () => {
      broken.hostConnected();
      await broken.load();
      await Promise.resolve();
    });
    expect(broken.failed).to.equal(true);
    expect(broken.value).to.equal(undefined);
    expect(failing.updates, 'rendered once after the failure, to show what it can').to.equal(1);
    expect(warnings.join()).to.contain('a broken piece could not be loaded');
  });

  it('after a failure: renders the host once to say so, and asking again loads nothing (hosts ask while rendering)', async () => {
    const host = fakeHost();
    let attempts = 0;
    const piece = new LazyPiece(host, 'a piece', () => {
      attempts += 1;
      return Promise.reject(new Error('offline'));
    });
    const { warnings } = await captureWarnings(async () => {
      await Promise.all([piece.load(), piece.load()]);
      await piece.load();
      await piece.load();
    });
    expect([piece.failed, attempts, host.updates, warnings.length]).to.deep.equal([true, 1, 1, 1]);
  });

  it('after a failure: tries again once when the device comes back online, not while the host is away', async () => {
    const host = fakeHost();
    let attempts = 0;
    // Pieces of the tests above that failed listen too: this one's warnings are told apart by its name.
    const piece = new LazyPiece(host, 'a piece that comes back', () =>
      ++attempts < 3 ? Promise.reject(new Error('offline')) : Promise.resolve('here'),
    );
    const online = async () => {
      window.dispatchEvent(new Event('online'));
      await new Promise((resolve) => setTimeout(resolve));
    };
    const { warnings } = await captureWarnings(async () => {
      await piece.load();
      piece.hostDisconnected();
      await online();
      expect(attempts, 'the host is not connected: nothing is asked').to.equal(1);
      piece.hostConnected();
      await online();
      expect([attempts, piece.failed, piece.value], 'failed again: still failed').to.deep.equal([2, true, undefined]);
      await piece.load();
      expect(attempts, 'asking is still not trying').to.equal(2);
      await online();
      await online();
    });
    expect([attempts, piece.failed, piece.value]).to.deep.equal([3, false, 'here']);
    expect(host.updates, 'after each failure and once it came').to.equal(3);
    expect(warnings.filter((w) => w.includes('a piece that comes back')).length).to.equal(2);
  });
});
