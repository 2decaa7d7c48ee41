import { expect } from '@open-wc/testing';
import { RenderInBatches } from '../../../src/components/controllers/batches.js';
import { fakeHost } from './fake-host.js';

describe('RenderInBatches', () => {
  const setUp = () => {
    const host = fakeHost();
    const pauses: (() => void)[] = [];
    const pause = () => new Promise<void>((resolve) => pauses.push(resolve));
    const batches = new RenderInBatches(host, pause);
    /** Ends the pause asked for last, as the next task would. */
    const nextTask = async () => {
      pauses.shift()!();
      await batches.pending;
      await Promise.resolve();
    };
    return { host, pauses, batches, nextTask };
  };

  it('renders the first items, then a batch more per task, until every item is rendered', async () => {
    const { host, pauses, batches, nextTask } = setUp();
    expect(batches.count(10)).to.equal(3);
    expect(batches.count(10), 'asked again in the same task').to.equal(3);
    expect(pauses, 'one pause asked for').to.have.length(1);
    expect(batches.pending).to.be.instanceOf(Promise);
    const seen = [];
    for (let task = 0; task < 10 && batches.pending; task += 1) {
      await nextTask();
      seen.push(batches.count(10));
    }
    expect(seen).to.deep.equal([6, 9, 10]);
    expect(host.updates, 'a render asked for per batch').to.equal(3);
    expect(batches.pending).to.equal(undefined);
  });

  it('renders at once a list no longer than the most items rendered before', async () => {
    const { pauses, batches, nextTask } = setUp();
    expect(batches.count(2)).to.equal(2);
    expect(batches.count(3)).to.equal(3);
    expect(pauses).to.have.length(0);
    batches.count(6);
    await nextTask();
    expect(batches.count(6)).to.equal(6);
    // A shorter list after a key press, then a long one again: the six rendered before render at once.
    expect(batches.count(4)).to.equal(4);
    expect(batches.count(10)).to.equal(6);
    expect(pauses, 'the rest in the next tasks').to.have.length(1);
  });
});
