/**
 * The reader's walk through the orientation questions (./question-tree.ts walks them): what the answers
 * so far lead to (procedures with the answers that led there, service categories, notes), and the path
 * as it is written in the page address (`?fl-path=0.1`, the index of each answer), so that browser Back
 * works and a frontline worker can share it. Pure: no DOM, no clock.
 */
import type { OrientationAnswer, OrientationQuestion } from '../content/schema/procedures.js';
import type { WalkStep } from './question-tree.js';

/** One answer the reader gave: the question and the answer. */
interface Given {
  question: OrientationQuestion;
  answer: OrientationAnswer;
}

/** What the answers of a walk lead to. */
export interface Outcome {
  /** True when the last answer leads to no further question: the result page shows. */
  finished: boolean;
  /** Procedures in the order the answers named them, each with the answers that led to it. */
  procedures: { id: string; reasons: Given[] }[];
  /** Service categories where a counsellor can help, in order, each once. */
  categories: string[];
  /** The answers that carry a note for the reader. */
  notes: Given[];
}

/** What the answered steps of a walk lead to. */
export function outcomeOf(steps: readonly WalkStep[]): Outcome {
  const procedures = new Map<string, Given[]>();
  const categories = new Set<string>();
  const notes: Given[] = [];
  for (const step of steps) {
    const answer = step.answer;
    if (!answer) continue;
    const given = { question: step.question, answer };
    for (const id of answer.procedures) procedures.set(id, [...(procedures.get(id) ?? []), given]);
    for (const id of answer.categories) categories.add(id);
    if (answer.note) notes.push(given);
  }
  const last = steps[steps.length - 1];
  return {
    finished: last?.answer !== undefined,
    procedures: [...procedures].map(([id, reasons]) => ({ id, reasons })),
    categories: [...categories],
    notes,
  };
}

/** The longest path kept from an address: longer ones are not from this element. */
const MAX_STEPS = 64;

/**
 * The query key of an orientation's path: `fl-path`, or `fl-<prefix>-path` to keep two orientations apart
 * (the host's `sync-url="b"`, as the service finder's `fl-b-q`).
 */
export function pathKey(prefix?: string): string {
  const clean = (prefix ?? '').toLowerCase().replace(/[^a-z0-9-]/g, '');
  return clean ? `fl-${clean}-path` : 'fl-path';
}

/** The answer indexes a page address holds under `key` (`?fl-path=0.2.1` -> [0, 2, 1]); [] when absent or garbled. */
export function pathFromSearch(search: string, key: string): number[] {
  const value = new URLSearchParams(search).get(key);
  if (!value || !/^\d{1,2}(\.\d{1,2})*$/.test(value)) return [];
  return value.split('.').slice(0, MAX_STEPS).map(Number);
}

/** `href` with the path under `key` (removed when empty); every other part of the address kept. */
export function urlWithPath(href: string, key: string, path: readonly number[]): string {
  const url = new URL(href);
  if (path.length === 0) url.searchParams.delete(key);
  else url.searchParams.set(key, path.slice(0, MAX_STEPS).join('.'));
  return url.href;
}

/**
 * The host's counsellor page with the service categories the answers lead to, under the service
 * finder's own key (`fl-category`, src/logic/finder.ts), so a page with `<fl-service-finder sync-url>`
 * opens on them. The host's address is kept as given otherwise; undefined when it is not http(s).
 */
export function counsellorHref(base: string, categories: readonly string[]): string | undefined {
  try {
    const url = new URL(base, typeof location === 'undefined' ? undefined : location.href);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
    if (categories.length > 0) url.searchParams.set('fl-category', categories.join(','));
    return url.href;
  } catch {
    return undefined;
  }
}
