import { css, html, type TemplateResult } from 'lit';

/** Options of {@link disclosure}. */
export interface DisclosureOptions {
  /** What the reader clicks ("Documents to bring"); any template. */
  summary: unknown;
  /** What opens. */
  content: unknown;
  /** Open at first render, and whenever this value changes to true. */
  open?: boolean;
  /** Called with the new state after the reader opens or closes it. */
  onToggle?: (open: boolean, event: Event) => void;
  /** Prefix of the part names; default `disclosure` (`disclosure`, `disclosure-summary`, `disclosure-content`). */
  part?: string;
}

/**
 * A show/hide section on the native `<details>`/`<summary>`: a button to screen readers, Enter and Space
 * open it, the browser's find-in-page opens it too, and it works before any script runs. The marker
 * points to the reading direction's end when closed (mirrored in Arabic) and down when open.
 * Styles: `sharedStyles`.
 *
 * Parts: `disclosure`, `disclosure-summary`, `disclosure-content` (or with `options.part` as prefix).
 */
export function disclosure(options: DisclosureOptions): TemplateResult {
  const part = options.part ?? 'disclosure';
  const onToggle = options.onToggle;
  return html`<details
    class="fl-disclosure"
    part=${part}
    ?open=${options.open ?? false}
    @toggle=${onToggle ? (event: Event) => onToggle((event.currentTarget as HTMLDetailsElement).open, event) : undefined}
  >
    <summary class="fl-disclosure__summary" part="${part}-summary"><span class="fl-disclosure__marker" aria-hidden="true"></span
      ><span class="fl-disclosure__label">${options.summary}</span></summary>
    <div class="fl-disclosure__content" part="${part}-content">${options.content}</div>
  </details>`;
}

/** Styles of disclosures (part of `sharedStyles`). */
export const disclosureStyles = css`
  .fl-disclosure {
    margin-block: 0 calc(var(--_space) * 0.5);
  }
  .fl-disclosure__summary {
    display: flex;
    align-items: center;
    gap: 0.5em;
    min-block-size: var(--_target);
    padding-block: 0.25em;
    cursor: pointer;
    list-style: none;
    border-radius: var(--_radius);
  }
  .fl-disclosure__summary::-webkit-details-marker {
    display: none;
  }
  .fl-disclosure__marker {
    flex: none;
    inline-size: 0.55em;
    block-size: 0.55em;
    margin-inline: 0.2em 0.35em;
    border-block-end: 0.15em solid currentColor;
    border-inline-end: 0.15em solid currentColor;
    transform: rotate(-45deg);
    transition: transform 0.15s ease-in-out;
  }
  .fl-disclosure__marker:dir(rtl) {
    transform: rotate(45deg);
  }
  .fl-disclosure[open] > .fl-disclosure__summary > .fl-disclosure__marker {
    transform: rotate(45deg);
  }
  .fl-disclosure[open] > .fl-disclosure__summary > .fl-disclosure__marker:dir(rtl) {
    transform: rotate(-45deg);
  }
  .fl-disclosure__label {
    flex: 1 1 auto;
    min-inline-size: 0;
    text-decoration-line: underline;
    text-decoration-thickness: 1px;
    text-underline-offset: 0.2em;
  }
  .fl-disclosure__content {
    padding-block: calc(var(--_space) * 0.25) calc(var(--_space) * 0.5);
    padding-inline-start: 1.5em;
  }
`;
