/**
 * Characters that content must not carry, or must not carry as they are: lone UTF-16 surrogates (half
 * of a pair, which `encodeURIComponent` throws on and UTF-8 cannot hold), control characters (invisible,
 * and line breaks that would start a new line in a calendar file), and the bidirectional controls that
 * reorder the text around them on screen. No DOM, no domain knowledge.
 */

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const LONE_SURROGATES = new RegExp(LONE_SURROGATE.source, 'g');

/** Whether `text` holds no lone surrogate (`String.prototype.isWellFormed`, which ES2023 lacks). */
export function isWellFormed(text: string): boolean {
  return !LONE_SURROGATE.test(text);
}

/** `text` with every lone surrogate replaced by U+FFFD (`String.prototype.toWellFormed`): safe to encode. */
export function toWellFormed(text: string): string {
  return isWellFormed(text) ? text : text.replace(LONE_SURROGATES, '\uFFFD');
}

// eslint-disable-next-line no-control-regex
const CONTROL_IN_TEXT = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
// eslint-disable-next-line no-control-regex
const CONTROL_IN_LINE = /[\u0000-\u001F\u007F-\u009F]/;

/** Whether `text` holds a control character other than a tab or a line break (`multiline`), or any at all. */
export function hasControlCharacter(text: string, multiline = true): boolean {
  return (multiline ? CONTROL_IN_TEXT : CONTROL_IN_LINE).test(text);
}

/**
 * The bidirectional embeddings, overrides and isolates (U+202A-U+202E, U+2066-U+2069). The marks
 * U+200E, U+200F and U+061C stay: they only hint at a direction, which Arabic text may need.
 */
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/;
const BIDI_CONTROLS = new RegExp(BIDI_CONTROL.source, 'g');

/** `text` without bidirectional embeddings, overrides and isolates (`text` itself when it has none). */
export function stripBidiControls(text: string): string {
  return BIDI_CONTROL.test(text) ? text.replace(BIDI_CONTROLS, '') : text;
}
