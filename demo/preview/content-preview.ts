/**
 * The content preview of demo/preview.html: a maintainer drops or picks dataset files and sees, before
 * publishing, the validation report (the very checks and messages of `frontline-content validate`),
 * the translation coverage, what `build` would publish, and the widgets showing that content, loaded
 * through the real content store from an in-memory content host.
 *
 * Datasets whose file has a problem are not previewed (`build` would refuse them); the others are.
 * An element appears for a dataset once it is in the build (see ELEMENT_FOR); until then, and beside it,
 * an outline lists the records as the content store loaded them.
 */
import { css, html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { coverage, localesIn, type CoverageReport } from '../../src/authoring/coverage.js';
import { checkFiles, formatProblem, inferStatus, type FilesReport, type LocatedProblem } from '../../src/authoring/lint.js';
import { publish, PublishError, type PublishResult } from '../../src/authoring/publish.js';
import { contentStore } from '../../src/content/store.js';
import type { DatasetDefinition, DatasetName } from '../../src/content/schema/dataset.js';
import { defineElement } from '../../src/define.js';
import { localDate } from '../../src/logic/zoned-time.js';
import { serveFromMemory } from './memory-host.js';

/** The element that shows each dataset, by tag. A dataset without one yet gets the outline only. */
const ELEMENT_FOR: Partial<Record<DatasetName, string>> = {
  walkins: 'fl-walkin-schedule',
  services: 'fl-service-finder',
};

const LABEL_FIELDS = ['name', 'title', 'term', 'label', 'question'];

type Row = Record<string, unknown>;

/** A dataset as the content store loaded it from the in-memory host. */
interface LoadedDataset {
  definition: DatasetDefinition;
  file: string;
  /** The collections and their records, as loaded. */
  collections: [string, Row[]][];
  updated: string | undefined;
  example: boolean;
  error: string | undefined;
}

interface Preview {
  base: string;
  result: PublishResult;
  datasets: LoadedDataset[];
}

/** A localized text in `lang`, else English, Dutch, French, else any. */
function pick(text: unknown, lang: string): string | undefined {
  if (typeof text === 'string') return text;
  if (typeof text !== 'object' || text === null) return undefined;
  const texts = text as Record<string, unknown>;
  for (const locale of [lang, 'en', 'nl', 'fr']) if (typeof texts[locale] === 'string') return texts[locale];
  return Object.values(texts).find((value): value is string => typeof value === 'string');
}

function labelOf(record: Row, lang: string): string {
  for (const field of LABEL_FIELDS) {
    const label = pick(record[field], lang);
    if (label) return label;
  }
  return typeof record.id === 'string' || typeof record.id === 'number' ? String(record.id) : '';
}

const SHOWN = 8;

/** The first missing texts; `frontline-content coverage` lists them all. */
function missingList(missing: readonly { file: string; path: string }[]): string {
  if (missing.length === 0) return 'none';
  const shown = missing.slice(0, SHOWN).map((entry) => `${entry.file} ${entry.path}`);
  return missing.length > SHOWN
    ? `${shown.join(', ')} and ${missing.length - SHOWN} more (frontline-content coverage lists them all)`
    : shown.join(', ');
}

const kb = (text: string) => `${(new TextEncoder().encode(text).length / 1024).toFixed(1)} KB`;
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * @summary Checks and previews content files before they are published.
 * @tagname demo-content-preview
 */
export class DemoContentPreview extends LitElement {
  static override styles = css`
    :host {
      display: block;
    }
    .drop {
      border: 0.15rem dashed #52606d;
      border-radius: 0.5rem;
      padding: 1.5rem 1rem;
      text-align: center;
    }
    .drop.over {
      border-style: solid;
      background: #eef6fb;
    }
    .files {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
      padding: 0;
      list-style: none;
    }
    .files li {
      border: 1px solid #9aa5b1;
      border-radius: 1rem;
      padding-block: 0.125rem;
      padding-inline: 0.75rem 0.25rem;
    }
    button {
      font: inherit;
    }
    .problems li {
      margin-block: 0.375rem;
      overflow-wrap: anywhere;
    }
    .where {
      font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
      font-size: 0.9em;
    }
    .ok {
      border-inline-start: 0.25rem solid #2f7d32;
      padding-inline-start: 0.75rem;
    }
    .bad {
      border-inline-start: 0.25rem solid #b3261e;
      padding-inline-start: 0.75rem;
    }
    table {
      border-collapse: collapse;
    }
    th,
    td {
      border: 1px solid #9aa5b1;
      padding-block: 0.25rem;
      padding-inline: 0.5rem;
      text-align: start;
    }
    .dataset {
      border-block-start: 1px solid #9aa5b1;
      margin-block-start: 1.5rem;
    }
    .note {
      border-inline-start: 0.25rem solid #b35900;
      background: #fff4e5;
      padding: 0.5rem 0.75rem;
    }
    @media (forced-colors: active) {
      .ok,
      .bad,
      .note {
        border-inline-start-color: CanvasText;
      }
    }
  `;

  /** The current time: `reviewed` dates after its day (in Brussels) are reported. Tests set it. */
  @property({ attribute: false }) now: Date | undefined;

  /** The files given so far, by name (a file given again replaces the one before). */
  @state() private files = new Map<string, string>();
  @state() private report: FilesReport | undefined;
  @state() private coverage: CoverageReport | undefined;
  @state() private preview: Preview | undefined;
  @state() private publishProblem: string | undefined;
  @state() private language = 'en';
  @state() private over = false;
  @state() private busy = false;

  /** Settles once the files given last are checked, published and loaded. */
  settled: Promise<void> = Promise.resolve();
  private generation = 0;
  private readonly elements = new Map<string, HTMLElement>();

  /** Adds files (dropped, picked, or given by a test); a file with the same name replaces the earlier one. */
  addFiles(files: Iterable<File>): Promise<void> {
    this.settled = (async () => {
      const next = new Map(this.files);
      for (const file of files) next.set(file.name, await file.text());
      this.files = next;
      await this.refresh();
    })();
    return this.settled;
  }

  /** Forgets one file, or all of them. */
  removeFiles(name?: string): Promise<void> {
    const next = new Map(this.files);
    if (name === undefined) next.clear();
    else next.delete(name);
    this.files = next;
    this.settled = this.refresh();
    return this.settled;
  }

  private async refresh(): Promise<void> {
    const generation = ++this.generation;
    const sources = [...this.files].map(([name, text]) => ({ name, text }));
    const today = localDate(this.now ?? new Date());
    const report = checkFiles(sources, { today });
    this.report = sources.length > 0 ? report : undefined;
    const readable = report.datasets.map((dataset) => ({ file: dataset.file, definition: dataset.definition, source: dataset.source }));
    this.coverage = readable.length > 0 ? coverage(readable) : undefined;
    const locales = localesIn(readable);
    if (locales.length > 0 && !locales.includes(this.language)) this.language = locales[0]!;

    const failing = new Set(report.problems.map((problem) => problem.file));
    const ready = report.datasets.filter((dataset) => !failing.has(dataset.file));
    this.publishProblem = undefined;
    if (ready.length === 0) {
      this.preview = undefined;
      return;
    }
    this.busy = true;
    try {
      const result = await publish(
        ready.map((dataset) => dataset.source),
        { status: inferStatus(ready) },
      );
      const base = serveFromMemory(result.files);
      const store = contentStore(base);
      const datasets = await Promise.all(
        ready.map(async (dataset): Promise<LoadedDataset> => {
          const state = await store.load(dataset.definition);
          const data = (state.data ?? {}) as Record<string, unknown>;
          return {
            definition: dataset.definition,
            file: dataset.file,
            collections: Object.keys(dataset.definition.collections).map((name) => [name, (data[name] ?? []) as Row[]]),
            updated: state.updated,
            example: state.example,
            error: state.error?.message,
          };
        }),
      );
      if (generation !== this.generation) return;
      this.elements.clear();
      this.preview = { base, result, datasets };
    } catch (error) {
      if (generation !== this.generation) return;
      this.preview = undefined;
      this.publishProblem = error instanceof PublishError ? error.message : String(error);
    } finally {
      if (generation === this.generation) this.busy = false;
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('language' as keyof DemoContentPreview))
      for (const element of this.elements.values()) element.setAttribute('lang', this.language);
  }

  private onPick(event: Event): void {
    const input = event.target as HTMLInputElement;
    if (input.files) void this.addFiles([...input.files]);
    input.value = '';
  }

  private onDragOver(event: DragEvent): void {
    event.preventDefault();
    if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    this.over = true;
  }

  private onDrop(event: DragEvent): void {
    event.preventDefault();
    this.over = false;
    const files = [...(event.dataTransfer?.files ?? [])];
    if (files.length > 0) void this.addFiles(files);
  }

  /* eslint-disable @typescript-eslint/unbound-method -- Lit calls a template's listeners with the element as `this` */
  override render() {
    return html`
      <div
        class="drop ${this.over ? 'over' : ''}"
        @dragover=${this.onDragOver}
        @dragleave=${() => (this.over = false)}
        @drop=${this.onDrop}
      >
        <p>Drop your content files (<code>walkins.json</code>, <code>services.json</code>...) here, or</p>
        <label>Choose files <input type="file" multiple accept=".json,application/json" @change=${this.onPick} /></label>
      </div>
      ${
        this.files.size > 0
          ? html`<h2>Files</h2>
            <ul class="files">
              ${[...this.files.keys()].map(
                (name) => html`<li>${name} <button type="button" aria-label="Remove ${name}" @click=${() => this.removeFiles(name)}>✕</button></li>`,
              )}
            </ul>
            <button type="button" @click=${() => this.removeFiles()}>Remove all files</button>`
          : nothing
      }
      ${this.renderReport()} ${this.renderCoverage()} ${this.renderPreview()}
    `;
  }
  /* eslint-enable @typescript-eslint/unbound-method */

  private renderReport() {
    const report = this.report;
    const problems = report?.problems ?? [];
    const files = new Set(problems.map((problem) => problem.file)).size;
    const summary = !report
      ? ''
      : problems.length === 0
        ? `${plural(this.files.size, 'file')} checked: no problems.`
        : `${plural(this.files.size, 'file')} checked: ${plural(problems.length, 'problem')} in ${plural(files, 'file')}. A file with problems is not previewed, and build would not publish it.`;
    // One status element for the page's whole life, so that screen readers announce each new result.
    return html`
      ${report ? html`<h2>Check</h2>` : nothing}
      <p role="status" class=${!report ? '' : problems.length === 0 ? 'ok' : 'bad'}>${summary}</p>
      ${
        problems.length > 0
          ? html`<ol class="problems" aria-label="Problems">
            ${problems.map((problem) => this.renderProblem(problem))}
          </ol>`
          : nothing
      }
    `;
  }

  /** Same text as the command line prints: `file:line:column jsonpath: message`. */
  private renderProblem(problem: LocatedProblem) {
    const line = formatProblem(problem);
    const where = `${problem.file}:${problem.line}:${problem.column} ${problem.path}`;
    return html`<li><span class="where">${where}</span>${line.slice(where.length)}</li>`;
  }

  private renderCoverage() {
    const report = this.coverage;
    if (!report || report.total === 0) return nothing;
    return html`
      <h2>Translations</h2>
      <table>
        <caption>
          Share of the ${report.total} texts translated, per language
        </caption>
        <thead>
          <tr>
            <th scope="col">Language</th>
            <th scope="col">Translated</th>
            <th scope="col">Missing</th>
          </tr>
        </thead>
        <tbody>
          ${report.locales.map(
            (locale) => html`<tr>
              <th scope="row">${locale.locale}</th>
              <td>${Math.floor(locale.share * 1000) / 10}% (${locale.translated} of ${locale.total})</td>
              <td>${missingList(locale.missing)}</td>
            </tr>`,
          )}
        </tbody>
      </table>
    `;
  }

  private renderPreview() {
    if (this.publishProblem) return html`<h2>Preview</h2><p class="bad">${this.publishProblem}</p>`;
    const preview = this.preview;
    if (!preview) return this.busy ? html`<p>Preparing the preview…</p>` : nothing;
    const locales = this.coverage ? this.coverage.locales.map((locale) => locale.locale) : [];
    const { manifest } = preview.result;
    return html`
      <h2>Preview</h2>
      <p class="note">
        Nothing is published: this is what the widgets would show.
        ${manifest.status === 'example' ? html`The files hold records marked as <strong>example</strong>, so it would be published as example content.` : nothing}
      </p>
      ${
        locales.length > 1
          ? html`<label
            >Language
            <select @change=${(event: Event) => (this.language = (event.target as HTMLSelectElement).value)}>
              ${locales.map((locale) => html`<option value=${locale} ?selected=${locale === this.language}>${locale}</option>`)}
            </select></label
          >`
          : nothing
      }
      <h3>What build would publish</h3>
      <ul>
        ${Object.entries(manifest.datasets).map(
          ([name, entry]) =>
            html`<li>
              <code>v1/${entry.file}</code> (${name}, ${kb(preview.result.files.find((file) => file.path === `v1/${entry.file}`)?.content ?? '')}, updated
              ${entry.updated}, languages ${entry.locales.join(', ')})
            </li>`,
        )}
      </ul>
      ${preview.datasets.map((dataset) => this.renderDataset(preview.base, dataset))}
    `;
  }

  private elementFor(base: string, tag: string): HTMLElement {
    let element = this.elements.get(tag);
    if (!element) {
      element = document.createElement(tag);
      element.setAttribute('content-base', base);
      element.setAttribute('lang', this.language);
      this.elements.set(tag, element);
    }
    return element;
  }

  private renderDataset(base: string, dataset: LoadedDataset) {
    const name = dataset.definition.name;
    const tag = ELEMENT_FOR[name];
    const defined = tag !== undefined && customElements.get(tag) !== undefined;
    return html`
      <section class="dataset" aria-label="${name} (${dataset.file})">
        <h3>${name} <small>(${dataset.file})</small></h3>
        ${dataset.error ? html`<p class="bad">${dataset.error}</p>` : nothing}
        ${
          defined
            ? this.elementFor(base, tag)
            : html`<p>
              ${
                tag
                  ? html`The element that shows this dataset, <code>&lt;${tag}&gt;</code>, is not in this build yet.`
                  : 'No element shows this dataset yet.'
              }
              Here is what the content store loaded.
            </p>`
        }
        ${dataset.collections.map(
          ([collection, records]) => html`
            <h4>${collection} (${records.length})</h4>
            ${
              records.length > 0
                ? html`<ul lang=${this.language} dir="auto">
                  ${records.map((record) => html`<li>${labelOf(record, this.language)}${record.example === true ? ' (example)' : ''}</li>`)}
                </ul>`
                : nothing
            }
          `,
        )}
      </section>
    `;
  }
}

defineElement('demo-content-preview', DemoContentPreview);

declare global {
  interface HTMLElementTagNameMap {
    'demo-content-preview': DemoContentPreview;
  }
}
