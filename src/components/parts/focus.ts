/**
 * Moves focus to `element` after a change of view (a results heading), scrolling it into view when
 * needed. An element that is not focusable by itself gets `tabindex="-1"` first.
 */
export function moveFocus(element: HTMLElement): void {
  if (element.tabIndex < 0 && !element.hasAttribute('tabindex')) element.setAttribute('tabindex', '-1');
  element.focus();
}
