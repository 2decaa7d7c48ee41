/**
 * JSON.parse and JSON.stringify as steps (see ../internal/steps.ts), for files of thousands of records:
 * one native call on a 5 MB file blocks the main thread for a few hundred milliseconds on a cheap phone.
 *
 * Parsing walks the outer containers itself and hands every value shorter than {@link LEAF_CHARS} (a
 * record, usually) to `JSON.parse`, pausing between values; what it returns equals `JSON.parse(text)`
 * and what `JSON.parse` refuses it refuses, with a SyntaxError that gives the position. Stringifying
 * returns the text in parts (for a Blob or a Response), pausing between the records of large arrays and
 * objects; the parts joined equal `JSON.stringify(value)` for JSON data (no `toJSON` or replacer needed
 * here: content is plain data). No DOM.
 */
import type { Steps } from '../internal/steps.js';

/** A container whose text is at most this long is parsed with one `JSON.parse` call. */
export const LEAF_CHARS = 16_384;
/** Containers nested deeper than this are parsed with one `JSON.parse` call whatever their size (content is never that deep). */
const MAX_WALK_DEPTH = 16;
/** Bytes decoded at a time. */
const DECODE_BYTES = 256 * 1024;
/** Characters encoded at a time. */
const ENCODE_CHARS = 32 * 1024;
/** Arrays and objects with more entries than this are stringified entry by entry. */
const LEAF_ENTRIES = 64;

const QUOTE = 34;
const BACKSLASH = 92;
const COMMA = 44;
const COLON = 58;
const OPEN_BRACE = 123;
const CLOSE_BRACE = 125;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;

const isSpace = (code: number) => code === 32 || code === 10 || code === 13 || code === 9;

function describe(text: string, at: number): string {
  return at >= text.length ? 'Unexpected end of JSON input' : `Unexpected token '${text[at]}' in JSON at position ${at}`;
}

/** Sets `key` as an own property, also `__proto__` (as JSON.parse does: a plain property, never the prototype). */
function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__') Object.defineProperty(target, key, { value, writable: true, enumerable: true, configurable: true });
  else target[key] = value;
}

class Parser {
  at = 0;

  constructor(private readonly text: string) {}

  fail(at = this.at): never {
    throw new SyntaxError(describe(this.text, at));
  }

  space(): void {
    const text = this.text;
    while (this.at < text.length && isSpace(text.charCodeAt(this.at))) this.at += 1;
  }

  expect(code: number): void {
    if (this.text.charCodeAt(this.at) !== code) this.fail();
    this.at += 1;
  }

  /** The end of the string that starts at `from` (after its closing quote), or -1. */
  stringEnd(from: number): number {
    const text = this.text;
    for (let i = from + 1; i < text.length; i += 1) {
      const code = text.charCodeAt(i);
      if (code === BACKSLASH) i += 1;
      else if (code === QUOTE) return i + 1;
    }
    return -1;
  }

  /** Where the container that starts at `from` ends, when that is within `limit` characters; else -1. */
  containerEnd(from: number, limit: number): number {
    const text = this.text;
    const stop = Math.min(text.length, from + limit);
    let depth = 0;
    for (let i = from; i < stop; i += 1) {
      const code = text.charCodeAt(i);
      if (code === QUOTE) {
        const end = this.stringEnd(i);
        if (end < 0) return -1;
        i = end - 1;
      } else if (code === OPEN_BRACE || code === OPEN_BRACKET) {
        depth += 1;
      } else if (code === CLOSE_BRACE || code === CLOSE_BRACKET) {
        depth -= 1;
        if (depth === 0) return i + 1;
      }
    }
    return -1;
  }

  /** Where the scalar (string, number, true, false, null) that starts here ends. */
  scalarEnd(): number {
    const text = this.text;
    if (text.charCodeAt(this.at) === QUOTE) {
      const end = this.stringEnd(this.at);
      return end < 0 ? this.fail(text.length) : end;
    }
    let i = this.at;
    while (i < text.length) {
      const code = text.charCodeAt(i);
      if (code === COMMA || code === CLOSE_BRACE || code === CLOSE_BRACKET || isSpace(code)) break;
      i += 1;
    }
    return i;
  }

  /** `JSON.parse` of text[from, to), with positions in errors counted from the start of the whole text. */
  leaf(from: number, to: number): unknown {
    try {
      return JSON.parse(this.text.slice(from, to));
    } catch (error) {
      const inner = /position (\d+)/.exec(String((error as Error).message));
      throw new SyntaxError(inner ? describe(this.text, from + Number(inner[1])) : `${(error as Error).message} (in the value at position ${from})`);
    }
  }

  *value(depth: number): Steps<unknown> {
    const start = this.at;
    const code = this.text.charCodeAt(start);
    if (code !== OPEN_BRACE && code !== OPEN_BRACKET) {
      if (start >= this.text.length) this.fail();
      this.at = this.scalarEnd();
      return this.leaf(start, this.at);
    }
    const end = this.containerEnd(start, depth < MAX_WALK_DEPTH ? LEAF_CHARS : Infinity);
    if (end > 0) {
      this.at = end;
      return this.leaf(start, end);
    }
    if (depth >= MAX_WALK_DEPTH) this.fail(this.text.length);
    return code === OPEN_BRACE ? yield* this.object(depth) : yield* this.array(depth);
  }

  *array(depth: number): Steps<unknown[]> {
    this.expect(OPEN_BRACKET);
    const out: unknown[] = [];
    this.space();
    if (this.text.charCodeAt(this.at) === CLOSE_BRACKET) {
      this.at += 1;
      return out;
    }
    for (;;) {
      this.space();
      out.push(yield* this.value(depth + 1));
      yield;
      this.space();
      if (this.text.charCodeAt(this.at) === CLOSE_BRACKET) {
        this.at += 1;
        return out;
      }
      this.expect(COMMA);
    }
  }

  *object(depth: number): Steps<Record<string, unknown>> {
    this.expect(OPEN_BRACE);
    const out: Record<string, unknown> = {};
    this.space();
    if (this.text.charCodeAt(this.at) === CLOSE_BRACE) {
      this.at += 1;
      return out;
    }
    for (;;) {
      this.space();
      if (this.text.charCodeAt(this.at) !== QUOTE) this.fail();
      const keyStart = this.at;
      this.at = this.scalarEnd();
      const key = this.leaf(keyStart, this.at) as string;
      this.space();
      this.expect(COLON);
      this.space();
      setOwn(out, key, yield* this.value(depth + 1));
      yield;
      this.space();
      if (this.text.charCodeAt(this.at) === CLOSE_BRACE) {
        this.at += 1;
        return out;
      }
      this.expect(COMMA);
    }
  }
}

/** UTF-8 `bytes` decoded as text (as `Response.text()` does) in pieces of {@link DECODE_BYTES}, as steps. */
export function* decodeUtf8Steps(bytes: ArrayBuffer | Uint8Array): Steps<string> {
  const view = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  const decoder = new TextDecoder();
  if (view.length <= DECODE_BYTES) return decoder.decode(view);
  const pieces: string[] = [];
  for (let at = 0; at < view.length; at += DECODE_BYTES) {
    pieces.push(decoder.decode(view.subarray(at, at + DECODE_BYTES), { stream: true }));
    yield;
  }
  pieces.push(decoder.decode());
  return pieces.join('');
}

/** `JSON.parse` of UTF-8 `bytes`, as steps: decoded, then parsed, in pieces. */
export function* readJsonSteps(bytes: ArrayBuffer | Uint8Array): Steps<unknown> {
  return yield* parseJsonSteps(yield* decodeUtf8Steps(bytes));
}

/** `JSON.parse(text)` as steps. */
export function* parseJsonSteps(text: string): Steps<unknown> {
  if (text.length <= LEAF_CHARS) return JSON.parse(text) as unknown;
  const parser = new Parser(text);
  parser.space();
  const value = yield* parser.value(0);
  parser.space();
  if (parser.at < text.length) parser.fail();
  return value;
}

const isContainer = (value: unknown): value is object => typeof value === 'object' && value !== null;
const skipped = (value: unknown) => value === undefined || typeof value === 'function' || typeof value === 'symbol';

function entryCount(value: object): number {
  if (Array.isArray(value)) return value.length;
  let count = 0;
  for (const key in value) if (Object.hasOwn(value, key) && (count += 1) > LEAF_ENTRIES) break;
  return count;
}

function* stringifyInto(parts: string[], value: unknown, depth: number): Steps<void> {
  // The outer three levels (a device copy, its data, the data's top fields such as a table of places) are
  // always walked; deeper, only large arrays and objects.
  if (!isContainer(value) || (depth >= 3 && entryCount(value) <= LEAF_ENTRIES)) {
    parts.push(JSON.stringify(value) ?? 'null');
    return;
  }
  if (Array.isArray(value)) {
    parts.push('[');
    for (let i = 0; i < value.length; i += 1) {
      if (i > 0) parts.push(',');
      const item: unknown = value[i];
      if (skipped(item)) parts.push('null');
      else yield* stringifyInto(parts, item, depth + 1);
      yield;
    }
    parts.push(']');
    return;
  }
  parts.push('{');
  let first = true;
  for (const [key, item] of Object.entries(value)) {
    if (skipped(item)) continue;
    parts.push(`${first ? '' : ','}${JSON.stringify(key)}:`);
    first = false;
    yield* stringifyInto(parts, item, depth + 1);
    yield;
  }
  parts.push('}');
}

/** `JSON.stringify(value)` (plain JSON data) as steps; returns the text in parts, to be joined or put in a Blob. */
export function* stringifyJsonSteps(value: unknown): Steps<string[]> {
  const parts: string[] = [];
  yield* stringifyInto(parts, value, 0);
  return parts;
}

/** `value` as UTF-8 JSON (what `new Blob([JSON.stringify(value)])` holds), as steps: pieces of bytes for a Blob. */
export function* encodeJsonSteps(value: unknown): Steps<Uint8Array<ArrayBuffer>[]> {
  const parts = yield* stringifyJsonSteps(value);
  const encoder = new TextEncoder();
  const chunks: Uint8Array<ArrayBuffer>[] = [];
  let pending: string[] = [];
  let length = 0;
  const flush = () => {
    chunks.push(encoder.encode(pending.join('')));
    pending = [];
    length = 0;
  };
  for (const part of parts) {
    pending.push(part);
    length += part.length;
    if (length >= ENCODE_CHARS) {
      flush();
      yield;
    }
  }
  if (length > 0 || chunks.length === 0) flush();
  return chunks;
}
