import {
  COMPARED_KEYS,
  type ComparaisonFigure,
  type ComparisonPlace,
  type ContexteFiliere,
  type EvolutionPoint,
  MIN_SIMILAR_TRAININGS,
  millesimeYears,
  type Position,
} from '@inserjeunes/contract';
import type { Nomenclature } from '../data/nomenclature.js';
import { type BlockFigures, blockFigures } from '../indicators/build-indicateur.js';
import { describeCode } from '../indicators/describe-code.js';
import type { IndicatorRow } from '../indicators/indicator-row.js';
import { compareMillesimesDesc } from '../indicators/millesime-order.js';
import { placeOf, type SimilarTrainings, type Spread } from './similar-trainings.js';

/** What situating one shown block needs. */
export interface FigureContextInput {
  /** The rows of the block shown and their figures. */
  rows: readonly IndicatorRow[];
  figures: BlockFigures;
  /** Every row answering for the codes, any scope and millésime (the over-time points come from them). */
  candidates: readonly IndicatorRow[];
  /** The region whose similar trainings are counted besides France's; null for France alone. */
  region: { code: string; libelle: string } | null;
  similar: SimilarTrainings;
  nomenclature: Nomenclature;
}

/**
 * A shown block in context: its counts and promotions, each compared figure against the
 * similar trainings of the region and of France, and the same scope over the millésimes.
 * It depends on the rows' scope only through {@link placeOf}, so any scope is situated.
 */
export function figureContext(input: FigureContextInput): ContexteFiliere {
  const [first] = input.rows;
  if (first === undefined) throw new RangeError('figureContext needs at least one row');
  const niveau = levelOf(input.rows, input.nomenclature);
  const { values } = input.figures;
  const comparaison: ComparaisonFigure[] = [];
  const places: { perimetre: ComparisonPlace; region: { code: string; libelle: string } | null }[] =
    input.region === null
      ? [{ perimetre: 'national', region: null }]
      : [
          { perimetre: 'regional', region: input.region },
          { perimetre: 'national', region: null },
        ];
  for (const indicateur of COMPARED_KEYS) {
    const valeur = values[indicateur] ?? null;
    for (const { perimetre, region } of places) {
      const similar: Spread =
        niveau === null
          ? { count: 0, quartiles: null }
          : input.similar.valuesOf({
              scope: perimetre,
              place: region?.code ?? null,
              filiere: first.filiere,
              millesime: first.millesime,
              niveau: niveau.code,
            })[indicateur];
      if (valeur === null && similar.count === 0) continue;
      comparaison.push(compare(indicateur, perimetre, region, valeur, similar));
    }
  }
  return {
    filiere: first.filiere,
    millesime: first.millesime,
    nb_annee_term: values.nb_annee_term ?? null,
    nb_sortant: values.nb_sortant ?? null,
    promotions: millesimeYears(first.millesime),
    niveau,
    comparaison,
    evolution: evolution(first, input.candidates, input.nomenclature),
  };
}

function compare(
  indicateur: ComparaisonFigure['indicateur'],
  perimetre: ComparisonPlace,
  region: { code: string; libelle: string } | null,
  valeur: number | null,
  similar: Spread,
): ComparaisonFigure {
  const base = { indicateur, perimetre, region, nb_formations: similar.count, valeur };
  if (similar.quartiles === null || similar.count < MIN_SIMILAR_TRAININGS) {
    return { ...base, q1: null, mediane: null, q3: null, position: 'comparaison_impossible' };
  }
  const { q1, mediane, q3 } = similar.quartiles;
  return { ...base, q1, mediane, q3, position: positionOf(valeur, q1, q3) };
}

/** Above the third quartile, below the first, or between them (both included). */
export function positionOf(valeur: number | null, q1: number, q3: number): Position {
  if (valeur === null) return 'comparaison_impossible';
  if (valeur > q3) return 'quart_superieur';
  if (valeur < q1) return 'quart_inferieur';
  return 'moitie_centrale';
}

/** The diploma level the rows share, or null when they have none or several. */
function levelOf(
  rows: readonly IndicatorRow[],
  nomenclature: Nomenclature,
): { code: string; libelle: string } | null {
  const levels = new Map<string, { code: string; libelle: string } | null>();
  for (const row of rows) {
    const niveau = describeCode(row.code ?? row.cfd ?? '', nomenclature).niveau;
    levels.set(niveau?.code ?? '', niveau);
  }
  const [only] = levels.values();
  return levels.size === 1 ? (only ?? null) : null;
}

/** The shown block's scope, place and filière at every millésime held, oldest first. */
function evolution(
  shown: IndicatorRow,
  candidates: readonly IndicatorRow[],
  nomenclature: Nomenclature,
): EvolutionPoint[] {
  const place = placeOf(shown);
  const byMillesime = new Map<string, IndicatorRow[]>();
  for (const row of candidates) {
    if (row.scope !== shown.scope || row.filiere !== shown.filiere || placeOf(row) !== place) {
      continue;
    }
    const list = byMillesime.get(row.millesime);
    if (list === undefined) byMillesime.set(row.millesime, [row]);
    else list.push(row);
  }
  return [...byMillesime.keys()]
    .sort(compareMillesimesDesc)
    .reverse()
    .map((millesime) => {
      const { values } = blockFigures(byMillesime.get(millesime) ?? [], nomenclature);
      return {
        millesime,
        nb_annee_term: values.nb_annee_term ?? null,
        taux_en_emploi_6_mois: values.taux_en_emploi_6_mois,
        taux_en_emploi_12_mois: values.taux_en_emploi_12_mois,
        taux_en_emploi_18_mois: values.taux_en_emploi_18_mois ?? null,
        taux_en_emploi_24_mois: values.taux_en_emploi_24_mois ?? null,
        taux_en_emploi_30_mois: values.taux_en_emploi_30_mois ?? null,
        taux_en_formation: values.taux_en_formation,
        salaire_12_mois_q2: values.salaire_12_mois_q2 ?? null,
      };
    });
}
