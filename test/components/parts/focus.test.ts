import { expect, fixture, html } from '@open-wc/testing';
import { moveFocus } from '../../../src/components/parts/focus.js';

describe('moveFocus', () => {
  it('focuses a heading, making it focusable first', async () => {
    const root = await fixture<HTMLElement>(html`<div><h2>Results</h2><a href="#x">Link</a></div>`);
    const heading = root.querySelector('h2')!;
    moveFocus(heading);
    expect(document.activeElement).to.equal(heading);
    expect(heading.getAttribute('tabindex')).to.equal('-1');
  });

  it('leaves the tabindex of an element that is focusable by itself', async () => {
    const root = await fixture<HTMLElement>(html`<div><a href="#x">Link</a></div>`);
    const link = root.querySelector('a')!;
    moveFocus(link);
    expect(document.activeElement).to.equal(link);
    expect(link.hasAttribute('tabindex')).to.equal(false);
  });
});
