// In a file of its own: it needs a page where no widget has loaded any translation yet.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { html as litHtml } from 'lit';
import { msg } from '@lit/localize';
import { FlWidget } from '../../src/components/base/fl-widget.js';
import { defineElement } from '../../src/define.js';
import { setReaderLanguage } from '../../src/i18n/choice.js';
import { isLocaleLoaded } from '../../src/i18n/localize.js';

const renders: string[] = [];
class FlTestLazy extends FlWidget {
  override render() {
    const text = msg('Language', { id: 'parts.language-picker.label' });
    renders.push(text);
    return litHtml`<p>${text}</p>`;
  }
}
defineElement('fl-test-lazy', FlTestLazy);

/** Whether the page downloaded translations of `locale` (of `namespace`, or any). */
const fetched = (locale: string, namespace = '[\\w-]+') =>
  performance.getEntriesByType('resource').some((entry) => new RegExp(`/generated/locales/${locale}/${namespace}\\.(js|ts)(\\?|$)`).test(entry.name));

describe('translations load on demand', () => {
  after(() => setReaderLanguage(undefined));

  it('downloads no language before a widget needs it, then only that one', async () => {
    expect(fetched('nl') || fetched('ar') || fetched('fr')).to.equal(false);
    const el = await fixture<FlTestLazy>(html`<fl-test-lazy lang="nl"></fl-test-lazy>`);
    expect(el.shadowRoot!.textContent).to.contain('Taal');
    expect(fetched('nl')).to.equal(true);
    expect(fetched('ar')).to.equal(false);
    expect(fetched('fr')).to.equal(false);
    expect(isLocaleLoaded('ar')).to.equal(false);
  });

  it('renders a new language only once it has loaded: no English in between', async () => {
    const el = await fixture<FlTestLazy>(html`<fl-test-lazy lang="nl"></fl-test-lazy>`);
    renders.length = 0;
    setReaderLanguage('ar');
    await waitUntil(() => el.shadowRoot!.textContent.includes('اللغة'), 'switches to Arabic');
    expect(fetched('ar')).to.equal(true);
    expect(renders).to.not.include('Language');
    expect(renders.at(-1)).to.equal('اللغة');
  });

  it("downloads an element's own strings only for that element: the walk-in schedule in Arabic, not the finder's", async () => {
    await import('../../src/components/fl-walkin-schedule/fl-walkin-schedule.js');
    const el = await fixture<HTMLElement & { updateComplete: Promise<boolean> }>(
      html`<fl-walkin-schedule lang="ar" content-base="https://content.invalid/"></fl-walkin-schedule>`,
    );
    await waitUntil(() => fetched('ar', 'walkin'), 'the walk-in strings in Arabic');
    await el.updateComplete;
    expect(fetched('ar', 'common'), 'the shared strings').to.equal(true);
    expect(fetched('ar', 'finder'), "the finder's strings").to.equal(false);
  });
});
