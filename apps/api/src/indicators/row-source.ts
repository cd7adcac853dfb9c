import { type DbHandle, etablissements, indicateurs } from '@inserjeunes/db';
import { and, eq, or, sql } from 'drizzle-orm';
import { type FigureStore, storedRows } from '../data/figure-store.js';
import type { IndicatorRow } from './indicator-row.js';

/** Which rows to read: some codes (or their diplomas) at some scopes. */
export interface RowQuery {
  codes: readonly string[];
  /** Also rows of another code type for these diplomas (the other filière's rows). */
  cfds: readonly string[];
  national: boolean;
  regions: readonly string[];
  uais: readonly string[];
}

const param = (name: string) => sql.placeholder(name);

/**
 * The lookups of the hot path: national and regional rows come from the in-memory store of
 * the current data version; rows per establishment, far more numerous, from one statement
 * prepared once per process.
 */
export function createRowSource({ db }: DbHandle) {
  const formationRows = db
    .select()
    .from(indicateurs)
    .where(
      and(
        eq(indicateurs.scope, 'formation'),
        sql`${indicateurs.uai} = any(${param('uais')}::text[])`,
        or(
          sql`${indicateurs.code} = any(${param('codes')}::text[])`,
          sql`${indicateurs.cfd} = any(${param('cfds')}::text[])`,
        ),
      ),
    )
    .prepare('indicateurs_formation');

  const etablissementsByUai = db
    .select({
      uai: etablissements.uai,
      libelle: etablissements.libelle,
      region_code: etablissements.region_code,
      academie_code: etablissements.academie_code,
    })
    .from(etablissements)
    .where(sql`${etablissements.uai} = any(${param('uais')}::text[])`)
    .prepare('etablissements_par_uai');

  const uaisWithRows = db
    .selectDistinct({ uai: indicateurs.uai })
    .from(indicateurs)
    .where(sql`${indicateurs.uai} = any(${param('uais')}::text[])`)
    .prepare('uai_avec_indicateurs');

  return {
    async rows(query: RowQuery, store: FigureStore): Promise<IndicatorRow[]> {
      if (query.codes.length === 0 && query.cfds.length === 0) return [];
      const stored = storedRows(store, query.codes, query.cfds, query.national, query.regions);
      if (query.uais.length === 0) return stored;
      const atEstablishments = await formationRows.execute({
        codes: [...query.codes],
        cfds: [...query.cfds],
        uais: [...query.uais],
      });
      return [...stored, ...atEstablishments];
    },
    async etablissements(uais: readonly string[]) {
      if (uais.length === 0) return [];
      return etablissementsByUai.execute({ uais: [...uais] });
    },
    /** The UAIs, among these, that have figures of any kind. */
    async uaisWithRows(uais: readonly string[]): Promise<Set<string>> {
      if (uais.length === 0) return new Set();
      const rows = await uaisWithRows.execute({ uais: [...uais] });
      return new Set(rows.map((row) => row.uai).filter((uai) => uai !== null));
    },
  };
}

export type RowSource = ReturnType<typeof createRowSource>;
