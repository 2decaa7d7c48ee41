/**
 * Text folding for search: case-, accent- and punctuation-insensitive, in every script the content uses.
 * `normalizeText("Médecins du Monde")` and `normalizeText("MEDECINS  du monde")` give the same string, so
 * "médecin" finds "medecin", "Œuvre" finds "oeuvre", and Arabic with or without vowel marks, hamza
 * forms or tatweel finds the same word.
 */

/** Letters that Unicode decomposition leaves whole but readers type as plain Latin letters. */
const FOLDS: Record<string, string> = {
  œ: 'oe',
  æ: 'ae',
  ß: 'ss',
  ẞ: 'ss',
  ø: 'o',
  đ: 'd',
  ð: 'd',
  ł: 'l',
  ı: 'i',
  þ: 'th',
  ŋ: 'n',
  // Arabic: alef wasla, alef maqsura, teh marbuta, Persian keheh and yeh, tatweel.
  ٱ: 'ا',
  ى: 'ي',
  ة: 'ه',
  ک: 'ك',
  ی: 'ي',
  ـ: '',
};
const FOLD_PATTERN = new RegExp(`[${Object.keys(FOLDS).join('')}]`, 'g');
/** Arabic-Indic (U+0660) and extended Arabic-Indic (U+06F0) digits, typed in Arabic and Persian keyboards. */
const EASTERN_DIGITS = /[\u0660-\u0669\u06f0-\u06f9]/g;
const MARKS = /\p{M}+/gu;
const SEPARATORS = /[^\p{L}\p{N}]+/gu;

/**
 * Folds text for comparison: compatibility decomposition (ligatures, presentation forms, full-width
 * letters), no combining marks (accents, Arabic vowel marks and hamza above or below), lower case,
 * the few letters in {@link FOLDS} replaced, Eastern Arabic digits as ASCII digits, and every run of
 * anything that is not a letter or a digit (spaces, apostrophes, hyphens, punctuation) as one space.
 */
export function normalizeText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(MARKS, '')
    .toLowerCase()
    .replace(FOLD_PATTERN, (ch) => FOLDS[ch] ?? ch)
    .replace(EASTERN_DIGITS, (ch) => String((ch.charCodeAt(0) & 0xf) % 10))
    .replace(SEPARATORS, ' ')
    .trim();
}

/** The searchable words of a text: folded by {@link normalizeText}, one letter or longer, digits kept. */
export function tokenize(text: string): string[] {
  const folded = normalizeText(text);
  return folded === '' ? [] : folded.split(' ');
}

/**
 * Levenshtein distance between two strings, or `max + 1` as soon as it must exceed `max` (so that
 * typo-tolerant matching stays cheap).
 */
export function boundedEditDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (b.length + 1 > rowA.length) {
    rowA = new Uint16Array(b.length + 1);
    rowB = new Uint16Array(b.length + 1);
  }
  let previous = rowA;
  let current = rowB;
  for (let j = 0; j <= b.length; j += 1) previous[j] = j;
  for (let i = 1; i <= a.length; i += 1) {
    current[0] = i;
    let rowMin = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j += 1) {
      const cost = ca === b.charCodeAt(j - 1) ? 0 : 1;
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return max + 1;
    const swap = previous;
    previous = current;
    current = swap;
  }
  return previous[b.length]!;
}

/** Reused rows of {@link boundedEditDistance}: typo matching compares one term with thousands of words. */
let rowA = new Uint16Array(32);
let rowB = new Uint16Array(32);
