import { COMPARED_KEYS, type ComparedKey, MIN_SIMILAR_TRAININGS } from '@inserjeunes/contract';
import type { FigureStore } from '../data/figure-store.js';
import type { Nomenclature } from '../data/nomenclature.js';
import { blockFigures, hasPublishableFigures } from '../indicators/build-indicateur.js';
import { describeCode } from '../indicators/describe-code.js';
import type { IndicatorRow } from '../indicators/indicator-row.js';
import { type Quartiles, quartiles } from './quartiles.js';

/** What makes trainings similar: where, which route, which millésime, which diploma level. */
export interface SimilarKey {
  scope: IndicatorRow['scope'];
  /** The region for a regional scope, the UAI for an establishment's; null in France. */
  place: string | null;
  filiere: IndicatorRow['filiere'];
  millesime: string;
  niveau: string;
}

/**
 * One compared figure among one set of similar trainings: how many have a publishable
 * value, and their quartiles when there are enough of them to compare.
 */
export interface Spread {
  count: number;
  quartiles: Quartiles | null;
}

export type SimilarValues = Readonly<Record<ComparedKey, Spread>>;

/**
 * The similar trainings of every stored row, grouped once per data version: the in-memory
 * national and regional rows, each published row counted once with its own figures.
 * Rows a code carries from its predecessor or successor (`continuum`) are another
 * diploma's figures and are left out. Grouping is by scope and place, so a scope added
 * later is grouped the same way.
 */
export class SimilarTrainings {
  readonly #groups = new Map<string, { key: SimilarKey; values: SimilarValues }>();

  constructor(rows: Iterable<IndicatorRow>, nomenclature: Nomenclature) {
    const collected = new Map<string, { key: SimilarKey; values: Record<ComparedKey, number[]> }>();
    const levels = new Map<string, string | null>();
    for (const row of rows) {
      if (row.code === null || row.derivation === 'continuum') continue;
      let niveau = levels.get(row.code);
      if (niveau === undefined) {
        niveau = describeCode(row.code, nomenclature).niveau?.code ?? null;
        levels.set(row.code, niveau);
      }
      if (niveau === null) continue;
      const figures = blockFigures([row], nomenclature);
      if (!hasPublishableFigures(figures)) continue;
      const similar: SimilarKey = {
        scope: row.scope,
        place: placeOf(row),
        filiere: row.filiere,
        millesime: row.millesime,
        niveau,
      };
      const key = keyOf(similar);
      let group = collected.get(key);
      if (group === undefined) {
        group = { key: similar, values: emptyValues() };
        collected.set(key, group);
      }
      const { values } = group;
      for (const figure of COMPARED_KEYS) {
        const value = figures.values[figure];
        if (value !== null && value !== undefined) values[figure].push(value);
      }
    }
    // Quartiles once per data version: a request only looks them up.
    for (const [text, group] of collected) {
      const spreads = {} as Record<ComparedKey, Spread>;
      for (const figure of COMPARED_KEYS) spreads[figure] = spreadOf(group.values[figure]);
      this.#groups.set(text, { key: group.key, values: spreads });
    }
  }

  /** The values of the trainings similar under `key`; empty lists when there are none. */
  valuesOf(key: SimilarKey): SimilarValues {
    return this.#groups.get(keyOf(key))?.values ?? EMPTY;
  }

  /** Every group, for the statistics page: its key and its values. */
  groups(): Iterable<{ key: SimilarKey; values: SimilarValues }> {
    return this.#groups.values();
  }
}

const cache = new WeakMap<FigureStore, SimilarTrainings>();

/** The similar trainings of a data version's figures, computed at its first use. */
export function similarTrainingsOf(
  figures: FigureStore,
  nomenclature: Nomenclature,
): SimilarTrainings {
  let found = cache.get(figures);
  if (found === undefined) {
    found = new SimilarTrainings(allRows(figures), nomenclature);
    cache.set(figures, found);
  }
  return found;
}

function* allRows(figures: FigureStore): Generator<IndicatorRow> {
  for (const rows of figures.byCode.values()) yield* rows;
}

/** The place a row's population lives in, by scope. */
export function placeOf(row: Pick<IndicatorRow, 'scope' | 'region_code' | 'uai'>): string | null {
  if (row.scope === 'regional') return row.region_code;
  if (row.scope === 'national') return null;
  return row.uai;
}

function spreadOf(values: number[]): Spread {
  values.sort((a, b) => a - b);
  return {
    count: values.length,
    quartiles: values.length < MIN_SIMILAR_TRAININGS ? null : quartiles(values),
  };
}

function emptyValues(): Record<ComparedKey, number[]> {
  return Object.fromEntries(COMPARED_KEYS.map((key) => [key, []])) as unknown as Record<
    ComparedKey,
    number[]
  >;
}

const EMPTY: SimilarValues = Object.fromEntries(
  COMPARED_KEYS.map((key) => [key, { count: 0, quartiles: null }]),
) as Record<ComparedKey, Spread>;

function keyOf(key: SimilarKey): string {
  return [key.scope, key.place ?? '', key.filiere, key.millesime, key.niveau].join('|');
}
