import { svg, type SVGTemplateResult } from 'lit';

/** Small line icons, always beside words that say the same (hidden from screen readers). */
const paths = {
  yes: svg`<path d="m5 12.5 4.5 4.5L19 7.5"/>`,
  no: svg`<path d="m6.5 6.5 11 11m0-11-11 11"/>`,
  unknown: svg`<path d="M9.2 9a2.9 2.9 0 1 1 4 2.7c-.8.4-1.2 1-1.2 1.9v.6M12 17.5v.5"/>`,
  clock: svg`<circle cx="12" cy="12" r="8.5"/><path d="M12 7.5V12l3 2"/>`,
  pin: svg`<path d="M12 21s-6.5-6.2-6.5-11a6.5 6.5 0 0 1 13 0c0 4.8-6.5 11-6.5 11z"/><circle cx="12" cy="10" r="2.3"/>`,
  phone: svg`<path d="M8.5 3.5 6 4.2C4.6 4.7 4 6 4.3 7.4c1.5 6.2 6.1 10.8 12.3 12.3 1.4.3 2.7-.3 3.2-1.7l.7-2.5-4.1-2-1.9 1.8a11 11 0 0 1-5.8-5.8l1.8-1.9z"/>`,
  mail: svg`<rect x="3.5" y="5.5" width="17" height="13" rx="1.5"/><path d="m4 7 8 6 8-6"/>`,
  globe: svg`<circle cx="12" cy="12" r="8.5"/><path d="M3.5 12h17M12 3.5c2.3 2.3 3.4 5.2 3.4 8.5s-1.1 6.2-3.4 8.5M12 3.5C9.7 5.8 8.6 8.7 8.6 12s1.1 6.2 3.4 8.5"/>`,
  location: svg`<circle cx="12" cy="12" r="6.5"/><circle cx="12" cy="12" r="2"/><path d="M12 2.5v3M12 18.5v3M2.5 12h3M18.5 12h3"/>`,
  close: svg`<path d="m7 7 10 10M17 7 7 17"/>`,
} as const;

export type IconName = keyof typeof paths;

export function icon(name: IconName): SVGTemplateResult {
  return svg`<svg class="icon" viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" focusable="false"><g fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round">${paths[name]}</g></svg>`;
}
