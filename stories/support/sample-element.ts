/**
 * `<fl-story-sample>`: a story-only element that shows the shared parts the widgets are built from,
 * with the walk-in example content loaded through the real content layer: the content states, headings,
 * cards, a disclosure, a tip in a floating panel, buttons, links, the language picker. The theming page and the "Foundations" stories use it, beside the real widgets once they exist.
 * It reads the same `--fl-*` tokens as the widgets (sharedStyles). Not part of the library.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { FlWidget } from '../../src/components/base/fl-widget.js';
import { contentStatus, contentStatusStyles } from '../../src/components/parts/content-status.js';
import { disclosure } from '../../src/components/parts/disclosure.js';
import { heading } from '../../src/components/parts/heading.js';
import { belgianTimeNote, fallbackNote, localizedText } from '../../src/components/parts/localized.js';
import '../../src/components/parts/tip.define.js';
import { ContentController } from '../../src/content/controller.js';
import { walkinsDataset, type Office, type WalkinsData } from '../../src/content/schema/walkins.js';
import { defineElement } from '../../src/define.js';
import { formatList, formatWallTimeRange, formatWeekday } from '../../src/i18n/format.js';

/**
 * A specimen of the shared parts with the walk-in example content (story-only).
 *
 * @tagname fl-story-sample
 */
class FlStorySample extends FlWidget {
  static override styles = [
    contentStatusStyles,
    css`
      .fl-sample__top {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        justify-content: space-between;
        gap: calc(var(--_space) * 0.5);
        margin-block-end: calc(var(--_space) * 0.5);
      }
      .fl-sample__cards {
        display: grid;
        grid-template-columns: repeat(auto-fill, minmax(min(100%, 14rem), 1fr));
        gap: var(--_space);
        margin: 0 0 var(--_space);
        padding: 0;
        list-style: none;
      }
      .fl-sample__card {
        padding: calc(var(--_space) * 0.75);
        border: 1px solid var(--_border);
        border-radius: var(--_radius);
      }
      .fl-sample__card > :last-child {
        margin-block-end: 0;
      }
      .fl-sample__muted {
        color: var(--_muted);
        font-size: 0.9em;
      }
      .fl-sample__actions {
        display: flex;
        flex-wrap: wrap;
        gap: calc(var(--_space) * 0.5);
        margin-block-end: var(--_space);
      }
      .fl-sample__label {
        margin-block: var(--_space) calc(var(--_space) * 0.5);
        font-size: 0.9em;
        color: var(--_muted);
      }
    `,
  ];

  /** Leaves out the gallery of buttons and links (to show the content states alone). */
  @property({ type: Boolean, attribute: 'content-only' }) contentOnly = false;

  private readonly content = new ContentController(this, walkinsDataset);

  override render(): TemplateResult {
    const c = this.content;
    return html`<div class="fl-sample__top">
        ${heading(this.level(), html`<span lang="en" dir="ltr">Style sample</span>`)}${this.renderLanguagePicker()}
      </div>
      ${contentStatus(c, { locale: this.locale })}${c.data ? this.renderData(c.data) : nothing}`;
  }

  private renderData(data: WalkinsData): TemplateResult {
    const about = this.pickText(data.about);
    const line = data.supportLine;
    const lineName = this.pickText(line?.name);
    const lineNote = this.pickText(line?.note);
    const offices = data.offices.filter((office) => office.access === 'walk-in');
    return html`${fallbackNote(about)}
      <p>${localizedText(about)}</p>
      <ul class="fl-sample__cards" part="cards">
        ${offices.map((office) => this.renderOffice(office))}
      </ul>
      <p class="fl-sample__muted">${belgianTimeNote()}</p>
      ${
        line && lineName
          ? disclosure({
              summary: localizedText(lineName),
              content: html`<p>${localizedText(lineNote)}</p>
              <div class="fl-sample__actions">
                ${
                  line.phone
                    ? html`<a class="fl-button fl-button--primary" href="tel:${line.phone.replace(/[^0-9+]/g, '')}">${line.phone}</a>`
                    : nothing
                }
                ${line.sources.map((source) => html`<a class="fl-button" href=${source}>${new URL(source).hostname}</a>`)}
              </div>`,
            })
          : nothing
      }
      ${this.contentOnly ? nothing : this.renderGallery()}`;
  }

  private renderOffice(office: Office): TemplateResult {
    const name = this.pickText(office.name);
    const city = this.pickText(office.city?.name);
    const note = this.pickText(office.note);
    return html`<li class="fl-sample__card" part="card">
      ${heading(this.level(1), localizedText(name))}
      ${city ? html`<p class="fl-sample__muted">${localizedText(city)}</p>` : nothing}
      ${(office.sessions?.rules ?? []).map(
        (rule) =>
          html`<p>
            ${formatList(
              rule.days.map((day) => formatWeekday(day, this.locale)),
              this.locale,
            )}
            <bdi>${formatWallTimeRange(rule.opens, rule.closes, this.locale)}</bdi>
            ${note ? html`<fl-tip>${localizedText(note)}</fl-tip>` : nothing}
          </p>`,
      )}
    </li>`;
  }

  /** Specimens of the buttons and links, labelled as such (English, story-only). */
  private renderGallery(): TemplateResult {
    return html`<div lang="en" dir="ltr">
      <p class="fl-sample__label">Buttons (samples):</p>
      <div class="fl-sample__actions">
        <button type="button" class="fl-button fl-button--primary">Main action</button>
        <button type="button" class="fl-button">Other action</button>
        <button type="button" class="fl-button" disabled>Not available</button>
      </div>
      <p><a href="https://dofi.ibz.be">A link</a> in running text.</p>
    </div>`;
  }
}

defineElement('fl-story-sample', FlStorySample);

declare global {
  interface HTMLElementTagNameMap {
    'fl-story-sample': FlStorySample;
  }
}
