import { expect, fixture } from '@open-wc/testing';
import { html, render } from 'lit';
import { richText } from '../../../src/components/parts/rich-text.js';

async function rendered(source: string, inline = false): Promise<HTMLElement> {
  const host = await fixture<HTMLDivElement>(html`<div></div>`);
  render(richText(source, { inline }), host);
  return host;
}

describe('rich text part', () => {
  it('renders paragraphs, lists, bold and links as elements', async () => {
    const host = await rendered('Walk in on **Wednesday mornings**.\n\n- Brussels\n- [Call](tel:+3224889777) or [read](https://dofi.ibz.be)');
    expect(host.querySelectorAll('p')).to.have.length(1);
    expect(host.querySelector('p strong')!.textContent).to.equal('Wednesday mornings');
    expect([...host.querySelectorAll('ul > li')].map((li) => li.textContent)).to.deep.equal(['Brussels', 'Call or read']);
    const links = [...host.querySelectorAll('a')];
    expect(links.map((a) => a.getAttribute('href'))).to.deep.equal(['tel:+3224889777', 'https://dofi.ibz.be']);
    expect(links.every((a) => a.rel === 'noopener noreferrer')).to.equal(true);
    await expect(host).to.be.accessible();
  });

  it('renders HTML and script in content as text, never as elements', async () => {
    const source = '<img src=x onerror="window.__flRichXss=1"> <script>window.__flRichXss=1</script> **<b>x</b>**';
    const host = await rendered(source);
    expect(host.querySelector('img, script, b')).to.equal(null);
    expect(host.textContent).to.contain('<img src=x onerror="window.__flRichXss=1">').and.contain('<script>');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect((window as { __flRichXss?: number }).__flRichXss).to.equal(undefined);
  });

  it('drops links to anything but https, tel and mailto, keeping their label', async () => {
    const host = await rendered('[click](javascript:window.__flRichXss=1) [old](http://example.org) [data](data:text/html,x)');
    expect(host.querySelector('a')).to.equal(null);
    expect(host.textContent).to.equal('click old data');
  });

  it('renders a single paragraph without <p> when inline', async () => {
    const host = await rendered('Open **today**', true);
    expect(host.querySelector('p')).to.equal(null);
    expect(host.querySelector('strong')!.textContent).to.equal('today');
  });

  it('renders nothing for missing text', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    render(html`${richText(undefined)}${richText('')}`, host);
    expect(host.children).to.have.length(0);
  });
});
