/**
 * A build plugin that minifies the whitespace and comments of Lit `html`, `svg` and `css` template
 * literals in our sources (what and why: ./minify-templates/core.ts). Library builds only: the dev
 * server, the tests and Storybook see the sources as written; `npm run check:dist` renders the built files beside
 * the sources in Chromium and compares.
 *
 * Templates passed to `msg()` are left alone: @lit/localize derives the id of a message without an
 * explicit `id` from its text.
 */
import type { Plugin } from 'vite';
import { parseAst } from 'vite';
import { applyEdits, checkCssForPreservedWhitespace, minifyParts, type Edit, type TemplateKind } from './minify-templates/core.js';

const TAGS: Record<string, TemplateKind> = { html: 'html', svg: 'html', css: 'css' };

interface Node {
  type: string;
  start: number;
  end: number;
  [key: string]: unknown;
}

interface TemplateElement extends Node {
  value: { raw: string };
}

const isNode = (value: unknown): value is Node => typeof value === 'object' && value !== null && typeof (value as Node).type === 'string';

/** Every tagged template of a known tag, outside `msg(...)` calls, in source order. */
function templates(program: Node): { kind: TemplateKind; quasis: TemplateElement[] }[] {
  const found: { kind: TemplateKind; quasis: TemplateElement[] }[] = [];
  const visit = (node: Node, inMsg: boolean) => {
    if (node.type === 'CallExpression' && isNode(node.callee) && node.callee.type === 'Identifier' && node.callee.name === 'msg') inMsg = true;
    if (node.type === 'TaggedTemplateExpression' && !inMsg && isNode(node.tag) && node.tag.type === 'Identifier') {
      const kind = TAGS[node.tag.name as string];
      if (kind) found.push({ kind, quasis: (node.quasi as Node).quasis as TemplateElement[] });
    }
    for (const key of Object.keys(node)) {
      const value = node[key];
      if (Array.isArray(value)) {
        for (const child of value) if (isNode(child)) visit(child, inMsg);
      } else if (isNode(value)) {
        visit(value, inMsg);
      }
    }
  };
  visit(program, false);
  return found.sort((a, b) => a.quasis[0]!.start - b.quasis[0]!.start);
}

/** The minified code of one module and its source map, or `undefined` when nothing changes. */
function minifyModuleTemplates(code: string, id: string) {
  const program = parseAst(code, { lang: 'js' }) as unknown as Node;
  const edits: Edit[] = [];
  for (const template of templates(program)) {
    const raws = template.quasis.map((quasi) => code.slice(quasi.start, quasi.end));
    if (template.kind === 'css') checkCssForPreservedWhitespace(raws);
    const minified = minifyParts(template.kind, raws);
    if (!minified) continue;
    template.quasis.forEach((quasi, index) => {
      if (minified[index] !== raws[index]) edits.push({ start: quasi.start, end: quasi.end, text: minified[index]! });
    });
  }
  if (edits.length === 0) return undefined;
  edits.sort((a, b) => a.start - b.start);
  return applyEdits(code, edits, id);
}

/** The plugin: our TypeScript sources, after TypeScript is removed, in library builds only. */
export function minifyTemplates(): Plugin {
  return {
    name: 'frontline-widgets:minify-templates',
    // Library builds only (scripts/build.mjs): not the dev server, not Storybook's build.
    apply: (config, env) => env.command === 'build' && Boolean(config.build?.lib),
    transform: {
      filter: { id: /[\\/]src[\\/].*\.ts$/ },
      handler(code, id) {
        if (!/\b(html|svg|css)`/.test(code)) return null;
        return minifyModuleTemplates(code, id) ?? null;
      },
    },
  };
}
