import type { CodeType, Filiere } from '@inserjeunes/contract';

/**
 * The reference service's value conventions for what our records name otherwise: its
 * filière `pro` is our school route, its code types are lower-case short names, and its
 * `diplome.code` is the level of the 2019 nomenclature, read from the CFD's first digit.
 */
export type ReferenceFiliere = 'pro' | 'apprentissage' | 'agricole' | 'superieur';

export function referenceFiliere(filiere: Filiere): ReferenceFiliere {
  return filiere === 'scolaire' ? 'pro' : filiere;
}

export type ReferenceCodeType = 'cfd' | 'mef11' | 'sise';

const CODE_TYPES: Record<CodeType, ReferenceCodeType> = {
  CFD: 'cfd',
  MEFSTAT11: 'mef11',
  SISE: 'sise',
};

export function referenceCodeType(type: CodeType): ReferenceCodeType {
  return CODE_TYPES[type];
}

/** The CFD's first digit (former level V to I) → the level of the 2019 nomenclature. */
const LEVELS: Record<string, string> = {
  '5': '3',
  '4': '4',
  '3': '5',
  '2': '6',
  '1': '7',
  '0': '7',
};
/** The reference's label of each level, for diplomas our nomenclature does not label. */
const LEVEL_LABELS: Record<string, string> = {
  '3': 'CAP',
  '4': 'BAC PRO',
  '5': 'BTS',
  '6': 'LIC PRO',
  '7': 'MASTER',
};

/**
 * `diplome` as the reference gave it: `{ code: "4", libelle: "BAC PRO" }` for a bac pro.
 * The label is ours (the BCN's short label of the diploma's level) when we have one.
 */
export function referenceDiplome(
  cfd: string | null,
  ours: { code: string; libelle: string } | null,
): { code: string; libelle: string } | null {
  const level = cfd === null || cfd.length !== 8 ? undefined : LEVELS[cfd.charAt(0)];
  if (level === undefined) return ours;
  return { code: level, libelle: ours?.libelle ?? LEVEL_LABELS[level] ?? level };
}
