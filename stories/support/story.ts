/**
 * Story helpers for languages, the narrow phone width, and combining helpers. Each helper returns a part
 * of a story object; spread one into a story, or combine several with {@link storyWith}:
 *
 * ```ts
 * import { contentState, inLocale, narrow, storyWith } from './support/index.js';
 *
 * export const Arabic: Story = inLocale('ar');
 * export const Phone: Story = narrow();
 * export const StaleArabicPhone: Story = storyWith(contentState('stale', walkinsDataset), inLocale('ar'), narrow(), { args: { city: 'liege' } });
 * ```
 */
import type { Decorator, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { textDirection } from '../../src/i18n/direction.js';
import { allLocales, type Locale } from '../../src/i18n/localize.js';

/** A part of a story object: args, globals, parameters, loaders, decorators, a play function. */
export type StoryPart = StoryObj;

/** The interface languages, in the Locale toolbar's order: Belgium's languages, English, then the others. */
export const LOCALES: readonly Locale[] = [
  ...(['nl', 'fr', 'de', 'en'] as const).filter((l) => (allLocales as readonly string[]).includes(l)),
  ...allLocales.filter((l) => !['nl', 'fr', 'de', 'en'].includes(l)),
];

/** The narrowest width the widgets support, in CSS pixels. */
export const NARROW_WIDTH = 320;

/** The `fl-*` elements in the story (not the internal parts inside them), in document order. */
function storyElements(canvasElement: Element): HTMLElement[] {
  return [...canvasElement.querySelectorAll<HTMLElement>('*')].filter((el) => el.localName.startsWith('fl-') && el.shadowRoot !== null);
}

/** Every element with `part~=name` in `root`'s shadow root and in the shadow roots nested in it. */
export function deepParts(root: Element, name: string): Element[] {
  const found: Element[] = [];
  const visit = (scope: ParentNode) => {
    for (const el of scope.querySelectorAll('*')) {
      if (el.getAttribute('part')?.split(/\s+/).includes(name)) found.push(el);
      if (el.shadowRoot) visit(el.shadowRoot);
    }
  };
  if (root.shadowRoot) visit(root.shadowRoot);
  return found;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Waits until `check` holds for the story's `fl-*` elements, after their updates have finished; throws
 * `Timed out waiting for <what>` after `timeout` ms.
 */
export async function waitForElements(
  canvasElement: Element,
  check: (elements: HTMLElement[]) => boolean,
  timeout: number,
  what: string,
): Promise<void> {
  const start = performance.now();
  for (;;) {
    const elements = storyElements(canvasElement);
    // eslint-disable-next-line @typescript-eslint/await-thenable -- not every element is a Lit element: Promise.all passes undefined through
    await Promise.all(elements.map((el) => (el as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete));
    if (check(elements)) return;
    if (performance.now() - start > timeout) {
      throw new Error(`Timed out after ${timeout} ms waiting for ${what} (elements: ${elements.map((el) => el.localName).join(', ') || 'none'})`);
    }
    await sleep(25);
  }
}

/**
 * The story in one interface language: sets the Locale toolbar (the `locale` global), which puts `lang`
 * and `dir` on the story's root, so the elements take the language from their ancestor as on a host
 * page. The play function waits until every element has switched (and `dir="rtl"` for Arabic).
 */
export function inLocale(locale: Locale): StoryPart {
  const dir = textDirection(locale);
  return {
    globals: { locale },
    play: async ({ canvasElement }: StoryContext) =>
      waitForElements(
        canvasElement,
        (elements) => elements.length > 0 && elements.every((el) => el.getAttribute('lang') === locale && el.getAttribute('dir') === dir),
        5000,
        `every element in ${locale} (${dir})`,
      ),
  };
}

/** Keeps the story at most {@link NARROW_WIDTH} px wide, also on docs pages (where the viewport does not apply). */
const narrowDecorator: Decorator = (story) =>
  html`<div class="fl-story-narrow" style="max-inline-size: ${NARROW_WIDTH}px; outline: 1px dashed rgb(0 0 0 / 0.3)">${story()}</div>`;

/**
 * The story on a narrow phone: the 320 px viewport preset, a decorator that keeps the story 320 px wide
 * on docs pages too, and a play function that fails if any `fl-*` element is wider than 320 px or
 * scrolls sideways (`npm run test:stories` also checks the page at a 320 px window).
 */
export function narrow(): StoryPart {
  return {
    globals: { viewport: { value: 'phone320', isRotated: false } },
    decorators: [narrowDecorator],
    parameters: { flNarrow: true },
    play: async ({ canvasElement }: StoryContext) =>
      waitForElements(
        canvasElement,
        (elements) =>
          elements.length > 0 &&
          elements.every(
            (el) =>
              el.getBoundingClientRect().width <= NARROW_WIDTH + 0.5 &&
              (getComputedStyle(el).display.startsWith('inline') || el.scrollWidth <= el.clientWidth + 1),
          ),
        3000,
        `every element within ${NARROW_WIDTH} px, with no sideways scrolling`,
      ),
  };
}

/**
 * Combines story parts: later args, globals and parameters win (parameters merge one level deep),
 * loaders and decorators add up, and play functions run one after the other.
 */
export function storyWith(...parts: StoryPart[]): StoryPart {
  const plays = parts.flatMap((part) => (part.play ? [part.play] : []));
  const merged: StoryPart = {};
  for (const part of parts) {
    const { play: _play, loaders, decorators, args, globals, parameters, ...rest } = part;
    Object.assign(merged, rest);
    if (args) merged.args = { ...merged.args, ...args };
    if (globals) merged.globals = { ...merged.globals, ...globals };
    if (parameters) {
      const next: Record<string, unknown> = { ...merged.parameters };
      for (const [key, value] of Object.entries(parameters)) {
        const before = next[key];
        next[key] = isPlainObject(before) && isPlainObject(value) ? { ...before, ...value } : value;
      }
      merged.parameters = next;
    }
    if (loaders) merged.loaders = [...toArray(merged.loaders), ...toArray(loaders)];
    if (decorators) merged.decorators = [...toArray(merged.decorators), ...toArray(decorators)];
  }
  if (plays.length > 0) {
    merged.play = async (context) => {
      for (const play of plays) await play(context);
    };
  }
  return merged;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function toArray<T>(value: T | T[] | undefined): T[] {
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
}

/**
 * A play function that presses the `trigger` part of the first `tag` element in the story (a glossary
 * term, a tip) and waits until its panel is open.
 */
export function openPanel(tag: string): NonNullable<StoryPart['play']> {
  return async ({ canvasElement }) => {
    await waitForElements(canvasElement, (elements) => elements.some((el) => el.localName === tag), 3000, tag);
    const element = canvasElement.querySelector(tag);
    const trigger = element ? (deepParts(element, 'trigger')[0] as HTMLElement | undefined) : undefined;
    if (!trigger) throw new Error(`${tag} has no trigger part`);
    trigger.click();
    await waitForElements(canvasElement, () => trigger.getAttribute('aria-expanded') === 'true', 3000, `${tag} open`);
  };
}

/**
 * A play function part that waits until every `fl-*` element of the story shows a part named `part`
 * (in its shadow root or one nested in it): for states of an element's own, such as no results.
 *
 * ```ts
 * export const NoResults: Story = storyWith(contentState('ready'), showsPart('empty'), { args: { postcode: '9999', 'walk-in': true } });
 * ```
 */
export function showsPart(part: string, timeout = 5000): StoryPart {
  return {
    play: async ({ canvasElement }: StoryContext) =>
      waitForElements(
        canvasElement,
        (elements) => elements.length > 0 && elements.every((el) => deepParts(el, part).length > 0),
        timeout,
        `the part "${part}"`,
      ),
  };
}
