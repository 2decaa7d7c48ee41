import { expect } from '@open-wc/testing';
import * as z from 'zod/mini';
import { coverage, localesIn, localizedTexts } from '../../src/authoring/coverage.js';
import { localizedTextSchema } from '../../src/content/schema/common.js';
import { defineDataset } from '../../src/content/schema/dataset.js';
import { walkinsDataset } from '../../src/content/schema/walkins.js';

describe('translation coverage (pure)', () => {
  it('finds the localized texts through the schema, not ids, codes or keyword lists', () => {
    const entries = localizedTexts(walkinsDataset, {
      dataset: 'walkins',
      updated: '2026-11-20',
      about: { en: 'About', fr: 'À propos' },
      offices: [
        {
          id: 'icam-brussels',
          name: { en: 'Brussels', nl: '' },
          province: 'brussels',
          languages: ['nl', 'fr'],
          city: { id: 'brussels', name: { nl: 'Brussel' } },
        },
      ],
    });
    expect(entries).to.deep.equal([
      { path: '$.about', locales: ['en', 'fr'] },
      { path: '$.offices[0].name', locales: ['en'] },
      { path: '$.offices[0].city.name', locales: ['nl'] },
    ]);
  });

  it('leaves generated tables out (the services postcode table)', () => {
    const services = defineDataset({
      name: 'services',
      top: {
        places: z.optional(z.object({ municipalities: z.record(z.string(), z.object({ name: localizedTextSchema })) })),
        intro: z.optional(localizedTextSchema),
      },
      collections: {},
    });
    const source = { intro: { en: 'Intro' }, places: { municipalities: { '21004': { name: { fr: 'Bruxelles', nl: 'Brussel' } } } } };
    expect(localizedTexts(services, source).map((entry) => entry.path)).to.deep.equal(['$.intro']);
  });

  it('orders languages en, nl, fr, de first, and gives shares and missing texts per language', () => {
    const files = [
      {
        file: 'walkins.json',
        definition: walkinsDataset,
        source: { about: { ar: 'حول', fr: 'À propos', en: 'About' }, offices: [{ name: { en: 'Office' } }] },
      },
    ];
    expect(localesIn(files)).to.deep.equal(['en', 'fr', 'ar']);
    const report = coverage(files, ['en', 'ar']);
    expect(report.total).to.equal(2);
    expect(report.locales).to.deep.equal([
      { locale: 'en', translated: 2, total: 2, share: 1, missing: [] },
      { locale: 'ar', translated: 1, total: 2, share: 0.5, missing: [{ file: 'walkins.json', path: '$.offices[0].name', has: ['en'] }] },
    ]);
  });
});
