import type { CodeType, Filiere } from '@inserjeunes/contract';
import { codeTypeOf } from './describe-code.js';
import type { IndicatorRow } from './indicator-row.js';
import type { FinalCode } from './resolve-code.js';

/** The voies whose figures a code is published under. */
const VOIES_OF: Record<CodeType, readonly Filiere[]> = {
  MEFSTAT11: ['scolaire', 'agricole'],
  CFD: ['apprentissage', 'agricole', 'scolaire'],
  SISE: ['superieur'],
};

/**
 * Whether the data shows that an establishment does not teach these codes: it publishes
 * figures per formation in a voie the codes are published under, and has none for them nor
 * for their diplomas. Figures over the whole establishment say nothing of one formation,
 * and figures of another voie nothing of this one.
 */
export function notTaughtHere(
  publishedVoies: ReadonlySet<Filiere> | undefined,
  finals: readonly FinalCode[],
  rowsHere: readonly IndicatorRow[],
): boolean {
  if (publishedVoies === undefined || publishedVoies.size === 0) return false;
  const codes = new Set(finals.map((final) => final.code));
  const cfds = new Set(finals.map((final) => final.cfd).filter((cfd) => cfd !== null));
  const diplomaHere = rowsHere.some(
    (row) =>
      row.scope === 'formation' &&
      ((row.code !== null && codes.has(row.code)) || (row.cfd !== null && cfds.has(row.cfd))),
  );
  if (diplomaHere) return false;
  return finals.some((final) =>
    VOIES_OF[codeTypeOf(final.code)].some((voie) => publishedVoies.has(voie)),
  );
}
