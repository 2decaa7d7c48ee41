import { html, nothing, type TemplateResult } from 'lit';
import { parseRichText, type RichTextDocument, type RichTextInline } from '../../logic/rich-text.js';

/**
 * Renders content rich text (the Markdown subset of src/logic/rich-text.ts) with Lit templates: text
 * through text bindings, links only to checked https, tel and mailto URLs. Never HTML, never innerHTML.
 *
 * `richText(source)` gives `<p>` and `<ul>` blocks; with `{ inline: true }` a single paragraph renders
 * without its `<p>` (for a sentence inside other markup). Links carry `rel="noopener noreferrer"` so the
 * page the reader came from is not passed on.
 */
export function richText(source: string | RichTextDocument | undefined | null, options: { inline?: boolean } = {}): TemplateResult | typeof nothing {
  if (source === undefined || source === null || source === '') return nothing;
  const doc = typeof source === 'string' ? parsed(source) : source;
  const only = doc[0];
  if (options.inline && doc.length === 1 && only?.type === 'paragraph') return html`${inline(only.children)}`;
  return html`${doc.map((block) =>
    block.type === 'paragraph' ? html`<p>${inline(block.children)}</p>` : html`<ul>${block.items.map((item) => html`<li>${inline(item)}</li>`)}</ul>`,
  )}`;
}

function inline(nodes: RichTextInline[]): unknown[] {
  return nodes.map((node) => {
    switch (node.type) {
      case 'text':
        return node.value;
      case 'strong':
        return html`<strong>${inline(node.children)}</strong>`;
      case 'link':
        return html`<a href=${node.href} rel="noopener noreferrer">${inline(node.children)}</a>`;
    }
  });
}

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
