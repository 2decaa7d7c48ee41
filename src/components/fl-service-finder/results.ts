/**
 * The results: their number, the sort, the Belgian-time note, the cards, "show more", and what to say
 * when nothing matches.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { FinderRequest } from '../../logic/finder.js';
import type { SearchResult, SearchSort } from '../../logic/search.js';
import { formatList } from '../../i18n/format.js';
import { belgianTimeNote } from '../parts/localized.js';
import { guardedRecord } from '../parts/record-guard.js';
import { serviceCard, type CardContext } from './service-card.js';

export interface ResultsView {
  /** The content's notices (example content, could not be refreshed), above the results. */
  notices: unknown;
  result: SearchResult;
  request: FinderRequest;
  /** The reader's clock shows another time than Belgian clocks. */
  otherZone: boolean;
  card: CardContext;
  /** How many of the hits have their card now (the rest follow a few per task: ../controllers/batches.ts). */
  cards: number;
  /** The reader limited the place (only there, or within some km): offer to search at any distance. */
  narrowed: boolean;
  /** The reader made choices that can be cleared. */
  anything: boolean;
  sort(sort: SearchSort): void;
  showMore(): void;
  widen(): void;
  clearAll(): void;
}

/**
 * Room for a page of results while the content loads or a large dataset is indexed: as many placeholder
 * cards as a page holds (hidden from screen readers), under the status message, so the page below the
 * widget does not move when the results arrive.
 */
export function pending(status: unknown, pageSize: number): TemplateResult {
  return html`<div class="results results--pending" part="results">
    ${status}
    <ul class="placeholders" aria-hidden="true">
      ${Array.from({ length: pageSize }, () => html`<li class="placeholder"></li>`)}
    </ul>
  </div>`;
}

/** The status while a large dataset is being indexed. */
export function preparing(): TemplateResult {
  return html`<p role="status">${msg('Preparing the search…', { id: 'finder.preparing' })}</p>`;
}

function sortSelect(view: ResultsView): TemplateResult {
  const label = (sort: SearchSort) =>
    sort === 'relevance'
      ? msg('Best match', { id: 'finder.sort.relevance' })
      : sort === 'distance'
        ? msg('Distance', { id: 'finder.sort.distance' })
        : msg('Name', { id: 'finder.sort.name' });
  const { request } = view;
  return html`<label class="sort"
    >${msg('Sort by', { id: 'finder.sort.label' })}
    <select class="fl-control" @change=${(event: Event) => view.sort((event.currentTarget as HTMLSelectElement).value as SearchSort)}>
      ${request.sorts.map((sort) => html`<option value=${sort} .selected=${request.sort === sort}>${label(sort)}</option>`)}
    </select></label
  >`;
}

function empty(view: ResultsView): TemplateResult {
  return html`<div class="empty" part="empty">
    <p><strong>${msg('No service matches all your choices.', { id: 'finder.empty.title' })}</strong></p>
    <p>${msg('Try other or fewer words, another type of help, or remove a filter.', { id: 'finder.empty.hint' })}</p>
    <div class="empty__actions">
      ${
        view.narrowed
          ? html`<button type="button" class="fl-button" @click=${() => view.widen()}>${msg('Search at any distance', { id: 'finder.empty.widen' })}</button>`
          : nothing
      }
      ${
        view.anything
          ? html`<button type="button" class="fl-button fl-button--primary" @click=${() => view.clearAll()}>
            ${msg('Clear all filters', { id: 'finder.empty.clear' })}
          </button>`
          : nothing
      }
    </div>
  </div>`;
}

export function results(view: ResultsView): TemplateResult {
  const { result, request } = view;
  return html`<div class="results" part="results">
    ${view.notices}
    <div class="results__bar">
      <p class="results__count" id="results-count" part="count">${msg(str`Results: ${result.total}`, { id: 'finder.results.count' })}</p>
      ${request.sorts.length > 1 && result.total > 1 ? sortSelect(view) : nothing}
    </div>
    ${
      result.total > 0 && result.fuzzyTerms.length > 0
        ? html`<p class="hint" part="similar">
          ${msg(
            str`No exact match for ${formatList(
              result.fuzzyTerms.map((term) => `“${term}”`),
              view.card.locale,
            )}: showing similar words.`,
            {
              id: 'finder.results.similar',
            },
          )}
        </p>`
        : nothing
    }
    ${result.total > 0 && view.otherZone ? html`<p class="hint">${belgianTimeNote()}</p>` : nothing}
    ${
      result.total === 0
        ? empty(view)
        : html`<ul class="results__list" aria-labelledby="results-count">
            ${
              // Not keyed: each key press shows other services, and filling the same ten cards with new text
              // costs less than removing and building cards (a card holds no state of its own: whether its
              // details are open is bound from the service's id).
              result.hits
                .slice(0, view.cards)
                .map((hit) => html`<li>${guardedRecord(() => serviceCard(hit, view.card), `the service "${hit.service.id}"`)}</li>`)
            }
            ${
              // Room for the cards of the next tasks, out of the accessibility tree.
              result.hits.slice(view.cards).map(() => html`<li class="placeholder" aria-hidden="true"></li>`)
            }
          </ul>
          <div class="results__more">
            <p>${msg(str`Showing ${result.hits.length} of ${result.total}`, { id: 'finder.results.showing' })}</p>
            ${
              result.hits.length < result.total
                ? html`<button type="button" class="fl-button" part="more" @click=${() => view.showMore()}>
                  ${msg('Show more results', { id: 'finder.more' })}
                </button>`
                : nothing
            }
          </div>`
    }
  </div>`;
}

/** Prints one service's card (its details open) on its own, then the list again (the print styles read the attributes). */
export function printOneService(root: ParentNode, serviceId: string): void {
  const finder = root.querySelector<HTMLElement>('.finder');
  const item = root.querySelector(`#service-${CSS.escape(serviceId)}`)?.closest('li');
  if (!finder || !item) return;
  finder.toggleAttribute('data-print-one', true);
  item.toggleAttribute('data-print', true);
  const done = () => {
    finder.removeAttribute('data-print-one');
    item.removeAttribute('data-print');
  };
  globalThis.addEventListener('afterprint', done, { once: true });
  globalThis.print();
}
