// Builds the Belgian postcode and municipality table (`places` in the services dataset) from the
// sources in scripts/geo/source/ and writes it into demo/content/services.json (only the `places` key).
//   node scripts/geo/build-places.mjs [path/to/services.json]
//
// Sources:
// - best-*.tsv: municipalities (NIS code, names in nl/fr/de), postcodes and municipality centres from
//   FPS BOSA's BeST Address open data (CC BY 4.0), as aggregated by the lekoala/belgian-geography
//   snapshot of 2026-09-22 (centres are the mean of each municipality's address points).
// - geonames-be-cities15000.tsv: GeoNames places of 15,000 people or more (CC BY 4.0), see
//   extract-geonames.mjs.
// - exonyms.tsv: English and Arabic names of large cities, entered by hand (see the file).
//
// Every BeST centre is compared with the GeoNames point of the same name where there is one. In the
// Flemish and Brussels regions they agree (median under 1 km); the Walloon centres of that snapshot do
// not (median error above 10 km, some in France), so a Walloon municipality gets the GeoNames point of
// its main town where GeoNames has one, and no centre otherwise. Nothing is guessed.
import { readFileSync, writeFileSync, existsSync } from 'node:fs';

const here = (file) => new URL(file, import.meta.url).pathname;
const target = process.argv[2] ?? new URL('../../demo/content/services.json', import.meta.url).pathname;
const MAX_AGREEMENT_KM = 5;

const tsv = (file) =>
  readFileSync(here(`./source/${file}`), 'utf8')
    .split('\n')
    .filter((line) => line && !line.startsWith('#'))
    .map((line) => line.split('\t'));

const fold = (s) =>
  s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
const haversineKm = (a, b) => {
  const rad = Math.PI / 180;
  const dLat = (b[0] - a[0]) * rad;
  const dLon = (b[1] - a[1]) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a[0] * rad) * Math.cos(b[0] * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371.0088 * Math.asin(Math.sqrt(h));
};
const round = (x) => Math.round(x * 1e4) / 1e4;

const centres = new Map(tsv('best-centres.tsv').map(([nis, lat, lon]) => [nis, [Number(lat), Number(lon)]]));
const geonames = new Map();
for (const [, name, admin1, lat, lon] of tsv('geonames-be-cities15000.tsv')) {
  const key = `${admin1}:${fold(name)}`;
  geonames.set(key, [...(geonames.get(key) ?? []), [Number(lat), Number(lon)]]);
}

// Names in other languages (English, Arabic) of large cities: see source/exonyms.tsv.
const exonyms = new Map();
for (const [nis, lang, name] of tsv('exonyms.tsv')) exonyms.set(nis, { ...exonyms.get(nis), [lang]: name });

const municipalities = {};
const report = { VLG: [], BRU: [], WAL: [] };
const counts = { best: 0, geonames: 0, none: 0 };
for (const [nis, region, nl, fr, de] of tsv('best-municipalities.tsv')) {
  const name = {};
  if (nl) name.nl = nl;
  if (fr) name.fr = fr;
  if (de) name.de = de;
  Object.assign(name, exonyms.get(nis));
  const admin1 = region.slice(3);
  const matches = [...new Set([nl, fr, de].filter(Boolean))].flatMap((n) => geonames.get(`${admin1}:${fold(n)}`) ?? []);
  const best = centres.get(nis);
  if (!best) throw new Error(`no BeST centre for ${nis}`);
  const distance = matches.length ? Math.min(...matches.map((p) => haversineKm(best, p))) : undefined;
  if (distance !== undefined) report[admin1].push(distance);
  const entry = { name };
  if (admin1 !== 'WAL') {
    if (distance !== undefined && distance > MAX_AGREEMENT_KM)
      throw new Error(`${nis} ${nl}: BeST and GeoNames disagree by ${distance.toFixed(1)} km`);
    Object.assign(entry, { lat: round(best[0]), lon: round(best[1]), geoSource: 'best' });
    counts.best += 1;
  } else if (matches.length === 1) {
    Object.assign(entry, { lat: round(matches[0][0]), lon: round(matches[0][1]), geoSource: 'geonames' });
    counts.geonames += 1;
  } else {
    counts.none += 1;
  }
  municipalities[nis] = entry;
}

// A postcode shared with the City of Brussels (1040, 1050, 1060) belongs mostly to the other municipality.
const postcodes = {};
for (const [postcode, list] of tsv('best-postcodes.tsv')) {
  const codes = list.split(',');
  for (const code of codes) if (!municipalities[code]) throw new Error(`postcode ${postcode}: unknown municipality ${code}`);
  postcodes[postcode] = codes.length > 1 ? [...codes.filter((c) => c !== '21004'), ...codes.filter((c) => c === '21004')] : codes;
}

const places = {
  sources: {
    best: {
      name: 'BeST Address (FPS BOSA), municipality centres as the mean of address points, via the lekoala/belgian-geography snapshot of 2026-09-22',
      url: 'https://opendata.bosa.be/',
      licence: 'CC BY 4.0',
      note: 'Postcodes, municipality names and the centres of Flemish and Brussels municipalities.',
    },
    geonames: {
      name: 'GeoNames cities15000 (places of 15,000 people or more), as shipped in Debian libgeonames0 0.3.0',
      url: 'https://www.geonames.org/',
      licence: 'CC BY 4.0',
      note: 'Centres of Walloon municipalities: the point of the main town. Walloon municipalities without such a town have no centre yet.',
    },
  },
  municipalities,
  postcodes,
};

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
for (const [region, values] of Object.entries(report)) {
  console.log(
    `${region}: BeST vs GeoNames on ${values.length} municipalities, median ${median(values).toFixed(1)} km, max ${Math.max(...values).toFixed(1)} km`,
  );
}
console.log(
  `centres: ${counts.best} from BeST, ${counts.geonames} from GeoNames, ${counts.none} without; ${Object.keys(postcodes).length} postcodes`,
);

const doc = existsSync(target) ? JSON.parse(readFileSync(target, 'utf8')) : { dataset: 'services' };
// One municipality or postcode a line: the table stays readable in a diff without tripling the file.
doc.places = '__PLACES__';
const lines = (object) =>
  Object.entries(object)
    .map(([key, value]) => `      ${JSON.stringify(key)}: ${JSON.stringify(value)}`)
    .join(',\n');
const placesText = [
  '{',
  `    "sources": ${JSON.stringify(places.sources, null, 2).replace(/\n/g, '\n    ')},`,
  '    "municipalities": {',
  lines(places.municipalities),
  '    },',
  '    "postcodes": {',
  lines(places.postcodes),
  '    }',
  '  }',
].join('\n');
writeFileSync(target, `${JSON.stringify(doc, null, 2).replace('"__PLACES__"', placesText)}\n`);
console.log(`wrote places to ${target}`);
