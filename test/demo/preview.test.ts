import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../demo/preview/content-preview.js';
import type { DemoContentPreview } from '../../demo/preview/content-preview.js';
import { serveFromMemory } from '../../demo/preview/memory-host.js';
import { integrityOf, sha256Hex } from '../../src/content/loader.js';
import { cli, FIXTURES, problemLines, TODAY } from '../cli/helpers.js';

const NOW = new Date(`${TODAY}T12:00:00Z`);

async function files(folder: string, names: string[]): Promise<File[]> {
  return Promise.all(names.map(async (name) => new File([await (await fetch(`/${folder}/${name}`)).text()], name, { type: 'application/json' })));
}

async function preview(): Promise<DemoContentPreview> {
  const el = await fixture<DemoContentPreview>(html`<demo-content-preview .now=${NOW}></demo-content-preview>`);
  return el;
}

const root = (el: DemoContentPreview) => el.shadowRoot!;
const text = (el: DemoContentPreview) => root(el).textContent.replace(/\s+/g, ' ');
const problems = (el: DemoContentPreview) => [...root(el).querySelectorAll('.problems li')].map((li) => li.textContent.trim());
const status = (el: DemoContentPreview) => root(el).querySelector('[role="status"]')!.textContent.trim();

describe('content preview page', () => {
  it('shows the same problems, in the same words and places, as frontline-content validate', async () => {
    const folder = `${FIXTURES}/broken/references`;
    const el = await preview();
    await el.addFiles(await files(folder, ['procedures.json', 'reintegration.json', 'services.json']));
    await el.updateComplete;
    const run = await cli('validate', folder, '--today', TODAY);
    const expected = problemLines(run).map((line) => line.slice(`${folder}/`.length));
    expect(expected).to.have.length(15);
    expect(problems(el)).to.deep.equal(expected);
    expect(status(el)).to.equal('3 files checked: 15 problems in 3 files. A file with problems is not previewed, and build would not publish it.');
    expect(root(el).querySelector('.dataset')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('previews valid content as the content store loads it, with what build would publish', async () => {
    const el = await preview();
    await el.addFiles(await files(`${FIXTURES}/good`, ['walkins.json', 'procedures.json']));
    await el.updateComplete;
    expect(status(el)).to.equal('2 files checked: no problems.');
    const sections = [...root(el).querySelectorAll('section.dataset')];
    expect(sections.map((section) => section.getAttribute('aria-label'))).to.deep.equal(['walkins (walkins.json)', 'procedures (procedures.json)']);
    const offices = [...sections[0]!.querySelectorAll('li')].map((li) => li.textContent.trim());
    expect(offices).to.deep.equal(['ICAM office Brussels (example)', 'ICAM contact point in Limburg (example)']);
    expect(text(el)).to.match(/v1\/walkins\.[0-9a-f]{16}\.json \(walkins, [\d.]+ KB, updated 2026-11-20, languages en, fr, nl\)/);
    expect(text(el)).to.contain('so it would be published as example content');
    // The widget for a dataset shows as soon as it is in the build; until then the page says so.
    if (customElements.get('fl-walkin-schedule')) {
      const widget = sections[0]!.querySelector('fl-walkin-schedule')!;
      expect(widget.getAttribute('content-base')).to.match(/\/__content-preview\/\d+\/$/);
    } else {
      expect(sections[0]!.textContent.replace(/\s+/g, ' ')).to.contain(
        'The element that shows this dataset, <fl-walkin-schedule>, is not in this build yet.',
      );
    }
    expect(text(el)).to.contain('Share of the 23 texts translated, per language');
    await expect(el).to.be.accessible();

    const select = root(el).querySelector('select')!;
    select.value = 'nl';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(sections[0]!.querySelector('li')!.textContent.trim()).to.equal('ICAM-kantoor Brussel (example)');
    expect(sections[0]!.querySelector('ul')!.getAttribute('lang')).to.equal('nl');
  });

  it('takes files from the file picker and from a drop, and a file given again replaces the earlier one', async () => {
    const el = await preview();
    const input = root(el).querySelector('input[type="file"]') as HTMLInputElement;
    const picked = new DataTransfer();
    for (const file of await files(`${FIXTURES}/broken/future-reviewed`, ['walkins.json'])) picked.items.add(file);
    input.files = picked.files;
    input.dispatchEvent(new Event('change'));
    await waitUntil(() => problems(el).length === 1, 'the picked file is checked');
    expect(problems(el)[0]).to.equal(
      `walkins.json:10:19 $.offices[0].reviewed: the date 2026-12-01 is in the future (today is ${TODAY}): "reviewed" is the day the facts were last checked`,
    );

    const dropped = new DataTransfer();
    for (const file of await files(`${FIXTURES}/good`, ['walkins.json'])) dropped.items.add(file);
    root(el)
      .querySelector('.drop')!
      .dispatchEvent(new DragEvent('drop', { dataTransfer: dropped, bubbles: true, cancelable: true }));
    await waitUntil(() => status(el) === '1 file checked: no problems.', 'the dropped file replaces the picked one');
    await el.settled;
    await el.updateComplete;
    expect(root(el).querySelectorAll('section.dataset')).to.have.length(1);

    (root(el).querySelector('button[aria-label="Remove walkins.json"]') as HTMLButtonElement).click();
    await el.settled;
    await el.updateComplete;
    expect(status(el)).to.equal('');
    expect(root(el).querySelector('section.dataset')).to.equal(null);
  });

  it('serves the published files from memory with integrity checks, and lets other requests through', async () => {
    const content = '{"a":1}';
    const base = serveFromMemory([{ path: 'v1/a.json', content }]);
    expect(base).to.match(new RegExp(`^${location.origin}/__content-preview/\\d+/$`));
    const good = integrityOf(await sha256Hex(new TextEncoder().encode(content)));
    expect(await (await fetch(`${base}v1/a.json`, { integrity: good })).text()).to.equal(content);
    expect((await fetch(`${base}v1/missing.json`)).status).to.equal(404);
    const wrong = integrityOf(await sha256Hex(new TextEncoder().encode('{"a":2}')));
    let refused: unknown;
    await fetch(`${base}v1/a.json`, { integrity: wrong }).catch((error: unknown) => (refused = error));
    expect(refused).to.be.instanceOf(TypeError);
    // Anything else is a real request.
    expect((await fetch('/test/fixtures/content/good/walkins.json')).ok).to.equal(true);
  });

  it('runs as a page: demo/preview.html loads its script and the preview', async () => {
    const frame = document.createElement('iframe');
    frame.src = '/demo/preview.html';
    frame.title = 'preview page';
    document.body.append(frame);
    try {
      await waitUntil(
        () => frame.contentDocument?.querySelector('demo-content-preview')?.shadowRoot?.querySelector('input[type="file"]'),
        'the preview renders',
        {
          timeout: 8000,
        },
      );
      expect(frame.contentDocument!.title).to.equal('Preview content before publishing: frontline-widgets');
    } finally {
      frame.remove();
    }
  });
});

describe('content preview page with the demo content', () => {
  it('previews the example services and walk-in content, listing at most 8 missing texts per language', async () => {
    const el = await preview();
    await el.addFiles(await files('demo/content', ['services.json', 'walkins.json']));
    await el.updateComplete;
    expect(status(el)).to.equal('2 files checked: no problems.');
    const sections = [...root(el).querySelectorAll('section.dataset')].map((section) => section.getAttribute('aria-label'));
    expect(sections).to.deep.equal(['services (services.json)', 'walkins (walkins.json)']);
    const deRow = [...root(el).querySelectorAll('tbody tr')].find((row) => row.querySelector('th')!.textContent === 'de')!;
    expect(deRow.querySelector('td:last-child')!.textContent).to.match(/ and \d+ more \(frontline-content coverage lists them all\)$/);
    expect(deRow.querySelector('td:last-child')!.textContent.split(', ')).to.have.length(8);
  });
});
