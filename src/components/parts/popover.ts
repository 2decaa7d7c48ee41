import type { Placement } from '@floating-ui/dom';
import { css, html, svg, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { msg } from '@lit/localize';

/** The button and the panel a popover ties together; both in the host's shadow root. */
export interface PopoverElements {
  trigger: HTMLElement;
  panel: HTMLElement;
}

/** Options of {@link PopoverController}. */
export interface PopoverOptions {
  /** Where the panel goes; `-start`/`-end` follow the reading direction. Default `bottom-start`. */
  placement?: Placement;
  /** Gap between the button and the panel, in px. Default 6. */
  gap?: number;
}

const EDGE = 8;

type FloatingUI = typeof import('@floating-ui/dom');
let floatingUI: Promise<FloatingUI> | undefined;

/**
 * @floating-ui/dom (6.4 KB gzip) loads the first time a reader opens a panel, not with every widget: most
 * readers never open one. A failed load is forgotten, so the next opening tries again.
 */
function loadFloatingUI(): Promise<FloatingUI> {
  floatingUI ??= import('@floating-ui/dom').catch((error: unknown) => {
    floatingUI = undefined;
    throw error;
  });
  return floatingUI;
}

function supportsPopover(panel: HTMLElement): boolean {
  return typeof panel.showPopover === 'function';
}

/**
 * A non-modal floating panel opened by a button: a glossary explanation, a tip. The panel is placed with
 * @floating-ui/dom (loaded on the first opening) next to its button, flipping and shifting to stay on
 * screen, at 320 px too; if that code cannot load, the panel goes under the button. It is shown
 * in the browser's top layer (`popover="manual"`), so no `overflow: hidden` or `z-index` of the host page
 * can cut it off; browsers without the Popover API get a fixed panel instead.
 *
 * It starts floating-ui's `autoUpdate` when it opens and calls its cleanup when it closes and when the
 * host disconnects. Keyboard and pointer: the button toggles it (Enter, Space, click); Escape closes it
 * and puts focus back on the button; a click outside or focus moving out of the host closes it.
 * Focus stays on the button when it opens: the panel follows the button in reading order.
 *
 * Render the button with `aria-expanded=${controller.open}` and the panel with {@link popoverPanel}.
 */
export class PopoverController implements ReactiveController {
  private isOpen = false;
  private opening = 0;
  private stopAutoUpdate: (() => void) | undefined;
  private readonly placement: Placement;
  private readonly gap: number;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly elements: () => PopoverElements | undefined,
    options: PopoverOptions = {},
  ) {
    this.placement = options.placement ?? 'bottom-start';
    this.gap = options.gap ?? 6;
    host.addController(this);
  }

  /** True while the panel is shown. */
  get open(): boolean {
    return this.isOpen;
  }

  /** True while floating-ui's autoUpdate is running (between open and close). */
  get tracking(): boolean {
    return this.stopAutoUpdate !== undefined;
  }

  /** Shows the panel next to the button. */
  show(): void {
    if (this.isOpen) return;
    const elements = this.elements();
    if (!elements) return;
    const { trigger, panel } = elements;
    this.isOpen = true;
    panel.hidden = false;
    if (supportsPopover(panel) && panel.isConnected && !panel.matches(':popover-open')) {
      try {
        panel.showPopover();
      } catch {
        // Not a popover element (no popover attribute): it still shows as a fixed panel.
      }
    }
    // Hidden until placed, so it never flashes in a corner while floating-ui loads.
    panel.style.visibility = 'hidden';
    const opening = ++this.opening;
    loadFloatingUI().then(
      (ui) => {
        if (!this.isOpen || opening !== this.opening) return;
        this.stopAutoUpdate = ui.autoUpdate(trigger, panel, () => void this.position(ui, trigger, panel));
      },
      () => {
        if (this.isOpen && opening === this.opening) this.placeUnder(trigger, panel);
      },
    );
    document.addEventListener('pointerdown', this.onPointerDown, true);
    this.host.requestUpdate();
  }

  /** Hides the panel; with `restoreFocus`, focus goes back to the button. */
  hide(options: { restoreFocus?: boolean } = {}): void {
    if (!this.isOpen) return;
    this.isOpen = false;
    this.stopAutoUpdate?.();
    this.stopAutoUpdate = undefined;
    document.removeEventListener('pointerdown', this.onPointerDown, true);
    const elements = this.elements();
    if (elements) {
      const { trigger, panel } = elements;
      if (supportsPopover(panel) && panel.matches(':popover-open')) panel.hidePopover();
      panel.hidden = true;
      panel.style.visibility = '';
      if (options.restoreFocus) trigger.focus();
    }
    this.host.requestUpdate();
  }

  /** Opens a closed panel, closes an open one. */
  toggle(): void {
    if (this.isOpen) this.hide();
    else this.show();
  }

  hostConnected(): void {
    this.host.addEventListener('keydown', this.onKeyDown);
    this.host.addEventListener('focusout', this.onFocusOut);
  }

  hostDisconnected(): void {
    this.hide();
    this.host.removeEventListener('keydown', this.onKeyDown);
    this.host.removeEventListener('focusout', this.onFocusOut);
  }

  private async position(ui: FloatingUI, trigger: HTMLElement, panel: HTMLElement): Promise<void> {
    const { computePosition, flip, offset, shift, size } = ui;
    const { x, y, placement } = await computePosition(trigger, panel, {
      strategy: 'fixed',
      placement: this.placement,
      middleware: [
        offset(this.gap),
        flip({ padding: EDGE }),
        shift({ padding: EDGE }),
        size({
          padding: EDGE,
          apply({ availableWidth, availableHeight, elements }) {
            // floating-ui measures the viewport in physical pixels; these are sizes, not directions.
            elements.floating.style.maxWidth = `min(var(--_panel-max-width), ${Math.max(0, availableWidth)}px)`;
            elements.floating.style.maxHeight = `${Math.max(0, availableHeight)}px`;
          },
        }),
      ],
    });
    if (!this.isOpen) return;
    // Coordinates from the viewport's top left, as floating-ui computes them in every direction.
    panel.style.left = `${x}px`;
    panel.style.top = `${y}px`;
    panel.style.visibility = '';
    panel.dataset.placement = placement;
  }

  /** Without floating-ui: under the button, aligned with its start, kept on screen. */
  private placeUnder(trigger: HTMLElement, panel: HTMLElement): void {
    const t = trigger.getBoundingClientRect();
    const width = panel.getBoundingClientRect().width;
    const rtl = getComputedStyle(panel).direction === 'rtl';
    const wanted = rtl ? t.right - width : t.left;
    const left = Math.max(EDGE, Math.min(wanted, document.documentElement.clientWidth - width - EDGE));
    panel.style.left = `${left}px`;
    panel.style.top = `${t.bottom + this.gap}px`;
    panel.style.visibility = '';
  }

  private readonly onKeyDown = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || !this.isOpen) return;
    event.preventDefault();
    event.stopPropagation();
    this.hide({ restoreFocus: true });
  };

  private readonly onFocusOut = (event: FocusEvent): void => {
    const next = event.relatedTarget;
    if (!this.isOpen || !(next instanceof Node)) return;
    if (this.host.contains(next) || this.host.shadowRoot?.contains(next)) return;
    this.hide();
  };

  private readonly onPointerDown = (event: PointerEvent): void => {
    if (!event.composedPath().includes(this.host)) this.hide();
  };
}

const closeIcon = svg`<svg viewBox="0 0 24 24" width="16" height="16" aria-hidden="true" focusable="false"><path d="m6 6 12 12M18 6 6 18" fill="none" stroke="currentColor" stroke-width="2.2" stroke-linecap="round"/></svg>`;

/**
 * The panel of a popover: `id="panel"`, hidden until the controller opens it, the content, and a close
 * button ("Close" in the reader's language) for touch and screen-reader users. Call it in render().
 * Parts: `panel`, `close`.
 */
export function popoverPanel(
  controller: PopoverController,
  content: unknown,
  options: { labelledBy?: string; lang?: string | undefined; dir?: string | undefined } = {},
): TemplateResult {
  return html`<div
    id="panel"
    class="fl-popover"
    part="panel"
    popover="manual"
    role="group"
    aria-labelledby=${options.labelledBy ?? 'trigger'}
    ?hidden=${!controller.open}
  >
    <div class="fl-popover__body" lang=${ifDefined(options.lang)} dir=${ifDefined(options.dir)}>${content}</div>
    <button
      type="button"
      class="fl-popover__close"
      part="close"
      aria-label=${msg('Close', { id: 'parts.popover.close' })}
      @click=${() => controller.hide({ restoreFocus: true })}
    >
      ${closeIcon}
    </button>
  </div>`;
}

/** Styles of the popover panel (each popover element includes them). */
export const popoverStyles = css`
  .fl-popover {
    position: fixed;
    inset: auto;
    z-index: 2147483000;
    margin: 0;
    display: flex;
    align-items: flex-start;
    gap: 0.5em;
    inline-size: max-content;
    max-inline-size: min(var(--_panel-max-width), calc(100vw - 16px));
    overflow: auto;
    padding-block: 0.6em;
    padding-inline: 0.9em 0.4em;
    border: 1px solid color-mix(in srgb, var(--_surface-text) 30%, transparent);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_surface-text);
    box-shadow: var(--_shadow);
    font: inherit;
    line-height: var(--_line-height);
    text-align: start;
    white-space: normal;
    cursor: auto;
  }
  .fl-popover__body {
    flex: 1 1 auto;
    min-inline-size: 0;
    padding-block-start: 0.1em;
  }
  .fl-popover__close {
    flex: none;
    display: inline-flex;
    align-items: center;
    justify-content: center;
    inline-size: max(24px, 2em);
    block-size: max(24px, 2em);
    padding: 0;
    border: 1px solid transparent;
    border-radius: var(--_radius);
    background: transparent;
    color: inherit;
    cursor: pointer;
  }
  .fl-popover__close:hover {
    border-color: currentColor;
  }
  .fl-popover__close:focus-visible {
    outline-color: var(--_surface-text);
  }
  @media (forced-colors: active) {
    .fl-popover {
      border-color: CanvasText;
    }
  }
`;
