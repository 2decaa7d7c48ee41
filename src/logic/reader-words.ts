/**
 * The shipped reader words (see ./search-phrases.ts): what readers type, in every UI language (en, fr,
 * nl, de, ar), for needing no papers, an order to leave the territory, the ICAM office, walking in and
 * staying anonymous. Categories name the example taxonomy's ids; content with other ids gives its own
 * `readerWords` (an entry with the same `id` replaces the default). With the compiler of the table, a
 * chunk of its own: the finder loads it once the reader types.
 */
import type { AccessFacet, ReaderWord } from '../content/schema/services.js';
import { FLAG } from './search-index.js';
import type { Phrase, ReaderPhrases } from './search-phrases.js';
import { normalizeText } from './text.js';

export const DEFAULT_READER_WORDS: readonly ReaderWord[] = [
  {
    id: 'no-papers',
    access: ['noPapersNeeded'],
    phrases: {
      en: [
        'undocumented',
        'without papers',
        'no papers',
        'without documents',
        'no residence permit',
        'without residence permit',
        'irregular stay',
        'irregular migrants',
        'sans papiers',
      ],
      fr: ['sans papiers', 'sans titre de séjour', 'sans document', 'sans documents', 'séjour irrégulier', 'en séjour irrégulier', 'sans statut'],
      nl: [
        'zonder papieren',
        'mensen zonder papieren',
        'zonder verblijfsvergunning',
        'zonder wettig verblijf',
        'zonder documenten',
        'irregulier verblijf',
        'sans papiers',
      ],
      de: ['ohne Papiere', 'ohne Aufenthaltstitel', 'ohne Aufenthaltserlaubnis', 'ohne Dokumente', 'undokumentiert', 'papierlos', 'Sans-Papiers'],
      ar: ['بدون أوراق', 'بلا أوراق', 'بدون وثائق', 'بلا وثائق', 'بدون إقامة', 'بدون اوراق', 'بدون أوراق إقامة'],
    },
  },
  {
    id: 'order-to-leave',
    categories: ['legal-aid', 'residence'],
    phrases: {
      en: ['order to leave the territory', 'order to leave', 'OQT', 'OQT annex 13'],
      fr: ['ordre de quitter le territoire', 'ordre de quitter', 'OQT', 'annexe 13'],
      nl: ['bevel om het grondgebied te verlaten', 'bevel om het land te verlaten', 'bevel grondgebied te verlaten', 'BGV', 'OQT', 'bijlage 13'],
      de: ['Anweisung das Staatsgebiet zu verlassen', 'Ausreiseanordnung', 'Ausreiseaufforderung', 'OQT'],
      ar: ['أمر بمغادرة التراب', 'أمر بمغادرة الأراضي', 'أمر بمغادرة البلاد', 'أمر مغادرة', 'OQT'],
    },
  },
  {
    id: 'icam',
    categories: ['residence'],
    phrases: {
      en: ['ICAM office', 'ICAM coach', 'ICAM'],
      fr: ['bureau ICAM', 'bureau de l’ICAM', 'coach ICAM', 'ICAM'],
      nl: ['ICAM-kantoor', 'ICAM kantoor', 'ICAM-coach', 'ICAM'],
      de: ['ICAM-Büro', 'ICAM Büro', 'ICAM'],
      ar: ['مكتب ICAM', 'مكتب إيكام', 'إيكام', 'ICAM'],
    },
  },
  {
    id: 'walk-in',
    access: ['walkIn'],
    phrases: {
      en: ['without appointment', 'without an appointment', 'no appointment', 'walk in', 'walk-in'],
      fr: ['sans rendez-vous', 'sans rdv', 'permanence sans rendez-vous'],
      nl: ['zonder afspraak', 'vrije inloop', 'inloop'],
      de: ['ohne Termin', 'ohne Anmeldung', 'offene Sprechstunde'],
      ar: ['بدون موعد', 'بلا موعد', 'دون موعد'],
    },
  },
  {
    id: 'anonymous',
    access: ['anonymous'],
    phrases: {
      en: ['anonymous', 'anonymously', 'without giving my name'],
      fr: ['anonyme', 'anonymement', 'sans donner mon nom'],
      nl: ['anoniem', 'zonder mijn naam'],
      de: ['anonym', 'ohne Namen'],
      ar: ['مجهول الهوية', 'بدون اسم', 'دون ذكر الاسم'],
    },
  },
];

const FACET_FLAGS: Record<AccessFacet, number> = {
  noPapersNeeded: FLAG.noPapersNeeded,
  noIdNeeded: FLAG.noIdNeeded,
  anonymous: FLAG.anonymous,
  walkIn: FLAG.walkIn,
};

/**
 * The phrase table of `content` entries over `defaults` (an entry with a default's `id` replaces it).
 * Categories `known` does not have are left out, and an entry left with nothing to stand for is dropped:
 * the defaults name the example taxonomy's categories, which other content may not have.
 */
export function compileReaderWords(
  defaults: readonly ReaderWord[],
  content: readonly ReaderWord[] = [],
  known: (category: string) => boolean = () => true,
): ReaderPhrases {
  const entries = new Map<string, ReaderWord>();
  for (const entry of [...defaults, ...content]) entries.set(entry.id, entry);
  const phrases: Phrase[] = [];
  for (const entry of entries.values()) {
    const flags = (entry.access ?? []).reduce((bits, facet) => bits | FACET_FLAGS[facet], 0);
    const categories = (entry.categories ?? []).filter(known);
    if (flags === 0 && categories.length === 0) continue;
    const texts = new Set(Object.values(entry.phrases).flat().map(normalizeText));
    for (const text of texts) if (text !== '') phrases.push({ id: entry.id, text, flags, categories });
  }
  phrases.sort((a, b) => b.text.length - a.text.length || (a.text < b.text ? -1 : 1));
  return { phrases };
}
