// Narrow phones, long words, large text and paper (issue 16): no sideways scrolling at 320 px, whatever the
// reader types and whatever text size they use; on a 360 x 640 phone the count and the first result show
// in the first screen; a print is a clean list, or one service's details.
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import type { FlServiceFinder } from '../../src/components/fl-service-finder/fl-service-finder.js';
import { publish } from '../../src/authoring/publish.js';
import '../../src/components/fl-procedure-explainer/fl-procedure-explainer.js';
import type { FlProcedureExplainer } from '../../src/components/fl-procedure-explainer/fl-procedure-explainer.js';
import '../../src/components/fl-walkin-schedule/fl-walkin-schedule.js';
import type { FlWalkinSchedule } from '../../src/components/fl-walkin-schedule/fl-walkin-schedule.js';
import { configureContent, type ContentOptions } from '../../src/content/store.js';
import { baseFor, fast, serveFiles, uniqueKey, until } from '../content/helpers.js';
import { $, $$, searchable, type } from './finder-helpers.js';

const LONG_WORD = 'Rechtsanwaltsvergütungsverordnungsberatungsstelle'.repeat(3);

/**
 * How far the page, or anything the reader can see in the element, reaches past the element's edges (0:
 * nothing sticks out); with the worst offender, to say what to fix. Visually hidden text (1 px, clipped)
 * is not seen.
 */
function overflow(el: HTMLElement): { px: number; what: string } {
  const page = document.documentElement.scrollWidth - document.documentElement.clientWidth;
  const host = el.getBoundingClientRect();
  let worst = { px: page, what: 'the page' };
  for (const node of el.shadowRoot!.querySelectorAll<HTMLElement>('*')) {
    if (node.closest('.fl-visually-hidden')) continue;
    const box = node.getBoundingClientRect();
    if (box.width === 0 || box.height === 0) continue;
    const px = Math.round(Math.max(box.right - host.right, host.left - box.left));
    if (px > worst.px) worst = { px, what: `${node.tagName.toLowerCase()}.${node.className} "${(node.textContent ?? '').slice(0, 40)}"` };
  }
  return worst;
}
const fits = (el: HTMLElement, what: string) => {
  const { px, what: culprit } = overflow(el);
  expect(px, `${what}: ${culprit} sticks out by ${px} px`).to.be.at.most(0);
};

describe('narrow screens, long words, large text', () => {
  let previous: Partial<ContentOptions>;
  const key = uniqueKey('narrow');
  before(async () => {
    previous = configureContent(fast);
    await setViewport({ width: 320, height: 640 });
  });
  after(async () => {
    configureContent(previous);
    await setViewport({ width: 800, height: 600 });
  });

  for (const lang of ['en', 'ar']) {
    for (const size of ['100%', '200%']) {
      it(`the finder in ${lang} at ${size} text size: no sideways scroll with a long query and long words`, async () => {
        const el = await fixture<FlServiceFinder>(
          html`<div style="font-size: ${size}"><fl-service-finder lang=${lang} content-base=${baseFor(key)}></fl-service-finder></div>`,
        ).then((wrapper) => wrapper.querySelector('fl-service-finder')!);
        await searchable(el, 15_000);
        fits(el, 'as it opens');
        await type(el, 'query', 'x'.repeat(5000));
        await el.updateComplete;
        fits(el, 'a 5,000-character query');
        await type(el, 'query', `${LONG_WORD} ${LONG_WORD}`);
        await type(el, 'place', LONG_WORD);
        await el.updateComplete;
        fits(el, 'long words');
        await type(el, 'query', '');
        await type(el, 'place', '');
        // Cards, their details open.
        $$(el, 'article.card summary')
          .slice(0, 2)
          .forEach((summary) => summary.click());
        await until(() => $(el, '.facts') !== null, 5000, 'the details');
        await el.updateComplete;
        fits(el, 'cards with details');
      });
    }
    it(`the walk-in schedule in ${lang} at 200% text size: no sideways scroll`, async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div style="font-size: 200%"><fl-walkin-schedule lang=${lang} content-base=${baseFor(uniqueKey('narrow-walkin'))} view="week"></fl-walkin-schedule></div>`,
      );
      const el = wrapper.querySelector<FlWalkinSchedule>('fl-walkin-schedule')!;
      await until(() => el.content.status === 'ready', 15_000, 'content');
      await el.updateComplete;
      fits(el, 'the week view');
    });
  }

  it('never lays form controls over one another: side by side while they fit, one under the other at large text', async () => {
    await setViewport({ width: 360, height: 640 });
    const overlap = (a: DOMRect, b: DOMRect) => a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1;
    try {
      for (const lang of ['ar', 'en']) {
        for (const size of ['100%', '200%']) {
          // The browser's text size: the root font size, so that rem grows too.
          document.documentElement.style.fontSize = size;
          const el = await fixture<FlServiceFinder>(html`<fl-service-finder lang=${lang} content-base=${baseFor(key)}></fl-service-finder>`);
          await searchable(el, 15_000);
          const box = (selector: string) => $(el, selector)!.getBoundingClientRect();
          for (const [a, b] of [
            ['#place', '[part~="locate"]'],
            ['.papers', '[part~="more-filters"]'],
          ] as const) {
            expect(overlap(box(a), box(b)), `${lang} at ${size}: ${a} and ${b}`).to.equal(false);
            // At the usual text size they share a row (the compact form keeps the first result in view).
            if (size === '100%') expect(Math.abs(box(a).top - box(b).top), `${lang}: ${a} beside ${b}`).to.be.below(8);
          }
          fits(el, `${lang} at ${size}`);
        }
      }
    } finally {
      document.documentElement.style.fontSize = '';
      await setViewport({ width: 320, height: 640 });
    }
  });

  it("the walk-in schedule and the explainer in Arabic at the browser's 200% text size on a 360 px phone: nothing sticks out", async () => {
    await setViewport({ width: 360, height: 640 });
    // The browser's text size: the root font size, so that rem grows too (a wrapper's font-size does not).
    document.documentElement.style.fontSize = '200%';
    try {
      // Inside a host page's padded main column, as on the demo page (296 px wide).
      const walkin = await fixture<HTMLDivElement>(
        html`<div style="padding-inline: 24px"><fl-walkin-schedule lang="ar" show="all" content-base=${baseFor(uniqueKey('narrow-walkin'))}></fl-walkin-schedule></div>`,
      ).then((wrapper) => wrapper.querySelector<FlWalkinSchedule>('fl-walkin-schedule')!);
      await until(() => walkin.content.status === 'ready', 15_000, 'content');
      await walkin.updateComplete;
      // An office without an address: "Call 02 488 97 77" under "Where" must wrap, not widen the office.
      fits(walkin, 'the offices');
      const demo = await (await fetch('/demo/content/procedures.json')).json();
      const key = uniqueKey('narrow-explainer');
      await serveFiles(key, (await publish([demo], { status: 'example', schemas: false })).files);
      const explainer = await fixture<HTMLDivElement>(
        html`<div style="padding-inline: 24px"><fl-procedure-explainer lang="ar" procedure="humanitarian-regularisation" content-base=${baseFor(key)}></fl-procedure-explainer></div>`,
      ).then((wrapper) => wrapper.querySelector<FlProcedureExplainer>('fl-procedure-explainer')!);
      await until(() => explainer.content.status === 'ready', 15_000, 'content');
      await explainer.updateComplete;
      // The first step open: its documents checklist (a fieldset) with long English words.
      explainer.shadowRoot!.querySelector<HTMLElement>('[part~="step-toggle"]')!.click();
      await explainer.updateComplete;
      fits(explainer, 'a step with its checklist');
    } finally {
      document.documentElement.style.fontSize = '';
      await setViewport({ width: 320, height: 640 });
    }
  });

  it('shows the count and the first result in the first screen of a 360 x 640 phone', async () => {
    await setViewport({ width: 360, height: 640 });
    try {
      for (const lang of ['en', 'ar']) {
        const el = await fixture<FlServiceFinder>(
          html`<fl-service-finder lang=${lang} content-base=${baseFor(key)} language-picker></fl-service-finder>`,
        );
        await searchable(el, 15_000);
        const count = $(el, '[part~="count"]')!.getBoundingClientRect();
        const title = $(el, 'article.card [part~="card-title"]')!.getBoundingClientRect();
        const top = el.getBoundingClientRect().top;
        expect(count.bottom - top, `${lang}: the count`).to.be.at.most(640);
        expect(title.bottom - top, `${lang}: the first result's title`).to.be.at.most(640);
        fits(el, `${lang} at 360 px`);
      }
    } finally {
      await setViewport({ width: 320, height: 640 });
    }
  });
});

describe('printing the finder', () => {
  let previous: Partial<ContentOptions>;
  const key = uniqueKey('print');
  const shown = (node: Element | null) => node !== null && (node as HTMLElement).getClientRects().length > 0;
  before(() => {
    previous = configureContent(fast);
  });
  afterEach(async () => {
    await emulateMedia({ media: 'screen' });
  });
  after(() => {
    configureContent(previous);
  });

  it('prints a clean list: every card, no form, no buttons', async () => {
    const el = await fixture<FlServiceFinder>(html`<fl-service-finder content-base=${baseFor(key)} language-picker></fl-service-finder>`);
    await searchable(el, 15_000);
    await emulateMedia({ media: 'print' });
    expect(shown($(el, '[part~="form"]')), 'the form').to.equal(false);
    expect(shown($(el, '[part~="language-picker"]')), 'the language picker').to.equal(false);
    expect(shown($(el, '[part~="more"]')), '"Show more"').to.equal(false);
    expect($$(el, 'article.card').every(shown), 'every card').to.equal(true);
    expect($$(el, 'article.card summary').some(shown), 'closed details').to.equal(false);
    expect(shown($(el, '[part~="count"]')), 'the count').to.equal(true);
  });

  it('prints one service’s details on its own', async () => {
    const el = await fixture<FlServiceFinder>(html`<fl-service-finder content-base=${baseFor(key)}></fl-service-finder>`);
    await searchable(el, 15_000);
    const card = $$(el, 'article.card')[1]!;
    card.querySelector<HTMLElement>('summary')!.click();
    await until(() => card.querySelector('.print-one') !== null, 5000, 'the details');
    let printed = 0;
    const print = window.print.bind(window);
    window.print = () => {
      printed += 1;
    };
    try {
      card.querySelector<HTMLButtonElement>('.print-one')!.click();
      expect(printed).to.equal(1);
      await emulateMedia({ media: 'print' });
      expect($$(el, 'article.card').filter(shown)).to.deep.equal([card]);
      expect(shown(card.querySelector('.facts')), 'its details').to.equal(true);
      expect(shown($(el, '[part~="count"]')), 'not the count').to.equal(false);
      window.dispatchEvent(new Event('afterprint'));
      expect($$(el, 'article.card').filter(shown).length, 'the list again').to.be.greaterThan(1);
    } finally {
      window.print = print;
    }
  });
});
