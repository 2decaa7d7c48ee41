/**
 * Focus and keyboard helpers shared by the elements. They read the DOM but keep no state.
 */

const TABBABLE = [
  'a[href]',
  'area[href]',
  'button:not([disabled])',
  'input:not([disabled]):not([type="hidden"])',
  'select:not([disabled])',
  'textarea:not([disabled])',
  'summary',
  'iframe',
  '[contenteditable=""]',
  '[contenteditable="true"]',
  '[tabindex]',
].join(',');

/** The focused element, looking inside open shadow roots (`document.activeElement` stops at the host). */
export function deepActiveElement(root: Document | ShadowRoot = document): Element | null {
  let active = root.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** True when `element` is focused, or holds the focused element in its light or shadow tree. */
export function containsFocus(element: Element): boolean {
  for (let active = deepActiveElement(); active; ) {
    if (active === element || element.contains(active) || element.shadowRoot?.contains(active)) return true;
    const root = active.getRootNode();
    active = root instanceof ShadowRoot ? root.host : null;
  }
  return false;
}

/** Elements under `root` that Tab reaches, in DOM order: not disabled, not hidden, not `tabindex="-1"`. */
export function tabbables(root: ParentNode): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(TABBABLE)].filter((element) => {
    if (element.tabIndex < 0) return false;
    if (element.closest('[inert]')) return false;
    if (element.matches('summary') && element.parentElement?.firstElementChild !== element) return false;
    // checkVisibility also sees the closed content of a <details> (content-visibility: hidden).
    if (typeof element.checkVisibility === 'function') return element.checkVisibility({ visibilityProperty: true });
    return element.getClientRects().length > 0 && getComputedStyle(element).visibility !== 'hidden';
  });
}

/**
 * Moves focus to `target` (an element, or a selector within `root`) without scrolling the page more than
 * needed. An element that is not focusable by itself (a heading after a change of view) gets
 * `tabindex="-1"` first. Returns the element focused, or null.
 */
export function moveFocus(target: HTMLElement | string, root: ParentNode = document): HTMLElement | null {
  const element = typeof target === 'string' ? root.querySelector<HTMLElement>(target) : target;
  if (!element) return null;
  if (element.tabIndex < 0 && !element.hasAttribute('tabindex')) element.setAttribute('tabindex', '-1');
  element.focus({ preventScroll: false });
  return element;
}

/** A step through a list of items. */
export type FocusStep = 'next' | 'previous' | 'first' | 'last';

/**
 * The step a key asks for in a list of items, or undefined for any other key. Arrows follow the reading
 * direction: in right-to-left text ArrowLeft goes to the next item. Home and End go to the ends.
 * `orientation` says which arrows count: `horizontal` (a row of tabs), `vertical` (a list), `both`.
 */
export function keyToStep(
  event: Pick<KeyboardEvent, 'key' | 'altKey' | 'ctrlKey' | 'metaKey'>,
  dir: 'ltr' | 'rtl' = 'ltr',
  orientation: 'horizontal' | 'vertical' | 'both' = 'both',
): FocusStep | undefined {
  if (event.altKey || event.ctrlKey || event.metaKey) return undefined;
  const horizontal = orientation !== 'vertical';
  const vertical = orientation !== 'horizontal';
  switch (event.key) {
    case 'ArrowRight':
      return horizontal ? (dir === 'rtl' ? 'previous' : 'next') : undefined;
    case 'ArrowLeft':
      return horizontal ? (dir === 'rtl' ? 'next' : 'previous') : undefined;
    case 'ArrowDown':
      return vertical ? 'next' : undefined;
    case 'ArrowUp':
      return vertical ? 'previous' : undefined;
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    default:
      return undefined;
  }
}

/** The index a step leads to among `count` items from `current`; `wrap` goes round at the ends. */
export function stepIndex(current: number, count: number, step: FocusStep, wrap = true): number {
  if (count <= 0) return -1;
  switch (step) {
    case 'first':
      return 0;
    case 'last':
      return count - 1;
    case 'next':
      return current + 1 < count ? current + 1 : wrap ? 0 : count - 1;
    case 'previous':
      return current > 0 ? current - 1 : wrap ? count - 1 : 0;
  }
}

/**
 * Roving tabindex for a group (tabs, a toolbar, a list of options): only the active item is in the Tab
 * order, arrows move between items. Call from the group's keydown handler; it prevents the key's default
 * (scrolling) when it moves. Returns the newly focused item's index, or -1 when the key was not for it.
 */
export function rovingKeydown(
  event: KeyboardEvent,
  items: readonly HTMLElement[],
  options: { dir?: 'ltr' | 'rtl'; orientation?: 'horizontal' | 'vertical' | 'both'; wrap?: boolean } = {},
): number {
  const step = keyToStep(event, options.dir ?? 'ltr', options.orientation ?? 'both');
  if (!step || items.length === 0) return -1;
  const active = deepActiveElement();
  const current = items.findIndex((item) => item === active || item.contains(active));
  const next = stepIndex(current < 0 ? 0 : current, items.length, step, options.wrap ?? true);
  event.preventDefault();
  setRovingTabindex(items, next);
  items[next]!.focus();
  return next;
}

/** Puts only `items[active]` in the Tab order (`tabindex="0"`), the others at `tabindex="-1"`. */
export function setRovingTabindex(items: readonly HTMLElement[], active: number): void {
  items.forEach((item, index) => item.setAttribute('tabindex', index === active ? '0' : '-1'));
}

/** True for the keys that press a button: Enter and Space. */
export function isActivationKey(event: Pick<KeyboardEvent, 'key'>): boolean {
  return event.key === 'Enter' || event.key === ' ' || event.key === 'Spacebar';
}

/** The writing direction in effect for an element (`dir` attributes and CSS), `ltr` or `rtl`. */
export function directionOf(element: Element): 'ltr' | 'rtl' {
  return getComputedStyle(element).direction === 'rtl' ? 'rtl' : 'ltr';
}
