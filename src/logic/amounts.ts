/**
 * Amounts that change over time (a fee, a premium): each amount of a cost says from which day it applies
 * (`validFrom`); on a given day the one that applies is the latest that has started. Pure: the day is
 * passed in (`YYYY-MM-DD`, Europe/Brussels), never read from a clock here.
 */
import type { Amount } from '../content/schema/common.js';
import { compareDates } from './zoned-time.js';

/** What the amounts of a cost say on one day. */
export interface AmountsOn<A extends Pick<Amount, 'validFrom'> = Amount> {
  /**
   * The amounts that apply on the day: the latest that has started, and any other from the same day
   * (per adult and per child), in file order. Empty when none has started.
   */
  current: A[];
  /** Amounts that applied before them, latest first (what a reader may have heard of). */
  earlier: A[];
  /** Amounts announced from a later day, earliest first. */
  later: A[];
}

const start = (amount: Pick<Amount, 'validFrom'>) => amount.validFrom ?? '';

/** Sorts `amounts` around `day` (an amount without `validFrom` counts as the oldest). */
export function amountsOn<A extends Pick<Amount, 'validFrom'>>(amounts: readonly A[], day: string): AmountsOn<A> {
  // A stable sort keeps the file order of amounts from the same day.
  const sorted = [...amounts].sort((a, b) => compareDates(start(a), start(b)));
  const started = sorted.filter((amount) => start(amount) <= day);
  const later = sorted.filter((amount) => start(amount) > day);
  const last = started[started.length - 1];
  if (!last) return { current: [], earlier: [], later };
  return {
    current: started.filter((amount) => start(amount) === start(last)),
    earlier: started.filter((amount) => start(amount) !== start(last)).reverse(),
    later,
  };
}
