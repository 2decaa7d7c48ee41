/**
 * Storybook docs and controls from `custom-elements.json` (made by `npm run analyze` from the elements'
 * JSDoc): one table per element with its attributes (with controls), public properties, events (logged
 * in the Actions panel), slots (a text control fills a named slot), CSS shadow parts and CSS custom
 * properties (a control sets the token on the element). `.storybook/preview.ts` installs both functions
 * below for every story, so an element's story needs only `component: 'fl-<name>'` and `args`.
 */
import type { ArgTypes, Args, StoryContext } from '@storybook/web-components-vite';

/** The parts of a custom elements manifest (schema 2.x) read here. */
export interface Manifest {
  modules: { path?: string; declarations?: Declaration[] }[];
}
interface Item {
  name: string;
  description?: string;
  summary?: string;
  type?: { text?: string };
  default?: string;
}
interface Declaration extends Item {
  kind: string;
  tagName?: string;
  attributes?: (Item & { fieldName?: string })[];
  members?: (Item & { kind: string; static?: boolean; privacy?: string; readonly?: boolean; attribute?: string })[];
  events?: Item[];
  slots?: Item[];
  cssParts?: Item[];
  cssProperties?: Item[];
}

/** How the default render applies an arg to the element. */
type ArgKind = 'attribute' | 'property' | 'event' | 'slot' | 'part' | 'css-property';

/** The declaration of `tag` in the manifest, or undefined. */
function declarationOf(manifest: Manifest, tag: string): Declaration | undefined {
  for (const module of manifest.modules) {
    for (const declaration of module.declarations ?? []) if (declaration.tagName === tag) return declaration;
  }
  return undefined;
}

/** The widgets the manifest defines, by tag: every element outside `src/components/parts/` (the internal parts). */
export function widgetTags(manifest: Manifest): string[] {
  return manifest.modules.flatMap((module) =>
    module.path?.includes('/parts/') ? [] : (module.declarations ?? []).flatMap((d) => (d.tagName ? [d.tagName] : [])),
  );
}

const clean = (type: string | undefined) =>
  (type ?? '')
    .split('|')
    .map((part) => part.trim())
    .filter((part) => part && part !== 'undefined' && part !== 'null');

/** A control for an attribute of the given TypeScript type: boolean, number, one of a few strings, or text. */
function controlFor(typeText: string | undefined): Pick<ArgTypes[string], 'control' | 'options'> {
  const parts = clean(typeText);
  if (parts.length === 1 && parts[0] === 'boolean') return { control: { type: 'boolean' } };
  if (parts.length === 1 && parts[0] === 'number') return { control: { type: 'number' } };
  if (parts.length > 0 && parts.every((part) => /^'[^']*'$|^"[^"]*"$/.test(part))) {
    return { control: { type: 'select' }, options: parts.map((part) => part.slice(1, -1)) };
  }
  if (parts.length === 0 || parts.every((part) => part === 'string')) return { control: { type: 'text' } };
  return { control: false };
}

function describe(item: Item): string {
  return [item.summary, item.description].filter(Boolean).join('\n\n');
}

/**
 * Storybook arg types for `tag`, read from the manifest. Keys: the attribute name (`content-base`) for
 * attributes, the property name for properties without an attribute, `on:<event>`, `slot:<name>` (the
 * default slot is `slot:default`), `part:<name>`, and the custom property itself (`--fl-color-accent`).
 */
export function argTypesFromManifest(manifest: Manifest, tag: string): ArgTypes {
  const declaration = declarationOf(manifest, tag);
  if (!declaration) return {};
  const argTypes: ArgTypes = {};
  const add = (key: string, kind: ArgKind, category: string, item: Item, extra: Partial<ArgTypes[string]> = {}) => {
    argTypes[key] = {
      name: item.name || key,
      description: describe(item),
      flKind: kind,
      table: {
        category,
        ...(item.type?.text ? { type: { summary: item.type.text } } : {}),
        ...(item.default !== undefined ? { defaultValue: { summary: item.default } } : {}),
      },
      ...extra,
    };
  };

  const withAttribute = new Set<string>();
  for (const attribute of declaration.attributes ?? []) {
    if (attribute.fieldName) withAttribute.add(attribute.fieldName);
    const isLang = attribute.name === 'lang';
    const item = isLang
      ? {
          ...attribute,
          description: 'The interface language; when left out, the nearest ancestor’s `lang` (the Locale toolbar), then the browser’s.',
        }
      : {
          ...attribute,
          description: [attribute.description, attribute.fieldName ? `Property: \`${attribute.fieldName}\`.` : ''].filter(Boolean).join(' '),
        };
    const control = isLang ? { control: { type: 'select' as const }, options: ['', 'en', 'nl', 'fr', 'de', 'ar'] } : controlFor(attribute.type?.text);
    add(attribute.name, 'attribute', 'attributes', item, control);
  }
  for (const member of declaration.members ?? []) {
    if (member.kind !== 'field' || member.static || member.privacy === 'private' || member.privacy === 'protected') continue;
    if (member.name.startsWith('_') || withAttribute.has(member.name)) continue;
    add(
      member.name,
      'property',
      'properties',
      { ...member, description: [member.description, member.readonly ? '(read only)' : ''].filter(Boolean).join(' ') },
      { control: false },
    );
  }
  for (const event of declaration.events ?? []) add(`on:${event.name}`, 'event', 'events', event, { action: event.name, control: false });
  for (const slot of declaration.slots ?? []) {
    add(
      `slot:${slot.name || 'default'}`,
      'slot',
      'slots',
      { ...slot, name: slot.name ? `slot="${slot.name}"` : '(default slot)' },
      { control: { type: 'text' } },
    );
  }
  for (const part of declaration.cssParts ?? [])
    add(`part:${part.name}`, 'part', 'css shadow parts', { ...part, name: `::part(${part.name})` }, { control: false });
  for (const property of declaration.cssProperties ?? []) {
    add(property.name, 'css-property', 'css custom properties', property, {
      control: { type: property.name.startsWith('--fl-color-') ? 'color' : 'text' },
    });
  }
  return argTypes;
}

/** The kind of an arg that the manifest does not describe, from its key's form. */
function kindOfKey(key: string): ArgKind {
  if (key.startsWith('slot:')) return 'slot';
  if (key.startsWith('on:')) return 'event';
  if (key.startsWith('part:')) return 'part';
  if (key.startsWith('--')) return 'css-property';
  return 'attribute';
}

/**
 * The default render of every story whose meta names a `component`: creates the element and applies
 * the args by kind (see {@link argTypesFromManifest}): attributes (`true` sets an empty attribute, `false`,
 * `''` and `undefined` leave it out), properties, custom properties as inline styles, text into slots
 * (as a `<p slot=...>`, through `textContent`), and events to the Actions panel.
 *
 * An element's stories can write their own render instead (a Lit `html` template); then they apply the
 * args they need themselves, for example `content-base=${ifDefined(args['content-base'])}`.
 */
export function renderElement(args: Args, context: StoryContext): HTMLElement {
  const tag = context.component;
  if (typeof tag !== 'string') throw new Error(`Story ${context.id}: set \`component: 'fl-<name>'\` in the meta, or write a render function.`);
  const element = document.createElement(tag);
  for (const [key, value] of Object.entries(args)) {
    const type = context.argTypes[key];
    const kind = (type?.flKind as ArgKind | undefined) ?? kindOfKey(key);
    const name = key.replace(/^(slot|on|part):/, '');
    if (value === undefined || value === null) continue;
    switch (kind) {
      case 'attribute':
        if (value === false || value === '') break;
        element.setAttribute(name, value === true ? '' : String(value));
        break;
      case 'property':
        (element as unknown as Record<string, unknown>)[name] = value;
        break;
      case 'css-property':
        if (value !== '') element.style.setProperty(name, String(value));
        break;
      case 'slot':
        if (typeof value === 'string' && value !== '') {
          const paragraph = document.createElement('p');
          if (name !== 'default') paragraph.slot = name;
          paragraph.textContent = value;
          element.append(paragraph);
        }
        break;
      case 'event':
        if (typeof value === 'function') element.addEventListener(name, value as EventListener);
        break;
      default:
        break;
    }
  }
  return element;
}
