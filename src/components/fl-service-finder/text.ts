import type { PickedText } from '../../i18n/content-text.js';

/**
 * Picks content text for the reader (the element's `pickText`); `local`: languages to try after the
 * reader's, before the general fallbacks (for a place name, the place's own: `municipalityLanguages`).
 */
export type Pick = (record: Readonly<Record<string, string>> | undefined, local?: readonly string[]) => PickedText | undefined;
