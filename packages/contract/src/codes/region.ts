import type { ParseResult } from './certification-code.js';

/** INSEE regions and their départements (2016 map). */
const REGION_TABLE: ReadonlyArray<readonly [code: string, libelle: string, departements: string]> =
  [
    ['01', 'Guadeloupe', '971 977 978'],
    ['02', 'Martinique', '972'],
    ['03', 'Guyane', '973'],
    ['04', 'La Réunion', '974'],
    ['06', 'Mayotte', '976'],
    ['11', 'Île-de-France', '75 77 78 91 92 93 94 95'],
    ['24', 'Centre-Val de Loire', '18 28 36 37 41 45'],
    ['27', 'Bourgogne-Franche-Comté', '21 25 39 58 70 71 89 90'],
    ['28', 'Normandie', '14 27 50 61 76'],
    ['32', 'Hauts-de-France', '02 59 60 62 80'],
    ['44', 'Grand Est', '08 10 51 52 54 55 57 67 68 88'],
    ['52', 'Pays de la Loire', '44 49 53 72 85'],
    ['53', 'Bretagne', '22 29 35 56'],
    ['75', 'Nouvelle-Aquitaine', '16 17 19 23 24 33 40 47 64 79 86 87'],
    ['76', 'Occitanie', '09 11 12 30 31 32 34 46 48 65 66 81 82'],
    ['84', 'Auvergne-Rhône-Alpes', '01 03 07 15 26 38 42 43 63 69 73 74'],
    ['93', 'Provence-Alpes-Côte d’Azur', '04 05 06 13 83 84'],
    ['94', 'Corse', '2A 2B'],
  ];

export interface Region {
  code: string;
  libelle: string;
}

export const REGIONS: readonly Region[] = REGION_TABLE.map(([code, libelle]) => ({
  code,
  libelle,
}));

const REGION_BY_CODE = new Map(REGIONS.map((region) => [region.code, region]));
const REGION_BY_DEPARTEMENT = new Map(
  REGION_TABLE.flatMap(([code, , departements]) =>
    departements.split(' ').map((departement) => [departement, code] as const),
  ),
);

export function regionByCode(code: string): Region | undefined {
  return REGION_BY_CODE.get(code);
}

/** The département of a 5-digit postal code: 2 digits, 3 overseas (97x, 98x), 2A/2B in Corsica. */
export function departementOfPostalCode(postalCode: string): string {
  if (postalCode.startsWith('97') || postalCode.startsWith('98')) return postalCode.slice(0, 3);
  if (postalCode.startsWith('20')) return Number(postalCode) < 20200 ? '2A' : '2B';
  return postalCode.slice(0, 2);
}

/** Reads a region given as its INSEE code (`11`, `84`…) or as a postal code of one of its communes. */
export function parseRegion(input: string): ParseResult<Region> {
  const value = input.trim();
  if (/^[0-9]{5}$/.test(value)) {
    const code = REGION_BY_DEPARTEMENT.get(departementOfPostalCode(value));
    const region = code === undefined ? undefined : REGION_BY_CODE.get(code);
    if (region === undefined) {
      return { ok: false, reason: `le code postal ${value} ne correspond à aucune région` };
    }
    return { ok: true, value: region };
  }
  const region = REGION_BY_CODE.get(value.padStart(2, '0'));
  if (!/^[0-9]{1,2}$/.test(value) || region === undefined) {
    return {
      ok: false,
      reason: `région « ${value} » inconnue : attendu un code de région INSEE (11, 84…) ou un code postal`,
    };
  }
  return { ok: true, value: region };
}
