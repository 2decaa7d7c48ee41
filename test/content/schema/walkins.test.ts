import { expect } from '@open-wc/testing';
import * as z from 'zod/mini';
import { officeSchema, supportLineSchema, walkinsDataset } from '../../../src/content/schema/walkins.js';

interface WalkinsFile {
  dataset: string;
  updated: string;
  about: Record<string, string>;
  supportLine: unknown;
  offices: unknown[];
}

async function exampleFile(): Promise<WalkinsFile> {
  const response = await fetch('/demo/content/walkins.json');
  expect(response.ok).to.be.true;
  return response.json();
}

/** Every localized text object in a value: objects whose keys are all language codes. */
function localizedTexts(value: unknown, path = '$', out: [string, Record<string, string>][] = []) {
  if (Array.isArray(value)) value.forEach((item, i) => localizedTexts(item, `${path}[${i}]`, out));
  else if (value && typeof value === 'object') {
    const entries = Object.entries(value);
    if (entries.length && entries.every(([k, v]) => /^[a-z]{2}$/.test(k) && typeof v === 'string')) {
      out.push([path, value as Record<string, string>]);
    } else for (const [k, v] of entries) localizedTexts(v, `${path}.${k}`, out);
  }
  return out;
}

describe('walkins schema and example content', () => {
  it('the example file validates, top fields and every office', async () => {
    const file = await exampleFile();
    expect(file.dataset).to.equal(walkinsDataset.name);
    for (const [name, schema] of Object.entries(walkinsDataset.top)) {
      const result = z.safeParse(schema, (file as unknown as Record<string, unknown>)[name]);
      expect(result.success, `${name}: ${JSON.stringify(result.error?.issues)}`).to.be.true;
    }
    expect(file.offices.length).to.be.greaterThan(3);
    file.offices.forEach((office, i) => {
      const result = z.safeParse(walkinsDataset.collections.offices, office);
      expect(result.success, `offices[${i}]: ${JSON.stringify(result.error?.issues)}`).to.be.true;
    });
  });

  it('is flagged as example everywhere and states only the public facts, with their source', async () => {
    const file = await exampleFile();
    const offices = file.offices.map((o) => z.parse(officeSchema, o));
    const line = z.parse(supportLineSchema, file.supportLine);
    expect([line, ...offices].every((record) => record.example === true)).to.be.true;
    expect(line.phone).to.equal('02 488 97 77');
    expect(line.email).to.be.undefined;
    expect(line.hours).to.be.undefined;
    expect(offices.filter((o) => o.address || o.geo)).to.deep.equal([]);
    const walkIns = offices.filter((o) => o.access === 'walk-in');
    expect(walkIns.map((o) => o.city?.id)).to.deep.equal(['brussels', 'liege', 'antwerp']);
    for (const office of walkIns) {
      expect(office.sessions?.rules.map((r) => `${r.days.join()} ${r.opens}-${r.closes}`)).to.deep.equal(['we 09:00-12:00']);
    }
    expect(offices.filter((o) => o.access === 'appointment-only').length).to.be.greaterThan(0);
    for (const record of [line, ...offices]) expect(record.sources).to.include('https://dofi.ibz.be');
  });

  it('has every text in English, Dutch and French', async () => {
    const texts = localizedTexts(await exampleFile());
    expect(texts.length).to.be.greaterThan(20);
    for (const [path, text] of texts) expect(Object.keys(text), path).to.include.members(['en', 'nl', 'fr']);
  });

  const office = {
    id: 'icam-test',
    name: { en: 'ICAM contact point, Namur' },
    province: 'namur',
    access: 'appointment-only',
    reviewed: '2026-11-22',
  };

  it('accepts an office without city, address or geo, and ignores unknown fields', () => {
    const result = z.safeParse(officeSchema, { ...office, futureField: 1 });
    expect(result.success).to.be.true;
    expect(result.data).to.not.have.property('futureField');
    expect(result.data?.languages).to.deep.equal([]);
    expect(result.data?.sources).to.deep.equal([]);
  });

  it('refuses a walk-in office without sessions, pointing at the field', () => {
    const result = z.safeParse(officeSchema, { ...office, access: 'walk-in' });
    expect(result.success).to.be.false;
    expect(result.error?.issues.map((i) => i.path)).to.deep.include(['sessions']);
    const withRule = z.safeParse(officeSchema, {
      ...office,
      access: 'walk-in',
      sessions: { rules: [{ days: ['we'], opens: '09:00', closes: '12:00' }] },
    });
    expect(withRule.success).to.be.true;
    expect(withRule.data?.sessions?.publicHolidays).to.equal('closed');
  });

  it('refuses a bad province, a bad access value and a support line with neither phone nor e-mail', () => {
    expect(z.safeParse(officeSchema, { ...office, province: 'flanders' }).success).to.be.false;
    expect(z.safeParse(officeSchema, { ...office, access: 'drop-in' }).success).to.be.false;
    const line = { name: { en: 'ICAM support line' }, reviewed: '2026-11-22' };
    expect(z.safeParse(supportLineSchema, line).success).to.be.false;
    expect(z.safeParse(supportLineSchema, { ...line, phone: '02 488 97 77' }).success).to.be.true;
    expect(z.safeParse(supportLineSchema, { ...line, phone: 'call us' }).success).to.be.false;
  });

  it('takes a phone number with "(0)" after the country code, as Belgian numbers are often written, and no other brackets', () => {
    const line = { name: { en: 'ICAM support line' }, reviewed: '2026-11-22' };
    for (const phone of ['+32 (0)2 488 97 77', '+32(0)2 488.97.77', '0032 2 488 97 77']) {
      expect(z.safeParse(supportLineSchema, { ...line, phone }).success, phone).to.be.true;
    }
    for (const phone of ['(02) 488 97 77', '+32 (02) 488 97 77', '02 (0)488 97 77', '+32 (0)']) {
      expect(z.safeParse(supportLineSchema, { ...line, phone }).success, phone).to.be.false;
    }
  });
});
