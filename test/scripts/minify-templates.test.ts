import { expect, fixture } from '@open-wc/testing';
import { html, render, type CSSResultGroup, type CSSResultOrNative } from 'lit';
import { applyEdits, checkCssForPreservedWhitespace, minifyCssParts, minifyHtmlParts, minifyParts } from '../../scripts/minify-templates/core.js';
import { styles as walkinStyles } from '../../src/components/fl-walkin-schedule/fl-walkin-schedule.styles.js';
import { popoverStyles } from '../../src/components/parts/popover.js';
import { sharedStyles } from '../../src/components/parts/styles.js';

/** A TemplateStringsArray made of `parts`, as a tag function receives it. */
function strings(parts: readonly string[]): TemplateStringsArray {
  return Object.assign([...parts], { raw: [...parts] });
}

/** Every rule of `text` as the browser parses and serialises it. */
function parsed(text: string): string[] {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(text);
  return [...sheet.cssRules].map((rule) => rule.cssText);
}

function flatten(group: CSSResultGroup): CSSResultOrNative[] {
  return Array.isArray(group) ? group.flatMap((item) => flatten(item as CSSResultGroup)) : [group as CSSResultOrNative];
}

describe('template minifier (build)', () => {
  describe('html', () => {
    it('drops the indentation around line breaks and keeps one line break', () => {
      expect(minifyHtmlParts(['<ul>\n      <li>', '</li>\n    </ul>\n  '])).to.deep.equal(['<ul>\n<li>', '</li>\n</ul>\n']);
    });

    it('keeps spaces that are not around a line break, attribute values and comments as written', () => {
      const parts = ['<p title="a\n    b" class=x>one  two <b>three</b> ', ' <!-- keep\n    this --></p>'];
      expect(minifyHtmlParts(parts)).to.deep.equal(['<p title="a\n    b" class=x>one  two <b>three</b> ', ' <!-- keep\n    this --></p>']);
    });

    it('carries the state across bindings: a value split by ${} stays untouched', () => {
      expect(minifyHtmlParts(['<a class="one\n   ', '\n   two"\n    href=', '>\n  x</a>'])).to.deep.equal([
        '<a class="one\n   ',
        '\n   two"\nhref=',
        '>\nx</a>',
      ]);
    });

    it('leaves templates with pre, textarea, style or script alone', () => {
      for (const tag of ['pre', 'textarea', 'style', 'script', 'PRE'])
        expect(minifyParts('html', [`<div>\n  <${tag}>\n  x</${tag}></div>`]), tag).to.equal(undefined);
      expect(minifyParts('html', ['<div>\n  <preview-x></preview-x></div>'])).to.deep.equal(['<div>\n<preview-x></preview-x></div>']);
    });

    it('renders the same text, layout and bindings as the template as written', async () => {
      const parts = [
        '\n      <div class="box">\n        <span>One</span>\n        <span>two</span\n        ><span>three</span>\n        <a href=',
        '\n          class="link"\n          >',
        '</a\n        >\n        <button ?disabled=',
        ' @click=',
        '>\n          Go\n        </button>\n      </div>\n    ',
      ];
      let clicks = 0;
      const values = ['https://example.org/', 'Link text', false, () => (clicks += 1)];
      const before = await fixture<HTMLDivElement>(html`<div style="inline-size: 20rem"></div>`);
      const after = await fixture<HTMLDivElement>(html`<div style="inline-size: 20rem"></div>`);
      render(html(strings(parts), ...values), before);
      render(html(strings(minifyHtmlParts(parts)), ...values), after);
      expect(after.innerText).to.equal(before.innerText);
      expect(after.getBoundingClientRect().height).to.equal(before.getBoundingClientRect().height);
      const spans = (el: HTMLElement) => {
        const origin = el.getBoundingClientRect();
        return [...el.querySelectorAll('span, a, button')].map((node) => {
          const box = node.getBoundingClientRect();
          return [box.x - origin.x, box.y - origin.y, box.width, box.height];
        });
      };
      expect(spans(after)).to.deep.equal(spans(before));
      expect(after.querySelector('a')!.getAttribute('href')).to.equal('https://example.org/');
      after.querySelector('button')!.click();
      expect(clicks).to.equal(1);
    });
  });

  describe('css', () => {
    it('removes comments and the whitespace the syntax does not need', () => {
      expect(
        minifyCssParts([
          '\n  /* why */\n  a ,\n  b {\n    color : red ;\n    margin: 0 auto;\n    --list: a, b;\n    background: rgb(0, 0, 0);\n  }\n',
        ]),
      ).to.deep.equal(['a,b{color :red;margin:0 auto;--list:a, b;background:rgb(0, 0, 0)}']);
    });

    it('keeps descendant combinators before a colon, arithmetic, strings and empty custom properties', () => {
      expect(minifyCssParts([':host :is(a) { width: calc(1px + 2px); content: "a  /* b */  c"; --empty: ; }'])).to.deep.equal([
        ':host :is(a){width:calc(1px + 2px);content:"a  /* b */  c";--empty: }',
      ]);
    });

    it('keeps a space next to a binding', () => {
      expect(minifyCssParts(['a { margin: ', ' auto; }\n  .b ', ' { x: y }'])).to.deep.equal(['a{margin:', ' auto}.b ', '{x:y}']);
    });

    it('gives every stylesheet of the elements the same rules, as the browser parses them', () => {
      const results = flatten([sharedStyles, walkinStyles, popoverStyles]);
      expect(results.length).to.be.greaterThan(5);
      for (const result of results) {
        const text = (result as { cssText: string }).cssText;
        const minified = minifyCssParts([text]).join('');
        expect(minified.length, text.slice(0, 40)).to.be.lessThan(text.length);
        expect(parsed(minified), text.slice(0, 40)).to.deep.equal(parsed(text));
      }
    });

    it('refuses white-space values that would show the html minifier’s changes', () => {
      expect(() => checkCssForPreservedWhitespace(['p { white-space: pre-wrap; }'])).to.throw(/pre-wrap/);
      expect(() => checkCssForPreservedWhitespace(['p { white-space: pre; }'])).to.throw(/pre/);
      expect(() => checkCssForPreservedWhitespace(['p { white-space: pre-line; white-space: nowrap }'])).not.to.throw();
    });
  });

  describe('source map', () => {
    /** Decodes a v3 `mappings` string into [generated line, generated column, source line, source column] tuples. */
    function decode(mappings: string): number[][] {
      const chars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
      const out: number[][] = [];
      let sourceLine = 0;
      let sourceColumn = 0;
      mappings.split(';').forEach((line, generatedLine) => {
        let column = 0;
        for (const segment of line.split(',').filter(Boolean)) {
          const values: number[] = [];
          let shift = 0;
          let value = 0;
          for (const char of segment) {
            const digit = chars.indexOf(char);
            value += (digit & 31) << shift;
            if (digit & 32) shift += 5;
            else {
              values.push(value & 1 ? -(value >> 1) : value >> 1);
              value = 0;
              shift = 0;
            }
          }
          column += values[0]!;
          sourceLine += values[2]!;
          sourceColumn += values[3]!;
          out.push([generatedLine, column, sourceLine, sourceColumn]);
        }
      });
      return out;
    }

    it('maps code after a shortened template back to where it was', () => {
      const code = 'const a = css`\n    a {\n      color: red;\n    }\n  `;\nconst after = 1;\n';
      const start = code.indexOf('`') + 1;
      const end = code.indexOf('`', start);
      const { code: out, map } = applyEdits(code, [{ start, end, text: 'a{color:red}' }], 'x.ts');
      expect(out).to.equal('const a = css`a{color:red}`;\nconst after = 1;\n');
      expect(map.sourcesContent).to.deep.equal([code]);
      const line = out.split('\n').indexOf('const after = 1;');
      const segment = decode(map.mappings).find(([generatedLine, column]) => generatedLine === line && column === 0);
      expect(segment).to.deep.equal([line, 0, code.split('\n').indexOf('const after = 1;'), 0]);
      // The text after the template on the same line maps to the backtick that closed it.
      const tail = decode(map.mappings).find(([generatedLine, column]) => generatedLine === 0 && column === out.indexOf('`;'));
      expect(tail).to.deep.equal([0, out.indexOf('`;'), 4, 2]);
    });
  });
});
