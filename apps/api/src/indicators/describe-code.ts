import { type CodeType, cfdLevel } from '@inserjeunes/contract';
import type { Nomenclature } from '../data/nomenclature.js';
import { readableLabelOf } from './readable-label-of.js';

/** What the nomenclature says of a code: its label, diploma, level and closure. */
export interface CodeDescription {
  code: string;
  type: CodeType;
  libelle: string | null;
  /** The label in words a reader reads, beside the official one. */
  libelle_lisible: string | null;
  /** The CFD (or SISE code) of the diploma the code belongs to. */
  cfd: string | null;
  niveau: { code: string; libelle: string } | null;
  date_ouverture: string | null;
  date_fermeture: string | null;
}

export function codeTypeOf(code: string): CodeType {
  if (code.length === 11) return 'MEFSTAT11';
  return code.length === 7 ? 'SISE' : 'CFD';
}

/**
 * Describes a code from the nomenclature. A school-route year takes the label of its
 * diploma (the BCN's MEF labels are abbreviations meant for administrations), and its own
 * closing date when it has one.
 */
export function describeCode(code: string, nomenclature: Nomenclature): CodeDescription {
  const type = codeTypeOf(code);
  const mef = type === 'MEFSTAT11' ? nomenclature.mefs.get(code) : undefined;
  const cfd = type === 'MEFSTAT11' ? (mef?.cfd ?? null) : code;
  const diplome = cfd === null ? undefined : nomenclature.diplomes.get(cfd);
  const levelCode = diplome?.niveau ?? (type === 'CFD' ? cfdLevel(code) : null);
  const levelLabel = levelCode === null ? undefined : nomenclature.niveaux.get(levelCode);
  const libelle = diplome?.libelle_long ?? mef?.libelle_long ?? null;
  return {
    code,
    type,
    libelle,
    libelle_lisible:
      libelle === null ? null : readableLabelOf(libelle, levelCode, levelLabel ?? null),
    cfd,
    niveau:
      levelCode !== null && levelLabel !== undefined
        ? { code: levelCode, libelle: levelLabel }
        : null,
    date_ouverture: mef?.date_ouverture ?? diplome?.date_ouverture ?? null,
    date_fermeture: mef?.date_fermeture ?? diplome?.date_fermeture ?? null,
  };
}

/** A diploma is closed once its BCN closing date is past. */
export function isClosed(dateFermeture: string | null, today: string): boolean {
  return dateFermeture !== null && dateFermeture < today;
}
