import { expect } from '@open-wc/testing';
import { cli, FIXTURES, TODAY, tmpdir, writeFiles } from './helpers.js';

const WALKINS = `${FIXTURES}/good/walkins.json`;

describe('frontline-content coverage', () => {
  it('gives per language the share of texts translated and the missing ones, at their place', async () => {
    const run = await cli('coverage', WALKINS);
    expect(run.code).to.equal(0);
    expect(run.stdout.trim().split('\n')).to.deep.equal([
      `Translations in ${WALKINS}: 7 texts in 1 dataset.`,
      '  en     100.0%  7 of 7',
      '  nl      85.7%  6 of 7, 1 missing',
      '  fr      71.4%  5 of 7, 2 missing',
      '',
      'Missing in nl:',
      `${WALKINS}:37:15 $.offices[1].note: has en`,
      '',
      'Missing in fr:',
      `${WALKINS}:27:15 $.offices[0].note: has en, nl`,
      `${WALKINS}:37:15 $.offices[1].note: has en`,
    ]);
  });

  it('counts the languages asked for, and only the shares with --summary', async () => {
    const run = await cli('coverage', WALKINS, '--locales', 'en,nl,de', '--summary');
    expect(run.stdout.trim().split('\n')).to.deep.equal([
      `Translations in ${WALKINS}: 7 texts in 1 dataset.`,
      '  en     100.0%  7 of 7',
      '  nl      85.7%  6 of 7, 1 missing',
      '  de       0.0%  0 of 7, 7 missing',
    ]);
  });

  it('counts a text with an empty translation as missing, and a whole folder across datasets', async () => {
    const dir = await tmpdir();
    await writeFiles(dir, {
      'walkins.json': JSON.stringify({ dataset: 'walkins', updated: '2026-11-20', about: { en: 'About', nl: ' ' }, offices: [] }),
      'reintegration.json': JSON.stringify({ dataset: 'reintegration', updated: '2026-11-20', intro: { en: 'Intro', nl: 'Inleiding' } }),
    });
    const run = await cli('coverage', dir, '--summary');
    expect(run.stdout).to.contain('2 texts in 2 datasets');
    expect(run.stdout).to.contain('  nl      50.0%  1 of 2, 1 missing');
  });

  it('refuses files it cannot read', async () => {
    const run = await cli('coverage', `${FIXTURES}/broken/json-syntax`);
    expect(run.code).to.equal(1);
    expect(run.stdout).to.contain(`${FIXTURES}/broken/json-syntax/walkins.json:4:3 $: the file is not valid JSON`);
  });
});

describe('frontline-content diff', () => {
  const changes = [
    'reintegration: dataset removed',
    'walkins: 1 added, 1 removed, 1 changed',
    '  updated: "2026-11-20" → "2026-11-21"',
    '  offices:',
    '    + icam-liege  "ICAM office Liège"',
    '    - icam-contact-point-limburg  "ICAM contact point in Limburg"',
    '    ~ icam-brussels  "ICAM office Brussels"',
  ];

  it('lists what changed between two authoring folders, record by record', async () => {
    const run = await cli('diff', `${FIXTURES}/good`, `${FIXTURES}/changed`);
    expect(run.code).to.equal(0);
    expect(run.stdout.trim().split('\n')).to.deep.equal([
      `Changes from ${FIXTURES}/good to ${FIXTURES}/changed:`,
      ...changes,
      '        sessions.rules[0].closes: "12:00" → "12:30"',
      '        note.fr: added "Venez sans rendez-vous le mercredi matin."',
    ]);
  });

  it('reads published versions too (a content base or its v1 folder)', async () => {
    const before = await tmpdir();
    const after = await tmpdir();
    expect((await cli('build', `${FIXTURES}/good`, '--out', before, '--today', TODAY)).code).to.equal(0);
    expect((await cli('build', `${FIXTURES}/changed`, '--out', after, '--today', TODAY)).code).to.equal(0);
    const run = await cli('diff', before, `${after}/v1`);
    expect(run.code).to.equal(0);
    // Published files have their keys sorted, so the fields come in alphabetical order.
    expect(run.stdout.trim().split('\n').slice(1)).to.deep.equal([
      ...changes,
      '        note.fr: added "Venez sans rendez-vous le mercredi matin."',
      '        sessions.rules[0].closes: "12:00" → "12:30"',
    ]);
  });

  it('says when nothing changed, and when a folder is missing', async () => {
    const same = await cli('diff', `${FIXTURES}/good`, `${FIXTURES}/good`);
    expect(same.stdout.trim().split('\n')[1]).to.equal('No changes.');
    const missing = await cli('diff', `${FIXTURES}/good`, `${FIXTURES}/nowhere`);
    expect(missing.code).to.equal(2);
    expect(missing.stderr).to.contain(`There is no folder "${FIXTURES}/nowhere"`);
    const args = await cli('diff', `${FIXTURES}/good`);
    expect(args.code).to.equal(2);
    expect(args.stderr).to.contain('Usage: frontline-content diff <old> <new>');
  });
});
