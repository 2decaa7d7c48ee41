/**
 * The "report a mistake" link of a record, built on the mailto builder of ./links.ts. A module of its own
 * so that elements without such a link do not carry it.
 */
import { toWellFormed } from '../internal/unicode.js';
import { mailtoHref } from './links.js';
/**
 * The "report a mistake" link of a record: a `mailto:` with the record's id in the subject, or the
 * content's https page with the id as `?record=`. Nothing else is put in it (no page address, no
 * answers): the reader sees and sends what they write. Undefined when the content gives no address.
 */
export function feedbackHref(
  feedback: { email?: string | undefined; url?: string | undefined } | undefined,
  recordId: string,
  subject: string,
): string | undefined {
  if (feedback?.email) return `${mailtoHref(feedback.email)}?subject=${encodeURIComponent(toWellFormed(`${subject} (${recordId})`))}`;
  if (!feedback?.url) return undefined;
  try {
    const url = new URL(feedback.url);
    if (url.protocol !== 'https:') return undefined;
    url.searchParams.set('record', recordId);
    return url.href;
  } catch {
    return undefined;
  }
}
