import { css, type CSSResultGroup } from 'lit';
import { disclosureStyles } from './disclosure.js';
import { languagePickerStyles } from './language-picker.js';
import { localizedStyles } from './localized.js';
import { statusStyles } from './status.js';

/**
 * The public theming tokens. A host sets them on the widget or any ancestor:
 * `fl-walkin-schedule { --fl-color-accent: #004f9f; }`. Each maps to a private `--_x` variable inside the
 * widgets, so a token the host does not set falls back to a default that fits any page: the host's own
 * font and text colour, colours mixed from the text colour, and system colours for floating panels.
 * Documented in docs/theming.md; keep the two lists in step (a test checks it).
 */
export const TOKENS = {
  '--fl-font-family': 'font family (default: the page’s)',
  '--fl-font-size': 'base font size (default: the page’s)',
  '--fl-line-height': 'line height (default 1.5)',
  '--fl-color-text': 'text colour (default: the page’s)',
  '--fl-color-muted': 'secondary text (default: the text colour at 80 %)',
  '--fl-color-link': 'links (default: the text colour, underlined)',
  '--fl-color-accent':
    'buttons and controls: border and text; fill of the main button (default: the text colour; for the fill, black or white, whichever is nearer the text colour)',
  '--fl-color-accent-contrast': 'text on a filled accent (default: white or black, whichever contrasts with the text colour)',
  '--fl-color-border': 'borders of boxes and cards (default: the text colour at 35 %)',
  '--fl-color-background': 'background of the widget (default: none, the page shows through)',
  '--fl-color-surface': 'background of floating panels (default: Canvas)',
  '--fl-color-surface-text': 'text on floating panels (default: CanvasText)',
  '--fl-color-focus': 'focus ring (default: the text colour)',
  '--fl-color-info': 'stripe of information messages (default: the text colour)',
  '--fl-color-success': 'stripe of success messages (default #1e7a34)',
  '--fl-color-warning': 'stripe of warnings (default #a15c00)',
  '--fl-color-error': 'stripe of error messages (default #b3261e)',
  '--fl-radius': 'corner radius (default 0.25rem)',
  '--fl-space': 'base spacing unit (default 1rem)',
  '--fl-target-size': 'minimum height and width of buttons and controls (default 2.75rem; never below 24px)',
  '--fl-focus-width': 'focus ring width (default 3px)',
  '--fl-shadow': 'shadow of floating panels',
  '--fl-panel-max-width': 'widest a floating panel gets (default 22rem)',
  '--fl-content-min-block-size': 'height kept free while the content loads, so nothing jumps when it arrives (default 12rem)',
} as const;

/** A token name. */
export type TokenName = keyof typeof TOKENS;

/**
 * `:host` maps every `--fl-*` token to a private `--_x` variable. A colour token left unset with no
 * fallback makes the property inherit, which is how the widget takes the page's font and colour.
 */
export const tokens = css`
  :host {
    --_font-family: var(--fl-font-family);
    --_font-size: var(--fl-font-size);
    --_line-height: var(--fl-line-height, 1.5);
    --_text: var(--fl-color-text, currentColor);
    --_muted: var(--fl-color-muted, color-mix(in srgb, currentColor 80%, transparent));
    --_link: var(--fl-color-link, currentColor);
    --_accent: var(--fl-color-accent, currentColor);
    /* The filled button takes black or white, whichever is nearer the text colour around it, for its fill,
       and the other for its label, so it shows on a dark section of a page that does not say
       color-scheme: dark (the system colours would give black on black there). In 'color', currentColor is
       the colour around the button; in 'background', the button's own label colour. A browser without
       relative colours shows an outlined button instead (both values invalid: no fill, the text colour). */
    --_accent-fill: var(--fl-color-accent, lch(from currentColor calc((50 - l) * infinity) 0 0));
    --_accent-contrast: var(--fl-color-accent-contrast, lch(from currentColor calc((50 - l) * infinity) 0 0));
    --_border: var(--fl-color-border, color-mix(in srgb, currentColor 35%, transparent));
    --_background: var(--fl-color-background, transparent);
    --_surface: var(--fl-color-surface, Canvas);
    --_surface-text: var(--fl-color-surface-text, CanvasText);
    --_focus: var(--fl-color-focus, currentColor);
    --_info: var(--fl-color-info, currentColor);
    --_success: var(--fl-color-success, #1e7a34);
    --_warning: var(--fl-color-warning, #a15c00);
    --_error: var(--fl-color-error, #b3261e);
    --_radius: var(--fl-radius, 0.25rem);
    --_space: var(--fl-space, 1rem);
    --_target: max(24px, var(--fl-target-size, 2.75rem));
    --_focus-width: var(--fl-focus-width, 3px);
    --_shadow: var(--fl-shadow, 0 0.25rem 1rem rgb(0 0 0 / 0.25));
    --_panel-max-width: var(--fl-panel-max-width, 22rem);
    --_content-min-block-size: var(--fl-content-min-block-size, 12rem);
  }
`;

/**
 * The base every element's shadow root gets: the host's font and colour, boxes that never overflow a
 * 320 px screen (or 200 % zoom), a visible focus ring, forced-colors and reduced-motion support, and
 * controls of at least 24 by 24 px.
 */
export const baseStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    max-inline-size: 100%;
    min-inline-size: 0;
    font-family: var(--_font-family);
    font-size: var(--_font-size);
    line-height: var(--_line-height);
    color: var(--fl-color-text);
    background: var(--_background);
    overflow-wrap: break-word;
    -webkit-text-size-adjust: 100%;
    text-size-adjust: 100%;
    /* The host page's text layout stops here (a justified or letter-spaced column would spread dates and
       times apart); its font and colour still come through. A host restyles the element itself if it must. */
    text-align: start;
    text-indent: 0;
    text-transform: none;
    letter-spacing: normal;
    word-spacing: normal;
    white-space: normal;
  }
  :host([hidden]),
  [hidden] {
    display: none !important;
  }
  /* Every widget's header: its heading and, beside it while they fit, the language picker. */
  .header {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: calc(var(--_space) * 0.5) var(--_space);
    margin-block-end: calc(var(--_space) * 0.5);
  }
  .header > :first-child {
    margin: 0;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  img,
  svg,
  video {
    max-inline-size: 100%;
    block-size: auto;
  }
  p,
  ul,
  ol,
  dl {
    margin-block: 0 calc(var(--_space) * 0.75);
  }
  h1,
  h2,
  h3,
  h4,
  h5,
  h6 {
    margin-block: 0 calc(var(--_space) * 0.5);
    line-height: 1.25;
    overflow-wrap: break-word;
  }
  a {
    color: var(--_link);
    text-decoration-line: underline;
    text-underline-offset: 0.15em;
  }
  a:hover {
    text-decoration-thickness: 0.15em;
  }
  :focus-visible {
    outline: var(--_focus-width) solid var(--_focus);
    outline-offset: 2px;
  }
  :focus:not(:focus-visible) {
    outline: none;
  }
  .fl-visually-hidden {
    position: absolute !important;
    inline-size: 1px !important;
    block-size: 1px !important;
    margin: -1px !important;
    padding: 0 !important;
    overflow: hidden !important;
    clip-path: inset(50%) !important;
    white-space: nowrap !important;
    border: 0 !important;
  }
  @media (forced-colors: active) {
    :focus-visible {
      outline-color: Highlight;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation-duration: 0.01ms !important;
      animation-iteration-count: 1 !important;
      transition-duration: 0.01ms !important;
      scroll-behavior: auto !important;
    }
  }
`;

/**
 * Buttons, links styled as buttons, inputs and selects (class `fl-control`, or `fl-button` for a
 * button): the host's font, at least the target size, a border that contrasts with the page (the text
 * colour by default), a filled variant `fl-button--primary`.
 */
export const controlStyles = css`
  button,
  input,
  select,
  textarea {
    font: inherit;
    color: inherit;
  }
  .fl-button,
  .fl-control {
    min-block-size: var(--_target);
    min-inline-size: var(--_target);
    max-inline-size: 100%;
    padding-block: 0.25em;
    padding-inline: 0.75em;
    border: 1px solid var(--_accent);
    border-radius: var(--_radius);
    background: transparent;
    color: var(--_accent);
  }
  .fl-button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.5em;
    cursor: pointer;
    text-align: center;
    text-decoration: none;
  }
  .fl-button:hover {
    background: color-mix(in srgb, var(--_accent) 10%, transparent);
  }
  .fl-button--primary {
    border-color: var(--_accent-fill);
    background: var(--_accent-fill);
    color: var(--_accent-contrast);
  }
  .fl-button--primary:hover {
    background: color-mix(in srgb, var(--_accent-fill) 85%, var(--_accent-contrast));
  }
  .fl-button--primary:focus-visible {
    outline-color: var(--_accent-fill);
  }
  .fl-button:disabled {
    cursor: not-allowed;
    opacity: 0.6;
  }
  select.fl-control {
    padding-inline-end: 0.25em;
  }
  @media (forced-colors: active) {
    .fl-button,
    .fl-control {
      border-color: ButtonText;
    }
    .fl-button--primary {
      background: ButtonText;
      color: ButtonFace;
      forced-color-adjust: none;
    }
  }
`;

/**
 * Everything an element's shadow root needs from the shared parts: tokens, base, controls, status,
 * disclosure, language picker, fallback note. `static styles = [sharedStyles, css\`...\`]`.
 */
export const sharedStyles: CSSResultGroup = [
  tokens,
  baseStyles,
  controlStyles,
  statusStyles,
  disclosureStyles,
  languagePickerStyles,
  localizedStyles,
];

/** The names of every token, for documentation and tests (pure: bundles of elements leave TOKENS out). */
export const tokenNames = /* @__PURE__ */ Object.keys(TOKENS) as TokenName[];
