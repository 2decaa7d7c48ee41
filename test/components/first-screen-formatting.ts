// What a widget's first screen of content makes of Intl that its formatting warm-up (src/i18n/warm-up.ts,
// the `formatting` its ContentController names) did not: nothing, when that list is complete. Each
// element's check runs in a page of its own (a test file each), where no other widget made a formatter.
import { fixture, html } from '@open-wc/testing';
import type { FlWidget } from '../../src/components/base/fl-widget.js';
import { publish } from '../../src/authoring/publish.js';
import { baseFor, serveFiles, uniqueKey, until } from '../content/helpers.js';

const SERVICES = [
  'Collator',
  'DateTimeFormat',
  'DisplayNames',
  'ListFormat',
  'Locale',
  'NumberFormat',
  'PluralRules',
  'RelativeTimeFormat',
  'Segmenter',
] as const;

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** How a check shows its widget. */
export interface FirstScreen {
  /** The widget's first screen is all there (a piece it loads on demand included). Default: content shows. */
  ready?: (el: HTMLElement) => boolean;
  /** Changes the demo's content first. */
  edit?: (data: Json) => void;
  /** The widget's attributes beside `content-base` and `lang`. */
  attributes?: Record<string, string>;
}

/**
 * `<tag lang=lang>` at `now` on the demo's `dataset`: the Intl objects made from its first render of content
 * until its first screen is all there.
 */
export async function madeByFirstScreen(
  tag: string,
  dataset: string,
  lang: string,
  now: Date,
  { ready = () => true, edit, attributes = {} }: FirstScreen = {},
): Promise<string[]> {
  const data = (await (await fetch(`/demo/content/${dataset}.json`)).json()) as Json;
  edit?.(data);
  const { files } = await publish([data], { status: 'example', schemas: false });
  const key = uniqueKey(tag);
  await serveFiles(key, files);

  const made: string[] = [];
  let rendering = false;
  const originals = SERVICES.map((name) => [name, Intl[name]] as const);
  for (const [name, original] of originals) {
    const counting = new Proxy(original, {
      construct(target, args: unknown[]) {
        if (rendering) made.push(`${name} ${JSON.stringify(args)}`);
        return Reflect.construct(target, args) as object;
      },
    });
    Object.assign(Intl, { [name]: counting });
  }
  try {
    const el = document.createElement(tag) as FlWidget & { readonly content: { readonly data: unknown } };
    el.setAttribute('content-base', baseFor(key));
    el.setAttribute('lang', lang);
    for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
    el.now = now;
    // From its first render of content (which waits for the warm-up) until its first screen is all there,
    // work between renders included (the finder's search).
    el.addController({ hostUpdate: () => (rendering ||= el.content.data !== undefined) });
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    wrapper.append(el);
    await until(() => el.content.data !== undefined && ready(el), 10_000, 'the first screen of content');
    await el.updateComplete;
    rendering = false;
  } finally {
    for (const [name, original] of originals) Object.assign(Intl, { [name]: original });
  }
  return made;
}
