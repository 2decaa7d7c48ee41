/**
 * The words of a query and the index words each one matches: whole words, prefixes, or words one or two
 * typos away when nothing else matches. Stop words count only when nothing else was typed.
 */
import { lowerBound, type ServiceIndex } from './search-index.js';
import { boundedEditDistance, normalizeText } from './text.js';

const PREFIX_BASE = 0.55;
const PREFIX_LENGTH_BONUS = 0.35;
const TYPO_FACTOR = 0.4;

/** Words ignored in a query that has other words (articles, prepositions in the content languages). */
const STOP_WORDS = new Set([
  'a',
  'au',
  'aux',
  'de',
  'des',
  'du',
  'en',
  'et',
  'la',
  'le',
  'les',
  'l',
  'd',
  'un',
  'une',
  'pour',
  'avec',
  'sans',
  'het',
  'een',
  'van',
  'voor',
  'op',
  'in',
  'met',
  'zonder',
  'the',
  'of',
  'and',
  'for',
  'to',
  'with',
  'without',
  'der',
  'die',
  'das',
  'und',
  'fur',
  'mit',
  'ohne',
]);

/** The query words to search: folded, without duplicates, without stop words unless only stop words were typed. */
export function queryTerms(query: string): string[] {
  const folded = normalizeText(query);
  if (folded === '') return [];
  const words = [...new Set(folded.split(' '))];
  const meaningful = words.filter((word) => !STOP_WORDS.has(word));
  return meaningful.length > 0 ? meaningful : words;
}

/**
 * The query without a last word of one letter that the reader is still typing ("ocmw g"): one letter is too
 * short to search as a prefix, so the results of the words before it stay, instead of flashing to
 * "nothing found" (or to the few services with that letter as a word) at the first letter of every new
 * word. A letter followed by a space is a word of its own and counts; so does a digit (a postcode begins).
 */
export function withoutUnfinishedLetter(query: string): string {
  return UNFINISHED_LETTER.test(query) ? query.replace(LAST_LETTER, '') : query;
}
const UNFINISHED_LETTER = /(?:^|[^\p{L}\p{M}\p{N}])\p{L}\p{M}*$/u;
const LAST_LETTER = /\p{L}\p{M}*$/u;

/** Word ids matching a term, each with a factor: 1 for the whole word, less for a prefix. */
export function matchTerm(index: ServiceIndex, term: string): { ids: number[]; factors: number[]; fuzzy: boolean } {
  const ids: number[] = [];
  const factors: number[] = [];
  const { words } = index;
  const start = lowerBound(words, term);
  if (term.length < 2 && !/\d/.test(term)) {
    if (words[start] === term) {
      ids.push(start);
      factors.push(1);
    }
    return { ids, factors, fuzzy: false };
  }
  for (let i = start; i < words.length; i += 1) {
    const word = words[i]!;
    if (!word.startsWith(term)) break;
    ids.push(i);
    factors.push(word.length === term.length ? 1 : PREFIX_BASE + (PREFIX_LENGTH_BONUS * term.length) / word.length);
  }
  if (ids.length > 0 || term.length < 4 || /\d/.test(term)) return { ids, factors, fuzzy: false };
  // Typos: words of about the same length that start with the same letter (a typo in the first letter
  // is rare, and this keeps the scan to a few thousand words at most).
  const maxEdits = term.length >= 8 ? 2 : 1;
  const first = term[0]!;
  const end = lowerBound(words, String.fromCharCode(first.charCodeAt(0) + 1));
  for (let i = lowerBound(words, first); i < end; i += 1) {
    const word = words[i]!;
    // A typo never turns a search word into "een" or "the": those say nothing about a service.
    if (Math.abs(word.length - term.length) > maxEdits || STOP_WORDS.has(word)) continue;
    if (boundedEditDistance(term, word, maxEdits) <= maxEdits) {
      ids.push(i);
      factors.push(TYPO_FACTOR);
    }
  }
  return { ids, factors, fuzzy: ids.length > 0 };
}
