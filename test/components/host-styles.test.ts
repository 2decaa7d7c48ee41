// A host page's styles around the widgets: its text layout stops at the widget (a justified column must
// not spread "vendredi 4 décembre" apart), and filled buttons keep their contrast in a dark section of a
// page that does not declare color-scheme: dark.
import { expect, fixture, html } from '@open-wc/testing';
import type { FlServiceFinder } from '../../src/components/fl-service-finder/fl-service-finder.js';
import { configureContent, type ContentOptions } from '../../src/content/store.js';
import { baseFor, fast, uniqueKey } from '../content/helpers.js';
import { $, searchable } from './finder-helpers.js';

/** A CSS colour as sRGB 0-255, through a canvas (computed colours may be lch()). */
function rgb(color: string): [number, number, number] {
  const context = document.createElement('canvas').getContext('2d', { willReadFrequently: true })!;
  context.fillStyle = color;
  context.fillRect(0, 0, 1, 1);
  const [r, g, b] = context.getImageData(0, 0, 1, 1).data;
  return [r!, g!, b!];
}

/** WCAG contrast ratio of two CSS colours. */
function contrast(a: string, b: string): number {
  const luminance = (color: string) => {
    const [r, g, b] = rgb(color).map((v) => (v / 255 <= 0.03928 ? v / 255 / 12.92 : ((v / 255 + 0.055) / 1.055) ** 2.4)) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p) as [number, number];
  return (x + 0.05) / (y + 0.05);
}

/** A finder on the test host `key`, put in `wrapper`. */
function inside(wrapper: HTMLElement, key: string): FlServiceFinder {
  const el = document.createElement('fl-service-finder');
  el.contentBase = baseFor(key);
  el.now = new Date('2026-11-25T09:00:00Z');
  wrapper.append(el);
  return el;
}

describe('host page styles around a widget', () => {
  let previous: Partial<ContentOptions>;
  const key = uniqueKey('host-styles');
  before(() => {
    previous = configureContent(fast);
  });
  after(() => {
    configureContent(previous);
  });

  it('stops the host’s text layout at the widget and keeps its font and colour', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div
      style="text-align: justify; letter-spacing: 0.3em; word-spacing: 1em; text-transform: uppercase; text-indent: 4em; white-space: pre; line-height: 3; font-family: serif; color: rgb(20, 40, 60)"
    ></div>`);
    const el = await searchable(inside(wrapper, key));
    const style = getComputedStyle($(el, '[part~="card-hours"]') ?? $(el, '[part~="count"]')!);
    expect({
      textAlign: style.textAlign,
      letterSpacing: style.letterSpacing,
      wordSpacing: style.wordSpacing,
      textTransform: style.textTransform,
      textIndent: style.textIndent,
      whiteSpace: style.whiteSpace,
    }).to.deep.equal({
      textAlign: 'start',
      letterSpacing: 'normal',
      wordSpacing: '0px',
      textTransform: 'none',
      textIndent: '0px',
      whiteSpace: 'normal',
    });
    const size = parseFloat(style.fontSize);
    expect(parseFloat(style.lineHeight) / size).to.be.closeTo(1.5, 0.05);
    expect(style.fontFamily).to.equal('serif');
    expect(style.color).to.equal('rgb(20, 40, 60)');
  });

  for (const [name, section] of [
    ['a dark section', 'color: #f2f4f7; background: #1d2430'],
    ['a light page', 'color: #1d1d1b; background: #ffffff'],
    ['a dark section with its own accent', 'color: #f2f4f7; background: #1d2430; --fl-color-accent: #9ecbff'],
  ] as const) {
    it(`keeps the filled button visible and its label readable on ${name}`, async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div style=${section}></div>`);
      const el = inside(wrapper, key);
      await el.updateComplete;
      const button = $(el, '[part~="search-button"]')!;
      const { backgroundColor: fill, color: label } = getComputedStyle(button);
      const page = getComputedStyle(wrapper).backgroundColor;
      expect(contrast(fill, page), `fill ${fill} on the section ${page}`).to.be.at.least(3);
      expect(contrast(label, fill), `label ${label} on the fill ${fill}`).to.be.at.least(4.5);
    });
  }
});
