import { TABLES } from './tables.js';
import type { Tx } from './transaction.js';

/** Where the file being imported stands (see the dataset's `publication`). */
export interface Standing {
  importId: number;
  dataset: string;
  rank: number;
  published: string | null;
  complete: boolean;
}

/** What the precedence rules did to one file's figures. */
export interface Precedence {
  /** Rows the dataset gave before for what the file covers and the file no longer holds. */
  removed: number;
  /**
   * The file's rows left out of the merge because a source that wins already gives them
   * (taken off the staged rows; the loader takes them off the unchanged ones).
   */
  kept: number;
  /** Rows of another dataset the file's rows replace. */
  replaced: number;
  /** Codes whose figures were removed, for the derivations. */
  codes: string[];
}

/** Equality on the figures' key, written so that the planner can hash on it (nulls equal). */
const SAME_KEY = TABLES.indicateur.key
  .map((column) => `coalesce(t.${column}, '') = coalesce(s.${column}, '')`)
  .join(' and ');

/** Whether the import `i` outranks the file: higher rank, or later publication at equal rank. */
const OUTRANKS = `(i.rang, coalesce(i.publie_le, '')) > ($1::int, coalesce($2::text, ''))`;

/**
 * Applies the precedence rules (ADR 26) before a file's figures are merged, in its
 * transaction: a complete file first removes what its dataset said before for the scopes,
 * voies and millésimes it covers and no longer holds (unless a later publication of the
 * dataset said it); then rows of the file that a winning source already gives are dropped
 * from the merge, and rows of other datasets it replaces are counted.
 */
export async function applyPrecedence(
  tx: Tx,
  stage: string | null,
  standing: Standing,
): Promise<Precedence> {
  const result: Precedence = { removed: 0, kept: 0, replaced: 0, codes: [] };
  if (stage === null) return result;
  const params = [standing.rank, standing.published];
  if (standing.complete) {
    const [removed] = await tx.query<{ n: number; codes: string[] | null }>(
      `with removed as (
         delete from indicateur t using import i
         where i.id = t.import_id and i.dataset = $3 and t.import_id <> $4 and t.derivation is null
           and (t.scope, t.filiere, t.millesime) in (
             select distinct scope, filiere, millesime from ${stage})
           and not ${OUTRANKS}
           and not exists (select 1 from ${stage} s where ${SAME_KEY})
         returning t.code)
       select count(*)::int as n, array_agg(distinct code) filter (where code is not null) as codes
       from removed`,
      [...params, standing.dataset, standing.importId],
    );
    result.removed = removed?.n ?? 0;
    result.codes = removed?.codes ?? [];
  }
  const [kept] = await tx.query<{ n: number }>(
    `with kept as (
       delete from ${stage} s using indicateur t, import i
       where ${SAME_KEY} and i.id = t.import_id and t.derivation is null and ${OUTRANKS}
       returning 1)
     select count(*)::int as n from kept`,
    params,
  );
  result.kept = kept?.n ?? 0;
  const [replaced] = await tx.query<{ n: number }>(
    `select count(*)::int as n from ${stage} s
     join indicateur t on ${SAME_KEY}
     join import i on i.id = t.import_id
     where i.dataset <> $1 and t.derivation is null`,
    [standing.dataset],
  );
  result.replaced = replaced?.n ?? 0;
  return result;
}
