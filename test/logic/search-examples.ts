// The example services, organisations, categories and places of the search tests.
import type { Category, Organization, Places, Service } from '../../src/content/schema/services.js';
import { buildPlaceIndex } from '../../src/logic/geo.js';
import { buildServiceIndex, searchServices, type SearchRequest } from '../../src/logic/search.js';

export const base = { reviewed: '2026-11-22', sources: [] as string[], example: true };
export const taxonomy: Category[] = [
  { id: 'social-welfare', label: { fr: 'CPAS', nl: 'OCMW', en: 'Social welfare' }, synonyms: { fr: ['aide sociale'], nl: ['leefloon'] } },
  { id: 'health', label: { fr: 'Santé', nl: 'Gezondheid', en: 'Health' }, synonyms: { fr: ['médecin'], nl: ['dokter'] } },
  { id: 'urgent-medical-aid', parent: 'health', label: { fr: 'Aide médicale urgente', nl: 'Dringende medische hulp' } },
  { id: 'legal-aid', label: { fr: 'Aide juridique', nl: 'Juridische hulp', en: 'Legal aid' } },
];
export const organizations: Organization[] = [
  { ...base, id: 'cpas-liege', name: { fr: 'CPAS de Liège' }, alternateNames: { fr: ['CPAS'], nl: ['OCMW'] } },
  { ...base, id: 'ocmw-gent', name: { nl: 'OCMW Gent' }, alternateNames: { fr: ['CPAS'], nl: ['OCMW'] } },
  { ...base, id: 'mdm', name: { fr: 'Médecins du Monde', nl: 'Dokters van de Wereld' } },
  { ...base, id: 'baj', name: { fr: "Bureau d'aide juridique" } },
  { ...base, id: 'dofi', name: { fr: 'Office des étrangers', nl: 'Dienst Vreemdelingenzaken' } },
];
export const service = (fields: Partial<Service> & Pick<Service, 'id' | 'organization' | 'name' | 'categories'>): Service => ({
  ...base,
  audiences: [],
  languages: [],
  access: {},
  locations: [],
  ...fields,
});
const where = (postcode: string, municipality: Record<string, string>) => ({ address: { postcode, municipality }, geoPrecision: 'exact' as const });
export const services: Service[] = [
  service({
    id: 'liege-amu',
    organization: 'cpas-liege',
    name: { fr: 'Aide médicale urgente', nl: 'Dringende medische hulp' },
    categories: ['urgent-medical-aid', 'social-welfare'],
    languages: ['fr'],
    access: { noPapersNeeded: true, walkIn: true },
    cost: { free: true },
    locations: [where('4000', { fr: 'Liège' })],
  }),
  service({
    id: 'gent-leefloon',
    organization: 'ocmw-gent',
    name: { nl: 'Leefloon en sociale hulp' },
    categories: ['social-welfare'],
    languages: ['nl', 'en-GB'],
    access: { appointment: true },
    locations: [where('9000', { nl: 'Gent' })],
  }),
  service({
    id: 'mdm-brussels',
    organization: 'mdm',
    name: { fr: 'Consultations médicales', en: 'Medical consultations' },
    categories: ['health'],
    languages: ['fr', 'ar'],
    audiences: ['women'],
    access: { noPapersNeeded: true, anonymous: true, walkIn: true },
    interpreters: true,
    locations: [{ ...where('1000', { fr: 'Bruxelles' }), geo: { lat: 50.845, lon: 4.35 } }],
  }),
  service({
    id: 'baj-brussels',
    organization: 'baj',
    name: { fr: 'Avocat pro deo', nl: 'Pro-Deoadvocaat' },
    categories: ['legal-aid'],
    languages: ['fr'],
    access: { walkIn: true },
    locations: [where('1050', { fr: 'Ixelles' })],
  }),
  service({
    id: 'icam-line',
    organization: 'dofi',
    name: { fr: "Ligne d'appui ICAM", en: 'ICAM support line' },
    categories: ['legal-aid'],
    languages: ['fr', 'nl', 'en'],
    remote: true,
    access: { noPapersNeeded: true },
  }),
];
export const places: Places = {
  sources: {},
  municipalities: {
    '21004': { name: { nl: 'Brussel', fr: 'Bruxelles' }, lat: 50.8616, lon: 4.36 },
    '21009': { name: { nl: 'Elsene', fr: 'Ixelles' }, lat: 50.8241, lon: 4.3744 },
    '44021': { name: { nl: 'Gent', fr: 'Gand' }, lat: 51.0536, lon: 3.7225 },
    '62063': { name: { nl: 'Luik', fr: 'Liège', de: 'Lüttich' }, lat: 50.6337, lon: 5.5675 },
  },
  postcodes: { '1000': ['21004'], '1050': ['21009', '21004'], '4000': ['62063'], '9000': ['44021'] },
};

/** The index of the examples, and the ids of the services a request finds, in order. */
export function exampleSearch() {
  const index = buildServiceIndex(services, { organizations, taxonomy, places: buildPlaceIndex(places) });
  const ids = (request: SearchRequest) => searchServices(index, request).hits.map((hit) => hit.service.id);
  return { index, ids };
}
