/**
 * Reader words in a search: phrases readers type for their situation rather than for a service
 * ("sans papiers", "OQT", "بدون أوراق"), each standing for access facts and categories. A query that
 * holds one is searched as those facts and categories, and the phrase's words leave the word search
 * (so "médecin sans papiers" finds the doctors who help people without papers). The table is the
 * content's `readerWords` over the shipped defaults, compiled once per dataset (`compileReaderWords` in
 * ./reader-words.ts, a chunk loaded when the reader types).
 */
import { normalizeText } from './text.js';

/** One phrase of the table. */
export interface Phrase {
  id: string;
  /** The phrase folded as a query is (./text.ts), without the outer spaces. */
  text: string;
  flags: number;
  categories: readonly string[];
}

/** Reader phrases ready to match, longest first (so "ordre de quitter le territoire" wins over "ordre de quitter"). */
export interface ReaderPhrases {
  readonly phrases: readonly Phrase[];
}

/** What a query's reader phrases stand for. */
export interface PhraseMatch {
  /** The query without the phrases found (folded). */
  rest: string;
  /** Access flags every result must have (`FLAG` bits). */
  flags: number;
  /** One list per phrase with categories: a result must be in one category of each list. */
  categoryGroups: string[][];
  /** The `id`s of the entries found, in the order found. */
  found: string[];
}

/** The reader phrases in `query` (whole words only), and the query without them. */
export function matchReaderWords(query: string, table: ReaderPhrases): PhraseMatch {
  let text = ` ${normalizeText(query)} `;
  const match: PhraseMatch = { rest: '', flags: 0, categoryGroups: [], found: [] };
  for (const phrase of table.phrases) {
    const needle = ` ${phrase.text} `;
    if (!text.includes(needle)) continue;
    text = text.split(needle).join(' ');
    if (match.found.includes(phrase.id)) continue;
    match.found.push(phrase.id);
    match.flags |= phrase.flags;
    if (phrase.categories.length > 0) match.categoryGroups.push([...phrase.categories]);
  }
  match.rest = text.trim().replace(/ +/g, ' ');
  return match;
}
