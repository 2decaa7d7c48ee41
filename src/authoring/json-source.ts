/**
 * A strict JSON parser that remembers where every value is, so that a problem at a JSON path
 * (`$.offices[3].address.postcode`) can be shown at its line and column, and that explains syntax
 * errors in plain words ("a comma is missing", "JSON does not allow comments"). It also finds what
 * `JSON.parse` hides: a field written twice in one object (only the last one would count).
 *
 * Lines and columns start at 1; a column counts characters (UTF-16 code units, as editors do).
 * Pure: no DOM, no Node; the CLI and the preview page share it.
 */
import { formatPath } from '../internal/json-path.js';

/** A place in a text: 1-based line and column, 0-based offset. */
export interface Position {
  line: number;
  column: number;
  offset: number;
}

/** A field given twice in one object. */
interface DuplicateKey {
  /** The JSON path of the field (`$.offices[0].name`). */
  path: string;
  key: string;
  /** Where the second (winning) occurrence's name is. */
  at: Position;
  /** Where the first (ignored) occurrence's name is. */
  first: Position;
}

export interface ParsedJson {
  value: unknown;
  /** Where each value starts, by JSON path. */
  positions: ReadonlyMap<string, Position>;
  duplicateKeys: readonly DuplicateKey[];
}

/** The text is not valid JSON: `message` says why in plain words, `position` where. */
export class JsonSyntaxError extends Error {
  override readonly name = 'JsonSyntaxError';
  readonly position: Position;
  constructor(message: string, position: Position) {
    super(message);
    this.position = position;
  }
}

const WHITESPACE = new Set([' ', '\t', '\n', '\r']);

function describeChar(ch: string | undefined): string {
  if (ch === undefined) return 'the end of the file';
  if (ch === '\n' || ch === '\r') return 'the end of the line';
  return `"${ch}"`;
}

class Parser {
  private pos = 0;
  private line = 1;
  private lineStart = 0;
  readonly positions = new Map<string, Position>();
  readonly duplicateKeys: DuplicateKey[] = [];

  constructor(private readonly text: string) {
    // A byte order mark is not part of the JSON; editors do not count it as a column.
    if (text.charCodeAt(0) === 0xfeff) {
      this.pos = 1;
      this.lineStart = 1;
    }
  }

  parse(): unknown {
    this.skipSpace();
    if (this.pos >= this.text.length) throw this.error('the file is empty: it should hold one JSON object, starting with "{"');
    const value = this.value([]);
    this.skipSpace();
    if (this.pos < this.text.length) {
      throw this.error(
        `there is more after the end of the JSON value, starting with ${describeChar(this.peek())}: a file holds one object, so check the braces { } above`,
      );
    }
    return value;
  }

  private here(): Position {
    return { line: this.line, column: this.pos - this.lineStart + 1, offset: this.pos };
  }

  private error(message: string, at: Position = this.here()): JsonSyntaxError {
    return new JsonSyntaxError(message, at);
  }

  private peek(): string | undefined {
    return this.text[this.pos];
  }

  private skipSpace(): void {
    for (;;) {
      const ch = this.text[this.pos];
      if (ch === undefined) return;
      if (ch === '\n') {
        this.pos += 1;
        this.line += 1;
        this.lineStart = this.pos;
      } else if (ch === '\r') {
        this.pos += 1;
        if (this.text[this.pos] === '\n') this.pos += 1;
        this.line += 1;
        this.lineStart = this.pos;
      } else if (WHITESPACE.has(ch)) {
        this.pos += 1;
      } else if (ch === '/' && (this.text[this.pos + 1] === '/' || this.text[this.pos + 1] === '*')) {
        throw this.error('JSON does not allow comments (// or /* */): remove the comment');
      } else {
        return;
      }
    }
  }

  private value(path: PropertyKey[]): unknown {
    const start = this.here();
    this.positions.set(formatPath(path), start);
    const ch = this.peek();
    switch (ch) {
      case '{':
        return this.object(path);
      case '[':
        return this.array(path);
      case '"':
        return this.string();
      case "'":
        throw this.error('text must be in double quotes ("..."), not single quotes');
      case undefined:
        throw this.error('the file ends too early: a value is missing (and maybe a closing "}" or "]")');
      default:
        if (ch === '-' || (ch >= '0' && ch <= '9')) return this.number();
        return this.word();
    }
  }

  private word(): unknown {
    const start = this.here();
    const match = /^[A-Za-z_$][\w$]*/.exec(this.text.slice(this.pos, this.pos + 40));
    const word = match?.[0];
    if (word === 'true' || word === 'false' || word === 'null') {
      this.pos += word.length;
      return word === 'true' ? true : word === 'false' ? false : null;
    }
    if (word === 'True' || word === 'False' || word === 'TRUE' || word === 'FALSE') {
      throw this.error(`write ${word.toLowerCase()} in small letters`, start);
    }
    if (word) {
      throw this.error(
        `unexpected word "${word}": text must be in double quotes ("${word}"); other values are numbers, true, false, null, {...} or [...]`,
        start,
      );
    }
    const ch = this.peek();
    if (ch === '}' || ch === ']' || ch === ',') throw this.error(`a value is missing before ${describeChar(ch)}`, start);
    throw this.error(`unexpected ${describeChar(ch)}: a value is text in double quotes, a number, true, false, null, {...} or [...]`, start);
  }

  private number(): number {
    const start = this.here();
    const match = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(this.text.slice(this.pos, this.pos + 400));
    if (!match) throw this.error('this is not a number', start);
    const next = this.text[this.pos + match[0].length];
    if (next !== undefined && /[\w.]/.test(next)) {
      throw this.error(
        `"${this.text.slice(this.pos, this.pos + match[0].length + 1)}..." is not a number: numbers use a dot for decimals and no leading zeros; put other text in double quotes`,
        start,
      );
    }
    this.pos += match[0].length;
    return Number(match[0]);
  }

  private string(): string {
    const start = this.here();
    this.pos += 1;
    let out = '';
    for (;;) {
      const ch = this.text[this.pos];
      if (ch === undefined) throw this.error('a text is not closed: a double quote (") is missing at its end', start);
      if (ch === '"') {
        this.pos += 1;
        return out;
      }
      if (ch === '\n' || ch === '\r') {
        throw this.error('a text is not closed on its line: close it with a double quote ("), and write a line break inside a text as \\n', start);
      }
      if (ch < ' ') throw this.error('a text holds a control character (such as a tab): write a tab as \\t', this.here());
      if (ch === '\\') {
        const escape = this.text[this.pos + 1];
        const simple: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
        if (escape !== undefined && simple[escape] !== undefined) {
          out += simple[escape];
          this.pos += 2;
          continue;
        }
        if (escape === 'u' && /^[0-9a-fA-F]{4}$/.test(this.text.slice(this.pos + 2, this.pos + 6))) {
          out += String.fromCharCode(parseInt(this.text.slice(this.pos + 2, this.pos + 6), 16));
          this.pos += 6;
          continue;
        }
        throw this.error(`"\\${escape ?? ''}" is not allowed in a text: write a backslash as \\\\, a double quote as \\", a line break as \\n`);
      }
      out += ch;
      this.pos += 1;
    }
  }

  private object(path: PropertyKey[]): Record<string, unknown> {
    const open = this.here();
    this.pos += 1;
    const out: Record<string, unknown> = {};
    const keys = new Map<string, Position>();
    this.skipSpace();
    if (this.peek() === '}') {
      this.pos += 1;
      return out;
    }
    for (;;) {
      this.skipSpace();
      const keyAt = this.here();
      const ch = this.peek();
      if (ch === '}') throw this.error('there is a comma before "}": remove the last comma');
      if (ch === undefined)
        throw this.error(`the file ends too early: a "}" is missing (the object opened at line ${open.line}, column ${open.column})`);
      if (ch === "'") throw this.error('field names must be in double quotes ("name"), not single quotes');
      if (ch !== '"') {
        const word = /^[A-Za-z_$][\w$-]*/.exec(this.text.slice(this.pos, this.pos + 40))?.[0];
        throw this.error(
          word ? `field names must be in double quotes: "${word}"` : `expected a field name in double quotes, found ${describeChar(ch)}`,
        );
      }
      const key = this.string();
      this.skipSpace();
      if (this.peek() !== ':') throw this.error(`a colon (:) is missing after the field name "${key}"`);
      this.pos += 1;
      this.skipSpace();
      const childPath = [...path, key];
      const first = keys.get(key);
      if (first) this.duplicateKeys.push({ path: formatPath(childPath), key, at: keyAt, first });
      keys.set(key, keyAt);
      const value = this.value(childPath);
      // Like JSON.parse, the last occurrence wins; defineProperty keeps "__proto__" an ordinary field.
      Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
      this.skipSpace();
      const after = this.peek();
      if (after === ',') {
        this.pos += 1;
        continue;
      }
      if (after === '}') {
        this.pos += 1;
        return out;
      }
      if (after === undefined)
        throw this.error(`the file ends too early: a "}" is missing (the object opened at line ${open.line}, column ${open.column})`);
      if (after === '"') throw this.error('a comma is missing before this field');
      throw this.error(`expected a comma or "}" after the value of "${key}", found ${describeChar(after)}`);
    }
  }

  private array(path: PropertyKey[]): unknown[] {
    const open = this.here();
    this.pos += 1;
    const out: unknown[] = [];
    this.skipSpace();
    if (this.peek() === ']') {
      this.pos += 1;
      return out;
    }
    for (;;) {
      this.skipSpace();
      if (this.peek() === ']') throw this.error('there is a comma before "]": remove the last comma');
      if (this.peek() === undefined)
        throw this.error(`the file ends too early: a "]" is missing (the list opened at line ${open.line}, column ${open.column})`);
      out.push(this.value([...path, out.length]));
      this.skipSpace();
      const after = this.peek();
      if (after === ',') {
        this.pos += 1;
        continue;
      }
      if (after === ']') {
        this.pos += 1;
        return out;
      }
      if (after === undefined)
        throw this.error(`the file ends too early: a "]" is missing (the list opened at line ${open.line}, column ${open.column})`);
      if (after === '}') throw this.error(`found "}" where the list opened at line ${open.line}, column ${open.column} should close with "]"`);
      throw this.error(`a comma is missing between two items of the list (or a "]" at its end), found ${describeChar(after)}`);
    }
  }
}

/** Parses JSON text; throws a JsonSyntaxError saying where and why when it is not valid JSON. */
export function parseJson(text: string): ParsedJson {
  const parser = new Parser(text);
  const value = parser.parse();
  return { value, positions: parser.positions, duplicateKeys: parser.duplicateKeys };
}

const SEGMENT = /^(?:\.([A-Za-z_$][A-Za-z0-9_$]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\])/;

/** The segments of a JSON path written by `formatPath`: `$.a[2]["fr-BE"]` -> `['a', 2, 'fr-BE']`. */
export function parsePath(path: string): PropertyKey[] | undefined {
  if (!path.startsWith('$')) return undefined;
  const segments: PropertyKey[] = [];
  let rest = path.slice(1);
  while (rest.length > 0) {
    const match = SEGMENT.exec(rest);
    if (!match) return undefined;
    if (match[1] !== undefined) segments.push(match[1]);
    else if (match[2] !== undefined) segments.push(Number(match[2]));
    else segments.push(JSON.parse(match[3]!) as string);
    rest = rest.slice(match[0].length);
  }
  return segments;
}

/**
 * Where the value at `path` starts. A path to something missing (a required field left out) points at
 * the nearest enclosing value that is there: the object the field should be in.
 */
export function locate(parsed: Pick<ParsedJson, 'positions'>, path: string): Position {
  const exact = parsed.positions.get(path);
  if (exact) return exact;
  const segments = parsePath(path) ?? [];
  for (let length = segments.length - 1; length >= 0; length -= 1) {
    const found = parsed.positions.get(formatPath(segments.slice(0, length)));
    if (found) return found;
  }
  return { line: 1, column: 1, offset: 0 };
}
