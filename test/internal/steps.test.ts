import { expect } from '@open-wc/testing';
import { runSteps, runStepsInSlices, type Steps } from '../../src/internal/steps.js';

/** `count` steps that add up their numbers. */
function* sum(count: number): Steps<number> {
  let total = 0;
  for (let i = 1; i <= count; i += 1) {
    total += i;
    yield;
  }
  return total;
}

describe('steps', () => {
  it('runs steps to the end at once', () => {
    expect(runSteps(sum(1000))).to.equal(500500);
  });

  it('runs steps in slices to the same result, pausing between slices', async () => {
    let now = 0;
    let pauses = 0;
    // A clock that moves 1 ms per reading: a slice of 8 ms holds a few steps.
    const total = await runStepsInSlices(sum(1000), {
      clock: () => (now += 1),
      sliceMs: 8,
      yieldToMain: async () => {
        pauses += 1;
      },
    });
    expect(total).to.equal(500500);
    expect(pauses).to.be.greaterThan(50);
  });

  it('stops when asked, with the reason given', async () => {
    const controller = new AbortController();
    let now = 0;
    const run = runStepsInSlices(sum(1000), {
      clock: () => (now += 5),
      yieldToMain: async () => controller.abort(new Error('stopped')),
      signal: controller.signal,
    });
    let error: unknown;
    await run.catch((caught: unknown) => (error = caught));
    expect(String(error)).to.contain('stopped');
  });

  it('does not start when already stopped', async () => {
    let started = false;
    const steps = (function* (): Steps<void> {
      started = true;
      yield;
    })();
    let error: unknown;
    await runStepsInSlices(steps, { signal: AbortSignal.abort(new Error('too late')) }).catch((caught: unknown) => (error = caught));
    expect(String(error)).to.contain('too late');
    expect(started).to.equal(false);
  });

  it('lets due timers run during long work, at least every 100 ms', async () => {
    let fired = 0;
    setTimeout(() => (fired = performance.now()), 0);
    const started = performance.now();
    // Long work (about 400 ms) that pauses often.
    await runStepsInSlices(
      (function* () {
        while (performance.now() - started < 400) yield;
      })(),
    );
    expect(fired, 'the timer fired').to.be.greaterThan(0);
    expect(fired - started).to.be.below(300);
  });
});
