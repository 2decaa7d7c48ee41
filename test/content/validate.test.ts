import { expect } from '@open-wc/testing';
import * as z from 'zod/mini';
import { linkUrlSchema } from '../../src/content/schema/common.js';
import { proceduresDataset, type ProceduresData } from '../../src/content/schema/procedures.js';
import { reintegrationDataset } from '../../src/content/schema/reintegration.js';
import { servicesDataset } from '../../src/content/schema/services.js';
import { keepPreviousRecords, validateDataset, validateDatasetSteps, droppedProblems } from '../../src/content/validate.js';

async function fixture(name: string): Promise<Record<string, unknown> & { procedures: Record<string, unknown>[] }> {
  const response = await fetch(new URL(`./fixtures/${name}.json`, import.meta.url));
  return response.json();
}

describe('dataset validation', () => {
  it('accepts the fixtures, leaving the envelope out of the data', async () => {
    for (const [name, definition] of [
      ['procedures', proceduresDataset],
      ['reintegration', reintegrationDataset],
    ] as const) {
      const result = validateDataset(definition, await fixture(name));
      expect(result.ok, name).to.equal(true);
      if (!result.ok) continue;
      expect(result.dropped, name).to.deep.equal([]);
      expect(result.data).not.to.have.property('dataset');
      expect(result.data).not.to.have.property('$schema');
    }
    const result = validateDataset(proceduresDataset, await fixture('procedures'));
    if (!result.ok) throw new Error('fixture invalid');
    expect(result.updated).to.equal('2026-11-20');
    expect(result.data.procedures.map((p) => p.id)).to.deep.equal(['icam-coaching', 'example-procedure-b', 'example-procedure-c']);
    // Defaults are filled in: every procedure has its lists.
    expect(result.data.procedures[1]!.steps).to.deep.equal([]);
  });

  it('drops an invalid record, reporting its id and JSON path, and keeps the others', async () => {
    const file = await fixture('procedures');
    (file.procedures[1] as Record<string, unknown>).summary = { en: '' };
    (file.procedures[2] as { links: { url: string }[] }).links[0]!.url = 'javascript:alert(1)';
    const result = validateDataset(proceduresDataset, file);
    if (!result.ok) throw new Error('expected a valid dataset');
    expect(result.data.procedures.map((p) => p.id)).to.deep.equal(['icam-coaching']);
    expect(droppedProblems(result.dropped)).to.deep.equal([
      { dataset: 'procedures', id: 'example-procedure-b', path: '$.procedures[1].summary.en', message: 'must not be empty' },
      {
        dataset: 'procedures',
        id: 'example-procedure-c',
        path: '$.procedures[2].links[0].url',
        message: 'must be an https:// address, a tel: number or a mailto: address',
      },
    ]);
  });

  it('drops records without a usable id, with duplicate ids, or that are not objects', async () => {
    const file = await fixture('procedures');
    file.procedures.push({ title: { en: 'x' }, summary: { en: 'x' }, reviewed: '2026-01-01' });
    file.procedures.push({ ...file.procedures[0], id: 'Not An Id' });
    file.procedures.push({ ...file.procedures[0] });
    (file.procedures as unknown[]).push('a string');
    const result = validateDataset(proceduresDataset, file);
    if (!result.ok) throw new Error('expected a valid dataset');
    expect(result.data.procedures).to.have.length(3);
    const problems = droppedProblems(result.dropped);
    expect(problems.map((p) => [p.path, p.id])).to.deep.equal([
      ['$.procedures[3].id', undefined],
      ['$.procedures[4].id', 'Not An Id'],
      ['$.procedures[5].id', 'icam-coaching'],
      ['$.procedures[6]', undefined],
    ]);
    expect(problems[0]!.message).to.match(/every record needs an "id"/);
    expect(problems[2]!.message).to.equal('the id "icam-coaching" is already used by $.procedures[0]; this record is left out');
  });

  it('rejects a file whose top level is invalid, with the path of every problem', async () => {
    const file = await fixture('procedures');
    file.updated = '20-11-2026';
    file.intro = 'not localized';
    file.procedures = { not: 'an array' } as never;
    const result = validateDataset(proceduresDataset, file);
    expect(result.ok).to.equal(false);
    if (result.ok) return;
    expect(result.problems.map((p) => p.path).sort()).to.deep.equal(['$.intro', '$.procedures', '$.updated']);
    expect(result.problems.find((p) => p.path === '$.updated')!.message).to.equal('must be a date written YYYY-MM-DD');
  });

  it('rejects a file of another dataset and a file that is not an object', async () => {
    const result = validateDataset(reintegrationDataset, await fixture('procedures'));
    expect(result.ok).to.equal(false);
    if (!result.ok) expect(result.problems).to.deep.include({ dataset: 'reintegration', path: '$.dataset', message: 'must be "reintegration"' });
    const notObject = validateDataset(proceduresDataset, ['procedures']);
    expect(notObject.ok).to.equal(false);
    if (!notObject.ok) expect(notObject.problems[0]!.path).to.equal('$');
  });

  it('says a required field is missing in plain words', async () => {
    const file = await fixture('procedures');
    delete file.procedures[1]!.title;
    const result = validateDataset(proceduresDataset, file);
    if (!result.ok) throw new Error('expected a valid dataset');
    expect(droppedProblems(result.dropped)[0]).to.deep.include({
      path: '$.procedures[1].title',
      message: 'is missing: write it in one or more languages, e.g. { "en": "...", "fr": "..." }',
    });
  });

  it('ignores unknown fields from a newer minor version and takes a missing collection as empty', async () => {
    const file = await fixture('procedures');
    file.futureTop = { x: 1 };
    file.procedures = file.procedures.map((p) => ({ ...p, futureField: 'x', help: { services: [], futureNested: true } }));
    delete file.glossary;
    const result = validateDataset(proceduresDataset, file);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.dropped).to.deep.equal([]);
    expect(result.data).not.to.have.property('futureTop');
    expect(result.data.procedures[0]).not.to.have.property('futureField');
    expect(result.data.procedures[0]!.help).to.deep.equal({ services: [] });
    expect(result.data.glossary).to.deep.equal([]);
  });

  it('checks a large table of a top field a slice at a time, with the same result and the same problems', async () => {
    const response = await fetch(new URL('../../demo/content/services.json', import.meta.url));
    const file = (await response.json()) as { places: { municipalities: Record<string, unknown>; postcodes: Record<string, unknown> } };
    const entries = Object.keys(file.places.municipalities).length + Object.keys(file.places.postcodes).length;
    expect(entries, 'the example has Belgium’s table').to.be.greaterThan(1000);
    const run = (input: unknown) => {
      const steps = validateDatasetSteps(servicesDataset, input);
      let pauses = 0;
      let step = steps.next();
      for (; !step.done; step = steps.next()) pauses += 1;
      return { pauses, result: step.value };
    };
    const { pauses, result } = run(file);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const withoutPlaces = run({ ...file, places: undefined }).pauses;
    expect(pauses - withoutPlaces, 'a pause per 64 entries of the table').to.be.at.least(Math.floor(entries / 64));
    expect(result.data.places).to.deep.equal(z.parse(servicesDataset.top.places, file.places));

    // A wrong entry deep in the table still refuses the file, with its path.
    const postcodes = Object.keys(file.places.postcodes);
    file.places.postcodes[postcodes[900]!] = [];
    file.places.municipalities['2100'] = file.places.municipalities[Object.keys(file.places.municipalities)[0]!];
    const refused = validateDataset(servicesDataset, file);
    expect(refused.ok).to.equal(false);
    if (refused.ok) return;
    expect(refused.problems.map(({ path, message }) => ({ path, message }))).to.deep.equal([
      { path: `$.places.municipalities["2100"]`, message: 'is a key that is not allowed: it must be a five-digit NIS code' },
      { path: `$.places.postcodes["${postcodes[900]}"]`, message: 'must not be empty' },
    ]);
  });

  it('keeps the previous version of an invalid record, where it stood (nothing lost)', async () => {
    const previousFile = await fixture('procedures');
    const previous = validateDataset(proceduresDataset, previousFile);
    if (!previous.ok) throw new Error('fixture invalid');
    const file = await fixture('procedures');
    file.procedures.unshift({ id: 'brand-new', title: 42 });
    file.procedures[2]!.title = 42; // example-procedure-b
    file.procedures[3]!.summary = { en: 'C, edited' };
    const next = validateDataset(proceduresDataset, file);
    if (!next.ok) throw new Error('expected a valid dataset');
    const merged = keepPreviousRecords<ProceduresData>(proceduresDataset, next.data, next.dropped, previous.data);
    expect(merged.procedures.map((p) => p.id)).to.deep.equal(['icam-coaching', 'example-procedure-b', 'example-procedure-c']);
    expect(merged.procedures[1]).to.equal(previous.data.procedures[1]);
    expect(merged.procedures[2]!.summary.en).to.equal('C, edited');
    expect(next.dropped.map((d) => [d.id, d.keptPrevious ?? false])).to.deep.equal([
      ['brand-new', false],
      ['example-procedure-b', true],
    ]);
    // Without a previous copy nothing is added.
    expect(keepPreviousRecords(proceduresDataset, next.data, next.dropped, undefined)).to.equal(next.data);
  });

  it('lets links be https, tel or mailto only', () => {
    for (const ok of ['https://dofi.ibz.be', 'tel:+3224889777', 'mailto:info@example.org'])
      expect(z.safeParse(linkUrlSchema, ok).success, ok).to.equal(true);
    for (const bad of ['javascript:alert(1)', 'http://x.org', 'data:text/html,<b>', ' https://x.org'])
      expect(z.safeParse(linkUrlSchema, bad).success, bad).to.equal(false);
  });
});
