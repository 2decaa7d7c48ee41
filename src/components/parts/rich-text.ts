import { html, nothing, type TemplateResult } from 'lit';
import { parseRichText, type RichTextDocument, type RichTextInline } from '../../logic/rich-text.js';

/**
 * Renders content rich text (the Markdown subset of src/logic/rich-text.ts) with Lit templates: text
 * through text bindings, links only to checked https, tel and mailto URLs. Never HTML, never innerHTML.
 *
 * `richText(source)` gives `<p>` and `<ul>` blocks; with `{ inline: true }` a single paragraph renders
 * without its `<p>` (for a sentence inside other markup). Links carry `rel="noopener noreferrer"` so the
 * page the reader came from is not passed on. A glossary term (`[label](term:id)`) renders through
 * `options.term` (the element's `<fl-term>` with the explanation), or as its label alone without it.
 */
export function richText(
  source: string | RichTextDocument | undefined | null,
  options: { inline?: boolean; term?: TermRenderer } = {},
): TemplateResult | typeof nothing {
  if (source === undefined || source === null || source === '') return nothing;
  const doc = typeof source === 'string' ? parsed(source) : source;
  const only = doc[0];
  const inline = (nodes: RichTextInline[]): unknown[] =>
    nodes.map((node) => {
      switch (node.type) {
        case 'text':
          return node.value;
        case 'strong':
          return html`<strong>${inline(node.children)}</strong>`;
        case 'link':
          return html`<a href=${node.href} rel="noopener noreferrer">${inline(node.children)}</a>`;
        case 'term':
          return options.term ? options.term(node.id, inline(node.children)) : inline(node.children);
      }
    });
  if (options.inline && doc.length === 1 && only?.type === 'paragraph') return html`${inline(only.children)}`;
  return html`${doc.map((block) =>
    block.type === 'paragraph' ? html`<p>${inline(block.children)}</p>` : html`<ul>${block.items.map((item) => html`<li>${inline(item)}</li>`)}</ul>`,
  )}`;
}

/** Renders a glossary term of rich text: its id and its label (already rendered). */
export type TermRenderer = (id: string, label: unknown) => unknown;

// Elements re-render often; the same strings come back. A small bounded memo avoids parsing them again.
const memo = new Map<string, RichTextDocument>();
function parsed(source: string): RichTextDocument {
  let doc = memo.get(source);
  if (!doc) {
    doc = parseRichText(source);
    if (memo.size >= 500) memo.delete(memo.keys().next().value!);
    memo.set(source, doc);
  }
  return doc;
}
