/**
 * The live examples of the theming page (Theming.mdx): the `--fl-*` tokens with a control each, and two
 * host themes side by side. They show the story-only specimen of the shared parts and, beside it, every
 * widget the library defines (read from custom-elements.json), with the example content.
 */
import type { ArgTypes, Args, Meta, StoryObj } from '@storybook/web-components-vite';
import { getCustomElements } from '@storybook/web-components-vite';
import { html, nothing, type TemplateResult } from 'lit';
import { TOKENS, tokenNames } from '../src/components/parts/styles.js';
import '../src/index.js';
import { HOST_THEMES, themeStyle, waitForContentState, widgetTags, type Manifest } from './support/index.js';
import './support/sample-element.js';

/** The library's widgets that are defined on this page (none until the first one lands). */
function widgets(headingLevel: number): HTMLElement[] {
  const manifest = getCustomElements() as Manifest | undefined;
  return (manifest ? widgetTags(manifest) : [])
    .filter((tag) => customElements.get(tag) !== undefined)
    .map((tag) => {
      const element = document.createElement(tag);
      element.setAttribute('heading-level', String(headingLevel));
      return element;
    });
}

function examples(headingLevel: number, picker: boolean): TemplateResult {
  return html`<fl-story-sample heading-level=${headingLevel} ?language-picker=${picker}></fl-story-sample>
    ${widgets(headingLevel).map((element) => html`<div class="fl-story-widget">${element}</div>`)}`;
}

const tokenArgTypes: ArgTypes = Object.fromEntries(
  tokenNames.map((name) => [
    name,
    {
      name,
      description: TOKENS[name],
      control: name.startsWith('--fl-color-') ? { type: 'color' } : { type: 'text' },
      table: { category: 'tokens' },
    },
  ]),
);

const tokenStyle = (args: Args) =>
  Object.entries(args)
    .filter(([name, value]) => name.startsWith('--fl-') && typeof value === 'string' && value !== '')
    .map(([name, value]) => `${name}: ${String(value)}`)
    .join('; ');

const meta: Meta = {
  title: 'Guides/Theming',
  tags: ['!autodocs'],
  parameters: { layout: 'padded' },
  play: async ({ canvasElement }) => waitForContentState(canvasElement, 'ready'),
};
export default meta;
type Story = StoryObj;

/** Every token as a control; the examples follow at once. Empty controls keep the defaults. */
export const Tokens: Story = {
  argTypes: tokenArgTypes,
  args: { '--fl-color-accent': '#004f9f', '--fl-color-accent-contrast': '#ffffff', '--fl-radius': '0.5rem' },
  render: (args) => html`<div class="fl-story-themed" style=${tokenStyle(args) || nothing}>${examples(2, true)}</div>`,
};

/** No token at all: the page's font and text colour, no background of their own. */
export const Defaults: Story = {
  render: () => html`<div style="font-family: Georgia, serif; color: #3b2414">${examples(2, false)}</div>`,
};

/** Two host pages, each with its own styles and a few tokens. */
export const HostThemes: Story = {
  parameters: { layout: 'fullscreen' },
  render: () => html`<div style="display: flex; flex-wrap: wrap">
    ${HOST_THEMES.map(
      (theme) => html`<section
        style="flex: 1 1 22rem; min-inline-size: 0; padding: 1.5rem; ${themeStyle(theme)}"
        aria-label=${theme.name}
      >
        <h2 style="margin-block-start: 0">${theme.name}</h2>
        <p>${theme.description.replaceAll('`', '')}</p>
        ${examples(3, true)}
      </section>`,
    )}
  </div>`,
};
