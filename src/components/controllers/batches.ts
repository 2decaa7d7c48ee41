import type { ReactiveControllerHost } from 'lit';
import { yieldToMain } from '../../internal/steps.js';

/** Items rendered in the render that first shows a list, and added in each following task. */
const BATCH = 3;

/**
 * A list whose items are costly to create (a service card: about 70 elements) rendered a few items per
 * task the first time they show: three in the render that shows the list, then three more in each
 * following task, so that no task creates a whole page of them (ten service cards took 100 to 160 ms in
 * one task on a slow phone: bench/README.md). A list no longer than the most items rendered before renders
 * whole at once: lit fills the items it made then with new text, which costs little. The host renders
 * `count(total)` items and holds room for the rest.
 */
export class RenderInBatches {
  private allowed = BATCH;
  /** The next batch, once asked for (undefined when none is waiting): the host's `updateComplete` waits for it. Read only. */
  pending: Promise<void> | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    /** Gives the main thread back between batches (tests pass their own). */
    private readonly pause: () => Promise<void> = yieldToMain,
  ) {}

  /** How many of `total` items to render now; when that is not all of them, the host renders again a task later with more. */
  count(total: number): number {
    if (total > this.allowed) {
      this.pending ??= this.pause().then(() => {
        this.pending = undefined;
        this.allowed += BATCH;
        this.host.requestUpdate();
      });
    }
    return Math.min(total, this.allowed);
  }
}
