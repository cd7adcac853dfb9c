import { COUVERTURE_LIGNES_MAX } from '@inserjeunes/contract';
import { ApiFailure } from '../http/api-failure.js';

/**
 * How much of a catalogue is read at most. The work a catalogue costs is bounded before it is
 * done: a body that passes one of these is refused as soon as the reader meets it, whatever
 * comes after.
 */
export interface CatalogueLimits {
  /** Columns of the header, and cells of any line. */
  columns: number;
  /** Characters of one cell (a label, a code, a comment). */
  cellChars: number;
  /** Lines of data (the header aside), or objects of a JSON list. */
  rows: number;
}

/** Partners' catalogues hold 4 to 30 columns of short values; this leaves ample room. */
export const CATALOGUE_LIMITS: CatalogueLimits = {
  columns: 200,
  cellChars: 2_000,
  rows: COUVERTURE_LIGNES_MAX,
};

/** What a reader met: which limit, and where. */
export class CatalogueLimitExceeded extends Error {
  constructor(
    readonly limit: keyof CatalogueLimits,
    readonly max: number,
    readonly ligne: number,
  ) {
    super(`${limit} > ${max} at line ${ligne}`);
    this.name = 'CatalogueLimitExceeded';
  }
}

const WHAT: Record<keyof CatalogueLimits, (max: number, ligne: number) => string> = {
  columns: (max, ligne) =>
    `Catalogue trop large : plus de ${max} colonnes (ligne ${ligne}). Gardez les colonnes utiles (code, UAI, région).`,
  cellChars: (max, ligne) =>
    `Catalogue refusé : une cellule de la ligne ${ligne} dépasse ${max} caractères. Vérifiez le séparateur et les guillemets.`,
  rows: (max) => `Catalogue trop long : plus de ${max} lignes. Découpez-le en plusieurs envois.`,
};

/** The 413 a partner reads: which limit was passed, where, and what to do. */
export function limitFailure(exceeded: CatalogueLimitExceeded): ApiFailure {
  const { limit, max, ligne } = exceeded;
  // For rows, reading stops at the first one too many: `lignes` counts the rows read.
  const details: Record<string, number> =
    limit === 'rows'
      ? { lignes: max + 1, lignes_max: max }
      : limit === 'columns'
        ? { ligne, colonnes_max: max }
        : { ligne, caracteres_par_cellule_max: max };
  return new ApiFailure('corps_trop_grand', WHAT[limit](max, ligne), details);
}
