import { expect } from '@open-wc/testing';
import { MinuteClock, type ClockTimers } from '../../../src/components/controllers/minute-clock.js';
import { fakeHost } from './fake-host.js';

describe('MinuteClock', () => {
  function fakeTimers(start: number) {
    const scheduled: { callback: () => void; ms: number; handle: number }[] = [];
    let next = 1;
    const cleared: unknown[] = [];
    const timers: ClockTimers & { time: number } = {
      time: start,
      setTimeout(callback, ms) {
        const handle = next++;
        scheduled.push({ callback, ms, handle });
        return handle;
      },
      clearTimeout: (handle) => cleared.push(handle),
      now: () => timers.time,
    };
    return { timers, scheduled, cleared };
  }
  it('re-renders at each minute boundary while connected, and stops when disconnected', () => {
    const { timers, scheduled, cleared } = fakeTimers(Date.UTC(2026, 10, 25, 9, 0, 45, 500));
    const host = fakeHost();
    const clock = new MinuteClock(host, () => true, timers);
    expect(clock.running).to.equal(false);
    clock.hostConnected();
    expect(clock.running).to.equal(true);
    expect(scheduled[0]!.ms, 'to the next minute, with a little slack').to.equal(14_500 + 25);
    timers.time += scheduled[0]!.ms;
    scheduled[0]!.callback();
    expect(host.updates).to.equal(1);
    expect(scheduled[1]!.ms).to.equal(60_000);
    clock.hostDisconnected();
    expect(clock.running).to.equal(false);
    expect(cleared).to.deep.equal([scheduled[1]!.handle]);
  });

  it('does not re-render while the host shows a fixed time', () => {
    const { timers, scheduled } = fakeTimers(0);
    const host = fakeHost();
    const clock = new MinuteClock(host, () => false, timers);
    clock.hostConnected();
    scheduled[0]!.callback();
    expect(host.updates).to.equal(0);
    expect(clock.running, 'it keeps ticking in case the fixed time is removed').to.equal(true);
  });
});
