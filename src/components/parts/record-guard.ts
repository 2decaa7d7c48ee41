import { html, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';

const warned = new Set<string>();

/**
 * Renders one record (an office, a service card) so that a record that cannot be rendered takes only
 * itself down: its place shows a short note ("This entry cannot be shown.") and the others render. Content
 * is checked before it is kept, but a device copy or a new browser may still hold a surprise. The cause
 * goes to the console once, where `what` names the record. Call it in render() (msg()).
 */
export function guardedRecord(render: () => TemplateResult, what: string): TemplateResult {
  try {
    return render();
  } catch (error) {
    // Once per record and cause: the element renders again every minute.
    const warning = `frontline-widgets: ${what} could not be shown: ${String(error)}`;
    if (!warned.has(warning) && warned.size < 100) {
      warned.add(warning);
      console.warn(warning);
    }
    return html`<p class="fl-record-error">${msg('This entry cannot be shown.', { id: 'parts.record-error' })}</p>`;
  }
}
