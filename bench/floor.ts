/**
 * The floor of the startup benchmark (scripts/bench/startup.mjs): the least a Lit element can do to show
 * the same content. It fetches the manifest and the dataset file, and renders a plain list of names: no
 * checking, no device copy, no language handling, no formatting. What the real widgets take beyond this is
 * the cost of everything they do for their readers. Not part of the library.
 */
import { LitElement, html } from 'lit';

class FlFloor extends LitElement {
  static override properties = { items: { state: true } };
  declare items: { id: string; name?: Record<string, string> }[] | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  private async load(): Promise<void> {
    const base = new URL(this.getAttribute('content-base') ?? 'content/', location.href);
    const dataset = this.getAttribute('dataset') ?? 'walkins';
    const manifest = (await (await fetch(new URL('v1/manifest.json', base))).json()) as { datasets: Record<string, { file: string }> };
    const file = manifest.datasets[dataset]?.file ?? '';
    const data = (await (await fetch(new URL(`v1/${file}`, base))).json()) as Record<string, unknown>;
    this.items = (data['offices'] ?? data['services'] ?? data['procedures'] ?? data['programmes'] ?? []) as FlFloor['items'];
    await this.updateComplete;
    this.dispatchEvent(new Event('floor-rendered', { bubbles: true, composed: true }));
  }

  override render() {
    return html`<ul>
      ${(this.items ?? []).map((item) => html`<li>${item.name?.['en'] ?? item.id}</li>`)}
    </ul>`;
  }
}

customElements.define('fl-floor', FlFloor);
