/**
 * The rich text of content files: a small Markdown subset parsed into a small tree, which
 * src/components/parts/rich-text.ts renders with Lit templates (never as HTML).
 *
 * - Paragraphs are separated by blank lines; single line breaks stay inside the paragraph.
 * - Lines starting with `- ` form a bulleted list; an indented line continues the item above it.
 * - `**bold**`, `[label](url)` with `https:`, `tel:` or `mailto:` URLs only. A link to anything else
 *   (`javascript:`, `http:`, `data:`, a relative path) keeps its label as plain text.
 * - `[label](term:id)` names a glossary term of the same dataset (`[order to leave](term:order-to-leave)`):
 *   the label shows with the term's explanation; the authoring checks report an id that is not in the
 *   glossary (src/authoring/checks.ts).
 * - A backslash makes the next character literal: `\*`, `\[`, `\]`, `\(`, `\)`, `\\`, `\-`.
 * - Everything else, HTML included, is text.
 *
 * Pure: no DOM, no globals.
 */
import { safeLinkUrl } from '../internal/safe-url.js';

interface RichTextText {
  type: 'text';
  value: string;
}
interface RichTextStrong {
  type: 'strong';
  children: RichTextInline[];
}
interface RichTextLink {
  type: 'link';
  /** A checked `https:`, `tel:` or `mailto:` URL. */
  href: string;
  children: RichTextInline[];
}
interface RichTextTerm {
  type: 'term';
  /** The id of a glossary term. */
  id: string;
  children: RichTextInline[];
}
export type RichTextInline = RichTextText | RichTextStrong | RichTextLink | RichTextTerm;

/** A glossary term reference as a link target: `term:order-to-leave`. */
const TERM = /^term:([a-z0-9]+(?:-[a-z0-9]+)*)$/;

interface RichTextParagraph {
  type: 'paragraph';
  children: RichTextInline[];
}
interface RichTextList {
  type: 'list';
  items: RichTextInline[][];
}
type RichTextBlock = RichTextParagraph | RichTextList;

/** A parsed rich text: its blocks in order. */
export type RichTextDocument = RichTextBlock[];

const ESCAPABLE = new Set(['*', '[', ']', '(', ')', '\\', '-', '_', '`']);

/** Parses a rich text string into blocks. Never throws: what is not markup is text. */
export function parseRichText(source: string): RichTextDocument {
  const blocks: RichTextDocument = [];
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  let paragraph: string[] = [];
  let list: string[] | undefined;

  const flushParagraph = () => {
    if (paragraph.length > 0) blocks.push({ type: 'paragraph', children: parseInline(paragraph.join('\n')) });
    paragraph = [];
  };
  const flushList = () => {
    if (list && list.length > 0) blocks.push({ type: 'list', items: list.map((item) => parseInline(item)) });
    list = undefined;
  };

  for (const raw of lines) {
    const line = raw.replace(/\s+$/, '');
    if (line.trim() === '') {
      flushParagraph();
      flushList();
      continue;
    }
    const item = /^\s{0,3}- (.*)$/.exec(line);
    if (item) {
      flushParagraph();
      list ??= [];
      list.push(item[1]!.trim());
    } else if (list && /^\s+\S/.test(line)) {
      list[list.length - 1] += `\n${line.trim()}`;
    } else {
      flushList();
      paragraph.push(line.trim());
    }
  }
  flushParagraph();
  flushList();
  return blocks;
}

/** Parses inline markup (bold, links, escapes) into nodes. */
export function parseInline(source: string): RichTextInline[] {
  return new InlineParser(source).parse(false, false);
}

class InlineParser {
  private pos = 0;
  constructor(private readonly src: string) {}

  /** Parses until the end, or until a closing `**` (inStrong) or `]` (inLink) that it leaves unconsumed. */
  parse(inStrong: boolean, inLink: boolean): RichTextInline[] {
    const out: RichTextInline[] = [];
    let text = '';
    const flush = () => {
      if (text) push(out, { type: 'text', value: text });
      text = '';
    };
    while (this.pos < this.src.length) {
      const ch = this.src[this.pos]!;
      if (ch === '\\' && this.pos + 1 < this.src.length && ESCAPABLE.has(this.src[this.pos + 1]!)) {
        text += this.src[this.pos + 1];
        this.pos += 2;
        continue;
      }
      if (this.src.startsWith('**', this.pos)) {
        if (inStrong) break;
        const strong = this.tryStrong(inLink);
        if (strong) {
          flush();
          out.push(strong);
          continue;
        }
        text += '**';
        this.pos += 2;
        continue;
      }
      if (ch === ']' && inLink) break;
      if (ch === '[' && !inLink) {
        const link = this.tryLink(inStrong);
        if (link) {
          flush();
          for (const node of link) push(out, node);
          continue;
        }
      }
      text += ch;
      this.pos += 1;
    }
    flush();
    return out;
  }

  private tryStrong(inLink: boolean): RichTextStrong | undefined {
    const start = this.pos;
    this.pos += 2;
    // `** text**` is not bold: the opening must touch the text, as in Markdown.
    if (/\s/.test(this.src[this.pos] ?? ' ')) {
      this.pos = start;
      return undefined;
    }
    const children = this.parse(true, inLink);
    if (this.src.startsWith('**', this.pos) && children.length > 0) {
      this.pos += 2;
      return { type: 'strong', children };
    }
    this.pos = start;
    return undefined;
  }

  /** Returns the link node, or the label's nodes as text when the URL is not allowed. */
  private tryLink(inStrong: boolean): RichTextInline[] | undefined {
    const start = this.pos;
    this.pos += 1;
    const children = this.parse(inStrong, true);
    if (this.src[this.pos] !== ']' || this.src[this.pos + 1] !== '(') {
      this.pos = start;
      return undefined;
    }
    const close = closingParen(this.src, this.pos + 2);
    if (close < 0) {
      this.pos = start;
      return undefined;
    }
    const url = this.src.slice(this.pos + 2, close);
    this.pos = close + 1;
    const term = TERM.exec(url);
    if (term && children.length > 0) return [{ type: 'term', id: term[1]!, children }];
    const href = safeLinkUrl(url);
    if (href === undefined) return children;
    return [{ type: 'link', href, children: children.length > 0 ? children : [{ type: 'text', value: href.replace(/^(tel|mailto):/i, '') }] }];
  }
}

/** The index of the `)` closing a link URL that starts at `from`, with balanced parentheses inside. */
function closingParen(src: string, from: number): number {
  let depth = 0;
  for (let i = from; i < src.length; i += 1) {
    const ch = src[i];
    if (ch === '\n') return -1;
    if (ch === '(') depth += 1;
    else if (ch === ')') {
      if (depth === 0) return i;
      depth -= 1;
    }
  }
  return -1;
}

/** The glossary term ids a rich text names (`[label](term:id)`), in order, each once. */
export function richTextTerms(source: string): string[] {
  const ids = new Set<string>();
  const visit = (nodes: readonly RichTextInline[]) => {
    for (const node of nodes) {
      if (node.type === 'term') ids.add(node.id);
      if (node.type !== 'text') visit(node.children);
    }
  };
  for (const block of parseRichText(source)) {
    if (block.type === 'paragraph') visit(block.children);
    else block.items.forEach(visit);
  }
  return [...ids];
}

function push(out: RichTextInline[], node: RichTextInline): void {
  const last = out[out.length - 1];
  if (node.type === 'text' && last?.type === 'text') last.value += node.value;
  else out.push(node);
}
