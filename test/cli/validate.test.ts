import { expect } from '@open-wc/testing';
import { cli, FIXTURES, problemLines, TODAY } from './helpers.js';

const broken = (name: string) => `${FIXTURES}/broken/${name}`;

/** Runs `validate` on a broken fixture folder: it must exit 1 and print exactly these problem lines. */
async function expectProblems(folder: string, expected: string[]): Promise<void> {
  const run = await cli('validate', folder, '--today', TODAY);
  expect(run.stderr).to.equal('');
  expect(problemLines(run)).to.deep.equal(expected);
  expect(run.code).to.equal(1);
  expect(run.stdout).to.contain(`${expected.length} problem${expected.length === 1 ? '' : 's'} in`);
}

describe('frontline-content validate', () => {
  it('passes the good fixtures and the example content of the demo, exit code 0', async () => {
    const good = await cli('validate', `${FIXTURES}/good`, '--today', TODAY);
    expect(good.stdout.trim()).to.equal(`${FIXTURES}/good: 4 files checked (procedures, reintegration, services, walkins), no problems.`);
    expect(good.code).to.equal(0);
    const demo = await cli('validate', 'demo/content');
    expect(demo.stdout).to.contain('no problems');
    expect(demo.code).to.equal(0);
  });

  it('reports JSON that does not parse with its line and column, in plain words', async () => {
    await expectProblems(broken('json-syntax'), [
      `${broken('json-syntax')}/walkins.json:4:3 $: the file is not valid JSON: a comma is missing before this field`,
    ]);
  });

  it('reports a file that is not a dataset, and a dataset name that does not exist', async () => {
    await expectProblems(broken('not-a-dataset'), [
      `${broken('not-a-dataset')}/notes.json:1:1 $: this file is not a dataset: it has no "dataset" field. A dataset file starts like { "dataset": "walkins", "updated": "2026-11-20", ... } (datasets: services, procedures, walkins, reintegration)`,
    ]);
    await expectProblems(broken('unknown-dataset'), [
      `${broken('unknown-dataset')}/offices.json:2:14 $.dataset: "offices" is not a dataset: use one of services, procedures, walkins, reintegration`,
    ]);
  });

  it('reports every schema problem at the offending value, a missing field at its record', async () => {
    await expectProblems(broken('schema'), [
      `${broken('schema')}/walkins.json:11:58 $.offices[0].sessions.rules[0].opens: must be a time written HH:MM (24-hour)`,
      `${broken('schema')}/walkins.json:12:32 $.offices[0].address.postcode: must be a Belgian postcode of four digits`,
      `${broken('schema')}/walkins.json:15:5 $.offices[1].name: is missing: write it in one or more languages, e.g. { "en": "...", "fr": "..." }`,
    ]);
  });

  it('reports an id used twice in a list', async () => {
    await expectProblems(broken('duplicate-ids'), [
      `${broken('duplicate-ids')}/procedures.json:6:13 $.topics[1].id: the id "residence" is already used by $.topics[0]; this record is left out`,
      `${broken('duplicate-ids')}/procedures.json:12:13 $.glossary[2].id: the id "order-to-leave" is already used by $.glossary[0]; this record is left out`,
    ]);
  });

  it('reports a field written twice in one object, which JSON.parse would hide', async () => {
    await expectProblems(broken('duplicate-key'), [
      `${broken('duplicate-key')}/walkins.json:4:42 $.about.en: the field "en" is written twice in this object (first at line 4, column 14): only the last one counts, so remove one`,
    ]);
  });

  it('reports two files of the same dataset', async () => {
    await expectProblems(broken('duplicate-dataset'), [
      `${broken('duplicate-dataset')}/walkins.json:1:14 $.dataset: the walkins dataset is already in ${broken('duplicate-dataset')}/walkins-copy.json: keep one file per dataset`,
    ]);
  });

  it('reports references that point nowhere, within a dataset and across datasets, with a likely correction', async () => {
    const at = broken('references');
    await expectProblems(at, [
      `${at}/procedures.json:11:18 $.procedures[0].topics[0]: "return-and-futur" is not the id of any topic in "topics": did you mean "return-and-future"?`,
      `${at}/procedures.json:12:17 $.procedures[0].terms[0]: "regularisation" is not the id of any glossary term in "glossary": check the spelling, or add a glossary term with this id`,
      `${at}/procedures.json:13:19 $.procedures[0].related[0]: "voluntary-return" is not the id of any procedure in "procedures": check the spelling, or add a procedure with this id`,
      `${at}/procedures.json:14:30 $.procedures[0].help.services[0]: "icam-line" is not the id of any service in "services" of the services file: check the spelling, or add a service with this id`,
      `${at}/procedures.json:24:45 $.questions[0].answers[0].next: "second-question" is not the id of any question in "questions": check the spelling, or add a question with this id`,
      `${at}/reintegration.json:10:17 $.programmes[0].desks[0]: "brussels-desk" is not the id of any desk in "desks": check the spelling, or add a desk with this id`,
      `${at}/reintegration.json:11:27 $.programmes[0].countries[1]: "XY" is not the code of a country (ISO 3166-1 alpha-2, such as "MA" for Morocco): check the code`,
      `${at}/reintegration.json:16:88 $.countries[0].programmes[0]: "example-programe" is not the id of any programme in "programmes": did you mean "example-programme"?`,
      `${at}/reintegration.json:19:18 $.countries[1].country: "EU" is not the code of a country (ISO 3166-1 alpha-2, such as "MA" for Morocco): check the code`,
      `${at}/reintegration.json:21:68 $.countries[1].partners[0].programmes[0]: "other-programme" is not the id of any programme in "programmes": check the spelling, or add a programme with this id`,
      `${at}/reintegration.json:25:105 $.desks[0].service: "fedasil-return-desk" is not the id of any service in "services" of the services file: check the spelling, or add a service with this id`,
      `${at}/reintegration.json:27:145 $.media[0].countries[0]: "country-mx" is not the id of any country record in "countries": did you mean "country-ma"?`,
      `${at}/services.json:6:45 $.taxonomy[1].parent: "healthcare" is not the id of any category of the taxonomy in "taxonomy": check the spelling, or add a category of the taxonomy with this id`,
      `${at}/services.json:12:23 $.services[0].organization: "immigration-ofice" is not the id of any organisation in "organizations": did you mean "immigration-office"?`,
      `${at}/services.json:14:22 $.services[0].categories[0]: "return-counselling" is not the id of any category of the taxonomy in "taxonomy": check the spelling, or add a category of the taxonomy with this id`,
    ]);
  });

  it('checks a reference to another dataset only when that dataset is in the folder', async () => {
    const run = await cli('validate', `${broken('references')}/procedures.json`, '--today', TODAY);
    expect(problemLines(run).some((line) => line.includes('icam-line'))).to.equal(false);
    expect(problemLines(run)).to.have.length(4);
  });

  it('reports orientation questions with a dead end, a circle, or never asked', async () => {
    await expectProblems(broken('orientation-dead-end'), [
      `${broken('orientation-dead-end')}/procedures.json:12:9 $.questions[0].answers[1]: this answer leads nowhere (a dead end): give it a "next" question, "procedures", service "categories", or at least a "note" telling the reader what to do`,
    ]);
    await expectProblems(broken('orientation-cycle'), [
      `${broken('orientation-cycle')}/procedures.json:19:55 $.questions[1].answers[0].next: leads back to "first-question", which the reader has already answered: the questions go round in a circle (first-question → second-question → first-question)`,
    ]);
    await expectProblems(broken('orientation-unreachable'), [
      `${broken('orientation-unreachable')}/procedures.json:12:5 $.questions[1]: the question "forgotten-question" is never asked: no answer leads to it (through "next") from the start question "first-question"`,
    ]);
  });

  it('reports glossary terms named in rich text that are not in the glossary, and service categories of answers that do not exist', async () => {
    const at = broken('terms');
    await expectProblems(at, [
      `${at}/procedures.json:13:27 $.procedures[0].steps[0].text.en: "annex-26-quater" is not the id of any glossary term in "glossary": did you mean "annex-26quater"?`,
      `${at}/procedures.json:31:51 $.questions[0].answers[1].categories[0]: "legal-advice" is not the id of any category of the taxonomy in "taxonomy" of the services file: check the spelling, or add a category of the taxonomy with this id`,
      `${at}/services.json:11:30 $.services[0].description.en: names the glossary term "order-to-leave", but only the procedures file has a glossary: readers would see the word without its explanation`,
    ]);
  });

  it('reports a reviewed date in the future, against the day given (the clock is injectable)', async () => {
    await expectProblems(broken('future-reviewed'), [
      `${broken('future-reviewed')}/walkins.json:10:19 $.offices[0].reviewed: the date 2026-12-01 is in the future (today is ${TODAY}): "reviewed" is the day the facts were last checked`,
    ]);
    const later = await cli('validate', broken('future-reviewed'), '--today', '2026-12-01');
    expect(later.code).to.equal(0);
  });

  it('reports addresses and rich text links that are not https, tel or mailto', async () => {
    const at = `${broken('urls')}/procedures.json`;
    await expectProblems(broken('urls'), [
      `${at}:4:20 $.intro.en: the link [the official page](http://dofi.ibz.be) goes to "http://dofi.ibz.be", which is not an https:, tel: or mailto: address: readers would see the words without the link: use https:// (the secure address of the same page)`,
      `${at}:10:31 $.procedures[0].whereToApply.en: the link [click here](javascript:alert(1)) goes to "javascript:alert(1)", which is not an https:, tel: or mailto: address: readers would see the words without the link`,
      `${at}:11:28 $.procedures[0].documents.en: "http://dofi.ibz.be/forms" is not an https:, tel: or mailto: address: use https:// (the secure address of the same page)`,
      `${at}:12:62 $.procedures[0].links[0].url: must be an https:// address, a tel: number or a mailto: address`,
    ]);
  });

  it('reports broken characters, control characters and line breaks in addresses, which would break links and calendar files', async () => {
    const at = `${broken('characters')}/walkins.json`;
    await expectProblems(broken('characters'), [
      `${at}:7:23 $.offices[0].name.en: contains an invisible control character: remove it`,
      `${at}:10:29 $.offices[0].contact.email: contains a broken character (half of a two-part character, such as "\\ud800" alone): type that character again`,
      `${at}:12:19 $.offices[0].sources[0]: contains a line break or an invisible control character: remove it`,
    ]);
  });

  it('says clearly when the folder is missing, empty, or the command is mistyped (exit code 2)', async () => {
    const missing = await cli('validate', `${FIXTURES}/does-not-exist`);
    expect(missing.code).to.equal(2);
    expect(missing.stderr).to.match(
      /^frontline-content: There is no folder "test\/fixtures\/content\/does-not-exist" \(looked for \/.*\/test\/fixtures\/content\/does-not-exist\)\.\n$/,
    );
    const empty = await cli('validate', broken('empty'));
    expect(empty.code).to.equal(2);
    expect(empty.stderr).to.contain(`There are no .json files in "${broken('empty')}"`);
    const nothing = await cli('validate');
    expect(nothing.code).to.equal(2);
    expect(nothing.stderr).to.contain('Usage: frontline-content validate <folder>');
    const unknown = await cli('publish', 'x');
    expect(unknown.code).to.equal(2);
    expect(unknown.stderr).to.contain('"publish" is not a command');
    const badDate = await cli('validate', `${FIXTURES}/good`, '--today', 'tomorrow');
    expect(badDate.code).to.equal(2);
    expect(badDate.stderr).to.contain('--today must be a date written YYYY-MM-DD');
  });

  it('prints its usage with --help (exit 0) and its version with --version', async () => {
    const help = await cli('--help');
    expect(help.code).to.equal(0);
    for (const command of ['validate', 'build', 'coverage', 'diff', 'schema']) expect(help.stdout).to.contain(`frontline-content ${command} `);
    const version = await cli('--version');
    expect(version.stdout.trim()).to.match(/^\d+\.\d+\.\d+/);
  });
});
