import { parseUai } from '@inserjeunes/contract';
import { ApiFailure } from '../http/api-failure.js';
import type { Catalogue } from './read-catalogue.js';

/** Column names, once normalised, that hold a certification code, in order of preference. */
const CODE_NAMES = ['code', 'code_certification', 'cfd', 'mefstat11', 'mef_stat_11', 'sise'];
const UAI_NAMES = ['uai'];
const REGION_NAMES = ['region', 'code_region', 'code_postal', 'cp'];

export interface CatalogueColumns {
  /** Code columns present, by preference: a row uses the first one it fills. */
  codes: string[];
  uai: string | null;
  region: string | null;
}

/** `MEF STAT 11` → `mef_stat_11`, `Région` → `region`. */
export function normaliseName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_|_$/g, '');
}

/**
 * Finds the code, UAI and region columns by name, whatever their case, accents or spacing.
 * A catalogue whose establishment column has another name (`Etablissement d'accueil`) still
 * works: the column where nearly every value is a valid UAI is taken. Explicit names from
 * the query win over both.
 */
/** Column names a partner gives in the query, when detection by name is not enough. */
export interface ExplicitColumns {
  code?: string | undefined;
  uai?: string | undefined;
  region?: string | undefined;
}

export function findColumns(catalogue: Catalogue, explicit: ExplicitColumns): CatalogueColumns {
  const byName = new Map(catalogue.columns.map((name) => [normaliseName(name), name]));
  const pick = (parametre: string, wanted: string | undefined): string | null => {
    if (wanted === undefined) return null;
    const found =
      catalogue.columns.find((name) => name === wanted) ?? byName.get(normaliseName(wanted));
    if (found === undefined) {
      throw new ApiFailure(
        'parametre_invalide',
        `Paramètre « ${parametre} » invalide : la colonne « ${wanted} » n’existe pas ; colonnes du fichier : ${catalogue.columns.join(', ')}.`,
        { parametre, colonnes: catalogue.columns },
      );
    }
    return found;
  };

  const explicitCode = pick('colonne_code', explicit.code);
  const codes =
    explicitCode !== null
      ? [explicitCode]
      : CODE_NAMES.map((name) => byName.get(name)).filter((name) => name !== undefined);
  if (codes.length === 0) {
    throw new ApiFailure(
      'corps_invalide',
      `Aucune colonne de code trouvée. Colonnes reconnues (casse et accents ignorés) : ${CODE_NAMES.join(', ')} ; colonnes du fichier : ${catalogue.columns.join(', ') || '(aucune)'}. Le paramètre colonne_code désigne une autre colonne.`,
      { colonnes: catalogue.columns, attendues: CODE_NAMES },
    );
  }
  const uai =
    pick('colonne_uai', explicit.uai) ??
    UAI_NAMES.map((name) => byName.get(name)).find((name) => name !== undefined) ??
    columnOfUais(catalogue, codes);
  const region =
    pick('colonne_region', explicit.region) ??
    REGION_NAMES.map((name) => byName.get(name)).find((name) => name !== undefined) ??
    null;
  return { codes, uai, region };
}

/**
 * The column where at least 90% of the first 200 filled values are valid UAIs, if any;
 * columns whose name mentions a UAI (`uai_lieu_formation`) are tried first, but a name alone
 * is not enough (`nb_apparitions_uai_mefstat` holds counts).
 */
function columnOfUais(catalogue: Catalogue, exclude: readonly string[]): string | null {
  const sample = catalogue.rows.slice(0, 200);
  const named = (name: string) => (/(^|_)uai(_|$)/.test(normaliseName(name)) ? 0 : 1);
  const candidates = [...catalogue.columns].sort((a, b) => named(a) - named(b));
  for (const name of candidates) {
    if (exclude.includes(name)) continue;
    const filled = sample.map((row) => row.values.get(name)?.trim() ?? '').filter((v) => v !== '');
    if (filled.length === 0) continue;
    const valid = filled.filter((value) => parseUai(value).ok).length;
    if (valid / filled.length >= 0.9) return name;
  }
  return null;
}
