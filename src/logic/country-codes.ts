/**
 * Which codes are countries, and a country's name in a language, through `Intl.DisplayNames`. Apart from
 * the country search (./countries.ts) so that an element can check a `country` attribute and name the
 * country without loading the search and its text folding.
 */
const displayNames = new Map<string, Intl.DisplayNames | null>();

/**
 * The name of a country (ISO 3166-1 alpha-2) in a language: `countryName('MA', 'nl')` is "Marokko",
 * `countryName('MA', 'ar')` "المغرب". Undefined when `Intl.DisplayNames` does not know the code or the
 * language. Here rather than in ../i18n/format.ts: only the country search needs it, and format.ts is
 * in the chunk every element shares.
 */
export function countryName(code: string, inLocale: string): string | undefined {
  let names = displayNames.get(inLocale);
  if (names === undefined) {
    try {
      names = new Intl.DisplayNames([inLocale], { type: 'region', fallback: 'none' });
    } catch {
      names = null;
    }
    displayNames.set(inLocale, names);
  }
  try {
    return names?.of(code) ?? undefined;
  } catch {
    return undefined;
  }
}

/**
 * The countries of ISO 3166-1 alpha-2 and Kosovo (`XK`, a user-assigned code Belgian sources use), in
 * one string: `Intl` also names regions that are not countries (`EU`, `UN`, `IC`) and codes no longer in
 * use (`YU`, `SU`), so it cannot be asked which codes exist.
 */
const CODES =
  'AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS XK YE YT ZA ZM ZW';

/** Every country code the picker offers, in alphabetical order. */
export const COUNTRY_CODES: readonly string[] = CODES.split(' ');
const KNOWN = new Set(COUNTRY_CODES);

/** Whether `code` is the code of a country (ISO 3166-1 alpha-2 in capitals, or `XK`). */
export function isCountryCode(code: string): boolean {
  return KNOWN.has(code);
}
