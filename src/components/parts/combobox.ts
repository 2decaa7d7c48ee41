/**
 * An editable combobox with a list of suggestions (the ARIA 1.2 pattern): the input keeps the focus,
 * arrow keys move through the options (`aria-activedescendant`), Enter chooses, Escape closes the list
 * (or clears the text when it is closed). The owner keeps the state (text, open, active option) and
 * decides what the options are; this piece only renders and maps keys to its callbacks.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

export interface ComboboxOption {
  /** What the option shows. */
  label: unknown;
  /** The language of its label, when it is not the interface's. */
  lang?: string | undefined;
}

export interface ComboboxView {
  /** The input's id; the list and options derive theirs from it. */
  id: string;
  label: string;
  hint?: string | undefined;
  value: string;
  options: readonly ComboboxOption[];
  open: boolean;
  /** The highlighted option, -1 for none. */
  active: number;
  /** Said in a live region while the list is open ("3 countries found", "No country found"). */
  status: string;
  input(value: string): void;
  /** Opens (true) or closes the list. */
  setOpen(open: boolean): void;
  setActive(index: number): void;
  choose(index: number): void;
  /** The reader put the focus in the input. */
  focus?(): void;
}

function onKey(event: KeyboardEvent, view: ComboboxView): void {
  const count = view.options.length;
  switch (event.key) {
    case 'ArrowDown':
      event.preventDefault();
      if (!view.open) view.setOpen(true);
      if (count > 0) view.setActive(view.open ? (view.active + 1) % count : 0);
      break;
    case 'ArrowUp':
      event.preventDefault();
      if (!view.open) view.setOpen(true);
      if (count > 0) view.setActive(view.active <= 0 ? count - 1 : view.active - 1);
      break;
    case 'Enter':
      if (view.open && view.active >= 0 && view.active < count) {
        event.preventDefault();
        view.choose(view.active);
      } else if (count === 1) {
        event.preventDefault();
        view.choose(0);
      }
      break;
    case 'Escape':
      if (view.open) {
        event.preventDefault();
        view.setOpen(false);
      } else if (view.value) {
        event.preventDefault();
        view.input('');
      }
      break;
    default:
      break;
  }
}

// The options take no keys of their own: the keyboard works through the input (aria-activedescendant),
// and a pointer chooses an option without taking the focus from it.
/* eslint-disable lit-a11y/click-events-have-key-events */
/** The combobox: a label, a hint, the input and its list box. Parts: `combobox-input`, `combobox-list`, `combobox-option`. */
export function combobox(view: ComboboxView): TemplateResult {
  const { id } = view;
  const expanded = view.open && view.options.length > 0;
  const active = expanded && view.active >= 0 ? `${id}-option-${view.active}` : undefined;
  return html`<div class="combobox">
    <label for=${id}>${view.label}</label>
    ${view.hint ? html`<p class="hint" id=${`${id}-hint`}>${view.hint}</p>` : nothing}
    <div class="combobox__field">
      <input
        id=${id}
        class="fl-control"
        part="combobox-input"
        type="text"
        role="combobox"
        aria-label=${view.label}
        autocomplete="off"
        spellcheck="false"
        aria-autocomplete="list"
        aria-expanded=${expanded ? 'true' : 'false'}
        aria-controls=${`${id}-list`}
        aria-activedescendant=${ifDefined(active)}
        aria-describedby=${ifDefined(view.hint ? `${id}-hint` : undefined)}
        .value=${view.value}
        @input=${(event: Event) => view.input((event.currentTarget as HTMLInputElement).value)}
        @keydown=${(event: KeyboardEvent) => onKey(event, view)}
        @focus=${() => view.focus?.()}
        @blur=${() => view.setOpen(false)}
      />
      <ul id=${`${id}-list`} class="combobox__list" part="combobox-list" role="listbox" aria-label=${view.label} ?hidden=${!expanded}>
        ${view.options.map(
          (
            option,
            i,
          ) => html`<li id=${`${id}-option-${i}`} class="combobox__option" part="combobox-option" role="option" aria-selected=${i === view.active ? 'true' : 'false'}
              lang=${ifDefined(option.lang)} @mousedown=${(event: Event) => event.preventDefault()} @click=${() => view.choose(i)}>${option.label}</li>`,
        )}
      </ul>
    </div>
    <p class="fl-visually-hidden" role="status">${view.open ? view.status : ''}</p>
  </div>`;
}
/* eslint-enable lit-a11y/click-events-have-key-events */
