import type {
  Affichage,
  CertificationCode,
  Indicateur,
  IndicateursParFiliere,
  IndicateursSecondeCommune,
} from '@inserjeunes/contract';
import type { AffichageQuery, FigureQuery, Place, ReadModel } from '../read-model/read-model.js';

/** One lookup of the single routes: where, which codes, and the millésime or view. */
export interface CompatibleQuery extends FigureQuery {
  place: Place;
  codes: readonly CertificationCode[];
}

/** What the compatible JSON routes answer: one record, one per filière, or specialities. */
export type CompatibleAnswer = Indicateur | IndicateursParFiliere | IndicateursSecondeCommune;

/**
 * Where the images get their figures: the very answers of the JSON routes they draw. The
 * drawing never reads the database; this file is the one place to rewire when the read
 * paths change.
 */
export interface ImageSources {
  /** The answer of `GET /api/inserjeunes/affichage/:codes`. */
  affichage(query: AffichageQuery): Promise<Affichage>;
  /** The answer of the single routes (national, regional, formation) the compatible images draw. */
  compatible(query: CompatibleQuery): Promise<CompatibleAnswer>;
}

export function imageSources(readModel: ReadModel): ImageSources {
  return {
    affichage: (query) => readModel.affichage(query),
    compatible: ({ place, codes, ...query }) => readModel.compatible(place, codes, query),
  };
}
