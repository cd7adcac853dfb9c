import { type DbHandle, etablissements, indicateurs } from '@inserjeunes/db';
import { and, eq, sql } from 'drizzle-orm';
import { type FigureStore, storedRows } from '../data/figure-store.js';
import type { IndicatorRow } from './indicator-row.js';

/** Where a code has figures: one scope, filière and millésime. */
export type DataPlace = { scope: string; filiere: string; millesime: string };

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
 * Every lookup of figures and establishments the read model makes. On the hot path: national and regional rows come from the in-memory store of
 * the current data version; rows per establishment, far more numerous, from one statement
 * prepared once per process.
 */
export function createRowSource(handle: DbHandle) {
  const { db } = handle;
  const formationRows = db
    .select()
    .from(indicateurs)
    .where(
      and(
        eq(indicateurs.scope, 'formation'),
        sql`${indicateurs.uai} = any(${param('uais')}::text[])`,
        // Looked up in hash tables of the codes (subplans kept as such by `is true`), not
        // by scanning the arrays for each row: a catalogue names hundreds of codes.
        sql`((${indicateurs.code} in (select unnest(${param('codes')}::text[]))) is true
          or (${indicateurs.cfd} in (select unnest(${param('cfds')}::text[]))) is true)`,
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

  const overallRows = db
    .select()
    .from(indicateurs)
    .where(and(eq(indicateurs.scope, 'etablissement'), eq(indicateurs.uai, param('uai'))))
    .prepare('indicateurs_etablissement');

  const formationCount = db
    .select({ n: sql<number>`count(*)::int` })
    .from(indicateurs)
    .where(and(eq(indicateurs.scope, 'formation'), eq(indicateurs.uai, param('uai'))))
    .prepare('nombre_formations');

  return {
    async rows(query: RowQuery, store: FigureStore): Promise<IndicatorRow[]> {
      if (query.codes.length === 0 && query.cfds.length === 0) return [];
      const stored = storedRows(store, query.codes, query.cfds, query.national, query.regions);
      if (query.uais.length === 0) return stored;
      const atEstablishments = await inBatches(query.uais, (uais) =>
        formationRows.execute({ codes: [...query.codes], cfds: [...query.cfds], uais }),
      );
      return [...stored, ...atEstablishments];
    },
    async etablissements(uais: readonly string[]) {
      if (uais.length === 0) return [];
      return inBatches(uais, (batch) => etablissementsByUai.execute({ uais: batch }));
    },
    /** An establishment's figures over all its trainings (scope `etablissement`). */
    overall(uai: string): Promise<IndicatorRow[]> {
      return overallRows.execute({ uai });
    },
    /** Where these codes have figures: each scope, filière and millésime once. */
    dataPlaces(codes: readonly string[]): Promise<DataPlace[]> {
      return handle.query<DataPlace>(
        'select distinct scope, filiere, millesime from indicateur where code = any($1::text[])',
        [[...codes]],
      );
    },
    /** How many rows of figures per training an establishment has. */
    async formationCount(uai: string): Promise<number> {
      const [counted] = await formationCount.execute({ uai });
      return counted?.n ?? 0;
    },
  };
}

export type RowSource = ReturnType<typeof createRowSource>;

/** Establishments looked up per query (see {@link inBatches}). */
const UAIS_PER_QUERY = 1000;

/**
 * One query per batch of establishments, one after the other. A catalogue names up to
 * 50,000 establishments: in one query, an in-process database (PGlite) would hold the event
 * loop, hence every widget's request, for the whole of it.
 */
async function inBatches<T>(
  uais: readonly string[],
  query: (batch: string[]) => Promise<T[]>,
): Promise<T[]> {
  const found: T[] = [];
  for (let start = 0; start < uais.length; start += UAIS_PER_QUERY) {
    for (const row of await query(uais.slice(start, start + UAIS_PER_QUERY))) found.push(row);
  }
  return found;
}
