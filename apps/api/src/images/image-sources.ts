import type {
  Affichage,
  Indicateur,
  IndicateursParFiliere,
  IndicateursSecondeCommune,
} from '@inserjeunes/contract';
import { type AffichageQuery, loadAffichage } from '../affichage/load-affichage.js';
import type { CompatibleQuery, FiguresService } from '../indicators/figures-service.js';

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

export function imageSources(figures: FiguresService): ImageSources {
  return {
    affichage: (query) => loadAffichage(figures, query),
    compatible: (query) => figures.compatible(query),
  };
}
