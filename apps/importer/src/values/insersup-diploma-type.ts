/**
 * InserSup names its diploma types in words (`type_diplome_long`: "Licence générale",
 * "Master MEEF") or as keys (`type_diplome`: `licence_pro`, `master_MEEF`, `but`), never by
 * the BCN's `TYPE_DIPLOME_SISE` code our diplomas carry. Each type InserSup publishes maps to
 * the one BCN type it stands for; an engineering diploma, which InserSup does not split by
 * route, takes the classic one (`FI`).
 */
const BCN_TYPES: ReadonlyMap<string, string> = new Map([
  ['licence générale', 'XA'],
  ['licence_gen', 'XA'],
  ['licence lmd', 'XA'],
  ['licence_lmd', 'XA'],
  ['licence professionnelle', 'DP'],
  ['licence_pro', 'DP'],
  ['master lmd', 'XB'],
  ['master_lmd', 'XB'],
  ['master meef', 'XD'],
  ['master_meef', 'XD'],
  ['but', 'DR'],
  ['bachelor universitaire de technologie', 'DR'],
  ['formation ingénieur', 'FI'],
  ['diplôme d’ingénieurs', 'FI'],
  ["diplôme d'ingénieurs", 'FI'],
  ['ingenieur', 'FI'],
]);

/** The label InserSup gives each type when a file only holds its key. */
const LABELS: ReadonlyMap<string, string> = new Map([
  ['XA', 'Licence générale'],
  ['DP', 'Licence professionnelle'],
  ['XB', 'Master LMD'],
  ['XD', 'Master MEEF'],
  ['DR', 'Bachelor universitaire de technologie'],
  ['FI', 'Diplôme d’ingénieurs'],
]);

export interface InserSupDiplomaType {
  /** The BCN `TYPE_DIPLOME_SISE` code. */
  code: string;
  /** InserSup's own words for it. */
  libelle: string;
}

/**
 * The BCN type of an InserSup diploma from the type cells of its line, the first one that
 * names a known type; null when none does (the diploma is then served without a type).
 */
export function insersupDiplomaType(...cells: readonly string[]): InserSupDiplomaType | null {
  for (const cell of cells) {
    const code = BCN_TYPES.get(cell.trim().toLowerCase());
    if (code === undefined) continue;
    // A cell in words is InserSup's label; a key (`master_MEEF`) is not one.
    const words = /\s/.test(cell.trim()) || /^[A-ZÀ-Ý]/.test(cell.trim());
    return { code, libelle: words ? cell.trim() : (LABELS.get(code) ?? cell.trim()) };
  }
  return null;
}
