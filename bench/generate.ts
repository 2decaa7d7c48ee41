/**
 * A deterministic, synthetic services dataset for the benchmark: the same seed gives the same services
 * on every machine. Organisation kinds, categories and vocabulary follow the example content; names
 * of places come from the postcode table; everything else (street names, filler words) is made up and
 * never shown to readers.
 */
import type { Category, Organization, Places, Service } from '../src/content/schema/services.js';

/** Mulberry32: small, fast, good enough for test data. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Text = Record<string, string>;
type Weekday = 'mo' | 'tu' | 'we' | 'th' | 'fr';
/** A weekly rule needs a day: an empty draw becomes Wednesday (the random sequence stays the same). */
const atLeastOne = (days: Weekday[]): Weekday[] => (days.length > 0 ? days : ['we']);

const WORDS: Record<'fr' | 'nl' | 'en', string[]> = {
  fr: [
    'accompagnement',
    'information',
    'droits',
    'séjour',
    'santé',
    'soins',
    'logement',
    'famille',
    'enfants',
    'femmes',
    'rendez-vous',
    'permanence',
    'gratuit',
    'confidentiel',
    'dossier',
    'assistant',
    'social',
    'orientation',
    'écoute',
    'démarches',
    'administratives',
    'accueil',
    'urgence',
    'médicament',
    'hôpital',
    'consultation',
    'procédure',
    'recours',
    'asile',
    'avenir',
    'projet',
    'formation',
    'emploi',
    'école',
    'inscription',
    'interprète',
    'transport',
    'vêtements',
    'douche',
    'lessive',
    'nuit',
    'quartier',
    'bénévoles',
    'association',
    'soutien',
    'conseil',
    'prévention',
    'vaccination',
    'grossesse',
    'psychologue',
    'hygiène',
    'domiciliation',
    'revenu',
    'dettes',
    'énergie',
    'mutuelle',
    'pharmacie',
    'dentiste',
    'lunettes',
    'kinésithérapeute',
  ],
  nl: [
    'begeleiding',
    'informatie',
    'rechten',
    'verblijf',
    'gezondheid',
    'zorg',
    'huisvesting',
    'gezin',
    'kinderen',
    'vrouwen',
    'afspraak',
    'zitdag',
    'gratis',
    'vertrouwelijk',
    'dossier',
    'maatschappelijk',
    'werker',
    'oriëntatie',
    'luisteren',
    'administratie',
    'onthaal',
    'dringend',
    'geneesmiddel',
    'ziekenhuis',
    'consultatie',
    'procedure',
    'beroep',
    'asiel',
    'toekomst',
    'opleiding',
    'werk',
    'school',
    'inschrijving',
    'tolk',
    'vervoer',
    'kleding',
    'douche',
    'wasserij',
    'nacht',
    'buurt',
    'vrijwilligers',
    'vereniging',
    'steun',
    'advies',
    'preventie',
    'vaccinatie',
    'zwangerschap',
    'psycholoog',
    'hygiëne',
    'referentieadres',
    'inkomen',
    'schulden',
    'energie',
    'ziekenfonds',
    'apotheek',
    'tandarts',
    'bril',
  ],
  en: [
    'support',
    'information',
    'rights',
    'residence',
    'health',
    'care',
    'housing',
    'family',
    'children',
    'women',
    'appointment',
    'drop-in',
    'free',
    'confidential',
    'file',
    'social',
    'worker',
    'guidance',
    'listening',
    'paperwork',
    'reception',
    'emergency',
    'medicine',
    'hospital',
    'consultation',
    'procedure',
    'appeal',
    'asylum',
    'future',
    'training',
    'work',
    'school',
    'registration',
    'interpreter',
    'transport',
    'clothes',
    'shower',
    'laundry',
    'night',
    'neighbourhood',
    'volunteers',
    'association',
    'help',
    'advice',
    'prevention',
    'vaccination',
    'pregnancy',
    'psychologist',
    'hygiene',
    'address',
    'income',
    'debts',
    'energy',
    'insurance',
    'pharmacy',
    'dentist',
    'glasses',
  ],
};
const SYLLABLES = [
  'ka',
  'lo',
  'mi',
  'ren',
  'tas',
  'vel',
  'dor',
  'bi',
  'nu',
  'sel',
  'gar',
  'po',
  'qui',
  'man',
  'ter',
  'zo',
  'lin',
  'bra',
  'fe',
  'hu',
  'jas',
  'wen',
  'xi',
  'yo',
  'col',
  'dri',
  'es',
  'ul',
  'ont',
  'aar',
];
const LANGUAGES = ['fr', 'nl', 'en', 'ar', 'es', 'ps', 'ti', 'so', 'ru', 'uk', 'fa', 'de', 'tr', 'ro', 'pt', 'prs'];

interface Template {
  category: string[];
  org: (place: Text, pseudo: string) => Text;
  orgAlt?: Record<string, string[]>;
  names: Text[];
}

const TEMPLATES: Template[] = [
  {
    category: ['social-welfare'],
    org: (p) => ({ fr: `CPAS de ${p.fr ?? p.nl}`, nl: `OCMW ${p.nl ?? p.fr}` }),
    orgAlt: { fr: ['CPAS'], nl: ['OCMW'], de: ['ÖSHZ'] },
    names: [
      { fr: 'Aide médicale urgente', nl: 'Dringende medische hulp', en: 'Urgent medical aid' },
      { fr: 'Aide sociale et premier accueil', nl: 'Sociale hulp en onthaal', en: 'Social assistance' },
      { fr: "Revenu d'intégration", nl: 'Leefloon', en: 'Integration income' },
      { fr: 'Médiation de dettes', nl: 'Schuldbemiddeling', en: 'Debt mediation' },
      { fr: 'Service logement', nl: 'Woondienst', en: 'Housing service' },
    ],
  },
  {
    category: ['health'],
    org: (_, x) => ({ fr: `Maison médicale ${x}`, nl: `Wijkgezondheidscentrum ${x}` }),
    names: [
      { fr: 'Consultations médicales', nl: 'Medische consultaties', en: 'Medical consultations', ar: 'استشارات طبية' },
      { fr: 'Permanence infirmière', nl: 'Verpleegkundige zitdag', en: 'Nurse drop-in' },
      { fr: 'Santé mentale', nl: 'Geestelijke gezondheid', en: 'Mental health' },
      { fr: 'Planning familial', nl: 'Gezinsplanning', en: 'Family planning' },
    ],
  },
  {
    category: ['health'],
    org: () => ({ fr: 'Médecins du Monde', nl: 'Dokters van de Wereld', en: 'Doctors of the World' }),
    orgAlt: { fr: ['MdM'] },
    names: [
      { fr: 'Consultations médicales et psychosociales', nl: 'Medische en psychosociale consultaties', en: 'Medical and psychosocial consultations' },
    ],
  },
  {
    category: ['legal-aid'],
    org: (p) => ({ fr: `Bureau d'aide juridique de ${p.fr ?? p.nl}`, nl: `Bureau voor Juridische Bijstand ${p.nl ?? p.fr}` }),
    orgAlt: { fr: ['BAJ'], nl: ['BJB'] },
    names: [
      { fr: 'Avocat pro deo', nl: 'Pro-Deoadvocaat', en: 'Free lawyer' },
      { fr: 'Permanence juridique', nl: 'Juridisch spreekuur', en: 'Legal advice drop-in' },
    ],
  },
  {
    category: ['shelter'],
    org: (_, x) => ({ fr: `Maison d'accueil ${x}`, nl: `Opvanghuis ${x}` }),
    names: [
      { fr: 'Abri de nuit', nl: 'Nachtopvang', en: 'Night shelter', ar: 'مأوى ليلي' },
      { fr: "Hébergement d'urgence", nl: 'Noodopvang', en: 'Emergency housing' },
    ],
  },
  {
    category: ['food'],
    org: (_, x) => ({ fr: `Restaurant social ${x}`, nl: `Sociaal restaurant ${x}` }),
    names: [
      { fr: 'Repas à prix social', nl: 'Maaltijd aan sociaal tarief', en: 'Low-cost meals' },
      { fr: 'Colis alimentaires', nl: 'Voedselpakketten', en: 'Food parcels' },
      { fr: 'Épicerie sociale', nl: 'Sociale kruidenier', en: 'Social grocery' },
    ],
  },
  {
    category: ['return'],
    org: () => ({ en: 'Fedasil', fr: 'Fedasil', nl: 'Fedasil' }),
    names: [{ fr: 'Guichet retour volontaire', nl: 'Loket vrijwillige terugkeer', en: 'Voluntary return desk' }],
  },
  {
    category: ['return'],
    org: () => ({ en: 'Caritas International', fr: 'Caritas International', nl: 'Caritas International' }),
    names: [
      {
        fr: 'Accompagnement au retour et à la réintégration',
        nl: 'Begeleiding bij terugkeer en re-integratie',
        en: 'Return and reintegration counselling',
      },
    ],
  },
  {
    category: ['residence', 'return'],
    org: () => ({ fr: 'Office des étrangers', nl: 'Dienst Vreemdelingenzaken', en: 'Immigration Office' }),
    orgAlt: { nl: ['DVZ'], en: ['ICAM'] },
    names: [{ fr: 'Point de contact ICAM', nl: 'ICAM-contactpunt', en: 'ICAM contact point' }],
  },
  {
    category: ['language-classes'],
    org: (_, x) => ({ fr: `Alpha ${x}`, nl: `Taalpunt ${x}` }),
    names: [
      { fr: 'Cours de français', nl: 'Franse les', en: 'French classes' },
      { fr: 'Cours de néerlandais', nl: 'Nederlandse les', en: 'Dutch classes' },
      { fr: 'Alphabétisation', nl: 'Alfabetisering', en: 'Literacy' },
    ],
  },
  {
    category: ['families'],
    org: (_, x) => ({ fr: `Consultation ONE ${x}`, nl: `Consultatiebureau Kind en Gezin ${x}` }),
    names: [{ fr: 'Consultations pour enfants', nl: 'Consultaties voor kinderen', en: 'Child health consultations' }],
  },
  {
    category: ['diaspora'],
    org: (_, x) => ({ fr: `Association ${x}`, nl: `Vereniging ${x}`, en: `${x} community association` }),
    names: [{ fr: 'Accueil et entraide', nl: 'Onthaal en onderlinge hulp', en: 'Welcome and mutual help' }],
  },
];

export interface GeneratedDataset {
  organizations: Organization[];
  services: Service[];
}

/** Generates `count` services (and their organisations) from a seed, over the municipalities of `places`. */
export function generateServices(count: number, seed: number, places: Places, taxonomy: readonly Category[]): GeneratedDataset {
  const rnd = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rnd() * items.length)]!;
  const pseudo = (syllables = 2 + Math.floor(rnd() * 3)) => {
    let word = '';
    for (let i = 0; i < syllables; i += 1) word += pick(SYLLABLES);
    return word[0]!.toUpperCase() + word.slice(1);
  };
  const sentence = (language: 'fr' | 'nl' | 'en', length: number) => {
    const words: string[] = [];
    for (let i = 0; i < length; i += 1) words.push(rnd() < 0.15 ? pseudo() : pick(WORDS[language]));
    return `${words.join(' ')}.`;
  };
  const categoryIds = new Set(taxonomy.map((c) => c.id));
  const municipalities = Object.entries(places.municipalities);
  const mainPostcode = new Map<string, string>();
  for (const [postcode, codes] of Object.entries(places.postcodes)) if (!mainPostcode.has(codes[0]!)) mainPostcode.set(codes[0]!, postcode);
  // Larger places get more services: a quarter of the services go to the ten largest cities.
  const cities = ['21004', '11002', '44021', '62063', '52011', '92094', '53053', '31005', '24062', '21015'];

  const organizations = new Map<string, Organization>();
  const services: Service[] = [];
  const base = { reviewed: '2026-11-22', sources: [] as string[], example: true };
  for (let i = 0; i < count; i += 1) {
    const template = pick(TEMPLATES);
    const nis = rnd() < 0.25 ? pick(cities) : pick(municipalities)[0];
    const place = places.municipalities[nis]!;
    const placeName = place.name as Text;
    const x = pseudo();
    const orgName = template.org(placeName, x);
    const orgId = `${Object.values(orgName)[0]!
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')}-${nis}`;
    if (!organizations.has(orgId)) {
      organizations.set(orgId, { ...base, id: orgId, name: orgName, ...(template.orgAlt ? { alternateNames: template.orgAlt } : {}) });
    }
    const name = pick(template.names);
    const languages = LANGUAGES.filter((_, k) => k < 2 || rnd() < 0.12);
    const centre = place.lat !== undefined && place.lon !== undefined ? { lat: place.lat, lon: place.lon } : undefined;
    const exact = centre && rnd() < 0.7;
    const opens = 8 + Math.floor(rnd() * 4);
    services.push({
      ...base,
      id: `s${i}`,
      organization: orgId,
      name,
      description: {
        fr: sentence('fr', 20 + Math.floor(rnd() * 30)),
        nl: sentence('nl', 20 + Math.floor(rnd() * 30)),
        en: sentence('en', 15 + Math.floor(rnd() * 20)),
      },
      categories: template.category.filter((c) => categoryIds.has(c)),
      audiences: rnd() < 0.3 ? [pick(['families', 'minors', 'women', 'medical-needs'] as const)] : [],
      languages,
      interpreters: rnd() < 0.2,
      access: { noPapersNeeded: rnd() < 0.5, walkIn: rnd() < 0.5, anonymous: rnd() < 0.15, appointment: rnd() < 0.6 },
      cost: { free: rnd() < 0.7 },
      locations: [
        {
          address: {
            street: `${pick(['Rue', 'Straat', 'Avenue', 'Laan'])} ${pseudo()} ${1 + Math.floor(rnd() * 200)}`,
            postcode: mainPostcode.get(nis) ?? '1000',
            municipality: placeName,
          },
          ...(centre ? { geo: exact ? { lat: centre.lat + (rnd() - 0.5) * 0.04, lon: centre.lon + (rnd() - 0.5) * 0.06 } : centre } : {}),
          geoPrecision: exact ? 'exact' : 'municipality',
          schedule: {
            rules: [
              {
                days: atLeastOne(['mo', 'tu', 'we', 'th', 'fr'].filter(() => rnd() < 0.7) as Weekday[]),
                opens: `0${opens}:00`.slice(-5),
                closes: `${opens + 3 + Math.floor(rnd() * 5)}:00`,
              },
            ],
            exceptions: [],
            publicHolidays: 'closed',
          },
        },
      ],
    });
  }
  return { organizations: [...organizations.values()], services };
}
