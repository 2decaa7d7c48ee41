/**
 * Whitespace and comment minification of Lit `html`, `svg` and `css` template literals, for the library
 * build (the plugin is ../minify-templates.ts). Pure string functions with no Node or DOM, so the tests
 * run them in the browser beside Lit itself.
 *
 * What changes, and why rendering stays the same:
 * - `html`/`svg`: in text and between attributes, the spaces and tabs around a line break are dropped
 *   (`>\n      <` becomes `>\n<`). The line break stays, so every whitespace run stays whitespace: the
 *   same text nodes render the same under `white-space` normal, nowrap and pre-line. Attribute values,
 *   comments and templates holding `<pre>`, `<textarea>`, `<style>` or `<script>` are left alone.
 *   (`white-space: pre`, `pre-wrap` or `break-spaces` would show the change: the plugin refuses to build
 *   when a `css` template uses them.)
 * - `css`: comments removed, whitespace runs collapsed to one space, and dropped next to `{ } ; ,` and
 *   after `:` (never before `:`, where it is a descendant combinator, and never around `+ - * /` or
 *   `>`); commas inside parentheses and in custom property values keep their space (values with a
 *   var() are kept as written until used); strings are left alone.
 * Each static part of a template is minified on its own, with the scanner's state carried across the
 * `${...}` between them, so bindings keep their places.
 */

export type TemplateKind = 'html' | 'css';

/** A change to a text: replace `[start, end)` with `text`. */
export interface Edit {
  start: number;
  end: number;
  text: string;
}

/** Raised for a template the minifier must not touch (the caller leaves that template as it is). */
class KeepTemplate extends Error {}

const RAW_TEXT = /^<(pre|textarea|style|script|title|xmp|plaintext|listing)[\s>/]/i;

type HtmlState = 'text' | 'tag' | 'dq' | 'sq' | 'comment';

/**
 * Minifies the static parts (`raw` text between `${...}`) of one `html`/`svg` template. Throws
 * KeepTemplate when the template must stay as written.
 */
export function minifyHtmlParts(parts: readonly string[]): string[] {
  let state: HtmlState = 'text';
  return parts.map((part) => {
    let out = '';
    let i = 0;
    while (i < part.length) {
      const ch = part[i]!;
      if (state === 'comment') {
        const close = part.indexOf('-->', i);
        if (close < 0) {
          out += part.slice(i);
          i = part.length;
        } else {
          out += part.slice(i, close + 3);
          i = close + 3;
          state = 'text';
        }
        continue;
      }
      if (state === 'dq' || state === 'sq') {
        const quote = state === 'dq' ? '"' : "'";
        const close = part.indexOf(quote, i);
        if (close < 0) {
          out += part.slice(i);
          i = part.length;
        } else {
          out += part.slice(i, close + 1);
          i = close + 1;
          state = 'tag';
        }
        continue;
      }
      if (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r' || ch === '\f') {
        let j = i;
        while (j < part.length && /[ \t\n\r\f]/.test(part[j]!)) j += 1;
        const run = part.slice(i, j);
        // A run with a line break keeps one line break and nothing else; others stay as they are.
        out += /[\n\r]/.test(run) ? '\n' : run;
        i = j;
        continue;
      }
      if (state === 'text') {
        if (ch === '<') {
          if (part.startsWith('<!--', i)) {
            state = 'comment';
            out += '<!--';
            i += 4;
            continue;
          }
          if (RAW_TEXT.test(part.slice(i, i + 12))) throw new KeepTemplate(`raw text element in ${part.slice(i, i + 12)}`);
          if (/[A-Za-z/!]/.test(part[i + 1] ?? '')) state = 'tag';
        }
        out += ch;
        i += 1;
        continue;
      }
      // state === 'tag'
      if (ch === '"') state = 'dq';
      else if (ch === "'") state = 'sq';
      else if (ch === '>') state = 'text';
      out += ch;
      i += 1;
    }
    return out;
  });
}

type CssState = 'normal' | 'dq' | 'sq' | 'comment';

const DROP_AROUND = new Set(['{', '}', ';', ',']);

/** Minifies the static parts of one `css` template. */
export function minifyCssParts(parts: readonly string[]): string[] {
  let state: CssState = 'normal';
  // Custom property values (`--x: a, b`) are kept token for token (a script may read them): only their
  // whitespace runs are collapsed, and the whitespace CSS trims around them dropped.
  let declarationStart = true;
  let custom = false;
  let depth = 0;
  const result = parts.map((part, index) => {
    let out = '';
    let i = 0;
    // Whitespace waiting to be written: dropped or written as one space once the next character is known.
    let pendingSpace = false;
    const flushSpace = (next: string) => {
      if (!pendingSpace) return;
      pendingSpace = false;
      const last = out.at(-1);
      // At the edge of a static part the neighbour is a `${...}`: keep the space unless syntax follows.
      if (last === undefined) {
        if (!DROP_AROUND.has(next)) out += ' ';
        return;
      }
      // Inside parentheses (`var(--x, 1rem)`, `color-mix(in srgb, a, b)`) values may stay unparsed until
      // used (a var() in them) and keep their spaces: so do we.
      if ((custom || depth > 0) && (last === ',' || next === ',')) {
        out += ' ';
        return;
      }
      if (DROP_AROUND.has(last) || DROP_AROUND.has(next) || last === ':') return;
      out += ' ';
    };
    while (i < part.length) {
      const ch = part[i]!;
      if (state === 'comment') {
        const close = part.indexOf('*/', i);
        if (close < 0) {
          i = part.length;
        } else {
          i = close + 2;
          state = 'normal';
          // A comment separates like whitespace (`a/**/b` is two tokens).
          pendingSpace = true;
        }
        continue;
      }
      if (state === 'dq' || state === 'sq') {
        const quote = state === 'dq' ? '"' : "'";
        let j = i;
        while (j < part.length && part[j] !== quote) j += part[j] === '\\' ? 2 : 1;
        if (j >= part.length) {
          out += part.slice(i);
          i = part.length;
        } else {
          out += part.slice(i, j + 1);
          i = j + 1;
          state = 'normal';
        }
        continue;
      }
      if (ch === '/' && part[i + 1] === '*') {
        state = 'comment';
        i += 2;
        continue;
      }
      if (/[ \t\n\r\f]/.test(ch)) {
        pendingSpace = true;
        i += 1;
        continue;
      }
      // `--x: ;` (an empty custom property) keeps its space.
      if (pendingSpace && ch === ';' && out.at(-1) === ':') {
        pendingSpace = false;
        out += ' ';
      }
      flushSpace(ch);
      if (declarationStart) {
        declarationStart = false;
        custom = part.startsWith('--', i);
      }
      if (ch === '(') depth += 1;
      else if (ch === ')') depth = Math.max(0, depth - 1);
      else if (depth === 0 && (ch === ';' || ch === '{' || ch === '}')) {
        declarationStart = true;
        custom = false;
      }
      if (ch === '"') state = 'dq';
      else if (ch === "'") state = 'sq';
      else if (ch === '\\') {
        out += part.slice(i, i + 2);
        i += 2;
        continue;
      } else if (ch === '}' && out.at(-1) === ';') out = out.slice(0, -1);
      out += ch;
      i += 1;
    }
    if (pendingSpace) {
      // Trailing whitespace: kept as one space before a `${...}`, dropped at the very end.
      if (index < parts.length - 1 && !DROP_AROUND.has(out.at(-1) ?? '{') && out.at(-1) !== ':') out += ' ';
    }
    return out;
  });
  if (result.length > 0) {
    // Leading whitespace of the whole template never matters.
    result[0] = result[0]!.replace(/^ /, '');
  }
  return result;
}

/** Throws when CSS would make the html minifier's whitespace changes visible. */
export function checkCssForPreservedWhitespace(parts: readonly string[]): void {
  const text = parts.join('');
  const match = /white-space\s*:\s*(pre-wrap|break-spaces|pre)(?![\w-])/.exec(text);
  if (match) {
    throw new Error(
      `"${match[0]}" shows template whitespace as written, and the build's template minifier changes it. ` +
        'Use white-space: pre-line (line breaks are kept), or exclude the template in scripts/minify-templates.ts.',
    );
  }
}

/** Minifies the parts of a template of `kind`; `undefined` when it must stay as written. */
export function minifyParts(kind: TemplateKind, parts: readonly string[]): string[] | undefined {
  try {
    return kind === 'css' ? minifyCssParts(parts) : minifyHtmlParts(parts);
  } catch (error) {
    if (error instanceof KeepTemplate) return undefined;
    throw error;
  }
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

function vlq(value: number): string {
  let rest = value < 0 ? (-value << 1) | 1 : value << 1;
  let out = '';
  do {
    let digit = rest & 31;
    rest >>>= 5;
    if (rest > 0) digit |= 32;
    out += BASE64[digit];
  } while (rest > 0);
  return out;
}

/** A source map (v3) of the changes, for the bundler to chain with the module's own. */
export interface EditMap {
  version: 3;
  sources: string[];
  sourcesContent: string[];
  names: string[];
  mappings: string;
}

/**
 * Applies `edits` (sorted, not overlapping) to `code` and returns the new code with a source map: every
 * unchanged character maps to where it was, each replacement to the start of what it replaced.
 */
export function applyEdits(code: string, edits: readonly Edit[], source: string): { code: string; map: EditMap } {
  const lineStarts = [0];
  for (let i = 0; i < code.length; i += 1) if (code[i] === '\n') lineStarts.push(i + 1);
  const position = (offset: number): [number, number] => {
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (lineStarts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return [low, offset - lineStarts[low]!];
  };

  const lines: string[][] = [[]];
  let column = 0;
  // Deltas: the generated column from the previous segment of the same line, the rest from the previous segment.
  let lineColumn = 0;
  let previous = { line: 0, column: 0 };
  let out = '';
  const mark = (offset: number) => {
    const [line, col] = position(offset);
    lines.at(-1)!.push(vlq(column - lineColumn) + vlq(0) + vlq(line - previous.line) + vlq(col - previous.column));
    lineColumn = column;
    previous = { line, column: col };
  };
  const write = (text: string, from: number, exact: boolean) => {
    mark(from);
    for (let i = 0; i < text.length; i += 1) {
      out += text[i];
      if (text[i] === '\n') {
        lines.push([]);
        column = 0;
        lineColumn = 0;
        if (i + 1 < text.length) mark(exact ? from + i + 1 : from);
      } else {
        column += 1;
      }
    }
  };
  let at = 0;
  for (const edit of edits) {
    if (edit.start > at) write(code.slice(at, edit.start), at, true);
    if (edit.text.length > 0) write(edit.text, edit.start, false);
    at = edit.end;
  }
  if (at < code.length) write(code.slice(at), at, true);
  return {
    code: out,
    map: { version: 3, sources: [source], sourcesContent: [code], names: [], mappings: lines.map((segments) => segments.join(',')).join(';') },
  };
}
