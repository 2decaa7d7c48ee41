import { expect, fixture, html } from '@open-wc/testing';
import { discover, knownTags, observe } from '../src/loader.js';
import { captureWarnings, until } from './content/helpers.js';

// Each test file runs in a page of its own: nothing is defined here until the loader imports it.
describe('the loader', () => {
  it('knows every element of the library', () => {
    expect(knownTags).to.include.members(['fl-walkin-schedule', 'fl-service-finder']);
  });

  it('defines only the elements the page shows, when they appear', async () => {
    expect(customElements.get('fl-walkin-schedule')).to.equal(undefined);
    await fixture(html`<div><fl-walkin-schedule content-base="https://content.invalid/"></fl-walkin-schedule></div>`);
    await until(() => customElements.get('fl-walkin-schedule') !== undefined, 5000, 'fl-walkin-schedule to be defined');
    expect(customElements.get('fl-service-finder'), 'the finder is not on the page').to.equal(undefined);
  });

  it('finds elements in a shadow root it is told about, and ones added to it later', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const shadow = host.attachShadow({ mode: 'open' });
    const stop = observe(shadow);
    const section = document.createElement('section');
    const finder = document.createElement('fl-service-finder');
    finder.setAttribute('content-base', 'https://content.invalid/');
    section.append(finder);
    shadow.append(section);
    await until(() => customElements.get('fl-service-finder') !== undefined, 5000, 'fl-service-finder to be defined');
    stop();
  });

  it('warns once about a tag it does not know, and defines nothing for it', async () => {
    const root = document.createElement('div');
    root.append(document.createElement('fl-no-such-widget'), document.createElement('fl-no-such-widget'));
    const { warnings } = await captureWarnings(async () => {
      await discover(root);
      await discover(root);
    });
    expect(warnings.filter((m) => m.includes('<fl-no-such-widget>'))).to.have.length(1);
  });
});
