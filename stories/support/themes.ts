/**
 * Two example host themes for the theming page: what a host page sets (its own font, colours and
 * background, plus a few `--fl-*` tokens) and nothing else. The same objects give the live examples
 * and the CSS shown beside them, so the two never differ.
 */

/** A host page's style: its own properties and the `--fl-*` tokens it sets. */
export interface HostTheme {
  /** Shown above the example. */
  name: string;
  /** What the theme shows. */
  description: string;
  /** The host page's own styles (font, colours, background). */
  page: Record<string, string>;
  /** The tokens it sets for the widgets. */
  tokens: Record<string, string>;
}

export const HOST_THEMES: readonly HostTheme[] = [
  {
    name: 'A municipality: blue, serif, square corners',
    description: 'A light page with a serif font; the widgets take the font and text colour, the tokens bring the blue and the square corners.',
    page: {
      'font-family': 'Georgia, "Times New Roman", serif',
      'font-size': '17px',
      color: '#1b2733',
      background: '#ffffff',
    },
    tokens: {
      '--fl-color-accent': '#004f9f',
      '--fl-color-accent-contrast': '#ffffff',
      '--fl-color-link': '#004f9f',
      '--fl-color-info': '#004f9f',
      '--fl-color-border': '#8aa4c0',
      '--fl-color-focus': '#c75400',
      '--fl-radius': '0',
    },
  },
  {
    name: 'Dark, high contrast, large text',
    description:
      'A black page with white text (`color-scheme: dark`), yellow controls, a thicker focus ring, bigger targets and status colours that stay readable on black.',
    page: {
      'font-family': 'system-ui, sans-serif',
      'font-size': '19px',
      color: '#ffffff',
      background: '#000000',
      'color-scheme': 'dark',
    },
    tokens: {
      '--fl-color-muted': '#e0e0e0',
      '--fl-color-accent': '#ffd400',
      '--fl-color-accent-contrast': '#000000',
      '--fl-color-link': '#9ad8ff',
      '--fl-color-border': '#ffffff',
      '--fl-color-focus': '#ffd400',
      '--fl-color-surface': '#141414',
      '--fl-color-surface-text': '#ffffff',
      '--fl-color-info': '#9ad8ff',
      '--fl-color-success': '#6fe38a',
      '--fl-color-warning': '#ffb020',
      '--fl-color-error': '#ff7a7a',
      '--fl-radius': '0.5rem',
      '--fl-focus-width': '4px',
      '--fl-target-size': '3rem',
      '--fl-line-height': '1.6',
    },
  },
];

/** The theme as an inline `style` value (page styles and tokens). */
export function themeStyle(theme: HostTheme): string {
  return Object.entries({ ...theme.page, ...theme.tokens })
    .map(([property, value]) => `${property}: ${value}`)
    .join('; ');
}

/** The theme as the CSS a host would write, for `selector`. */
export function themeCss(theme: HostTheme, selector = 'body'): string {
  const lines = (entries: Record<string, string>) => Object.entries(entries).map(([property, value]) => `  ${property}: ${value};`);
  return [`${selector} {`, ...lines(theme.page), '', '  /* frontline-widgets tokens */', ...lines(theme.tokens), '}'].join('\n');
}
