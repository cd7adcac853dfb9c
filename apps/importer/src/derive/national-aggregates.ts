import {
  autresRateKey,
  COUNT_KEYS,
  emploiCountKey,
  emploiRateKey,
  emploiStableCountKey,
  emploiStableShareKey,
  HEADLINE_KEYS,
  HORIZONS,
  withholdingReasonSql,
} from '@inserjeunes/contract';
import { TABLES } from '../load/tables.js';
import type { Tx } from '../load/transaction.js';
import { percentHalfEvenSql } from './percent-half-even-sql.js';

const EMPLOI = new Set<string>(HORIZONS.map(emploiCountKey));

/**
 * The contract's `completeCounts` over the count columns of `from` (`p.` prefix): leavers
 * are those who did not go on studying, and nobody is in work when nobody left.
 */
function completed(from: string): Record<string, string> {
  const term = `${from}.nb_annee_term`;
  const poursuite = `${from}.nb_poursuite_etudes`;
  const nobodyLeft = `(${from}.nb_sortant is null and ${term} is not null and ${poursuite} = ${term})`;
  const columns: Record<string, string> = {};
  for (const key of COUNT_KEYS) {
    const column = `${from}.${key}`;
    if (key === 'nb_sortant') columns[key] = `coalesce(${column}, ${term} - ${poursuite})`;
    else if (EMPLOI.has(key))
      columns[key] = `case when ${nobodyLeft} then coalesce(${column}, 0) else ${column} end`;
    else columns[key] = column;
  }
  return columns;
}

/** Whether a row (`q.` prefix, completed counts) takes part in a sum: every headline count. */
function usedInSums(): string {
  return `(${HEADLINE_KEYS.map((key) => `q.${key} is not null`).join(' and ')})`;
}

/**
 * The contract's `sumCounts` over the grouped rows (`r.` prefix, with `used`): how many rows
 * take part, and for each count how many of them have it and its sum over them.
 */
function sumsOverUsedRows(): string {
  return [
    'count(*) filter (where r.used) as rows_used',
    ...COUNT_KEYS.map(
      (key) =>
        `count(r.${key}) filter (where r.used) as n_${key}, sum(r.${key}) filter (where r.used) as s_${key}`,
    ),
  ].join(',\n            ');
}

/** A count of the national sum (`g.` prefix): the sum when every row used has it. */
function sumWhenComplete(key: string): string {
  return `case when g.rows_used > 0 and g.n_${key} = g.rows_used then g.s_${key} end`;
}

/** The contract's `computeRates` shares over completed counts (`c.` prefix), but the others'. */
function shares(): Record<string, string> {
  const share = (n: string, d: string) => percentHalfEvenSql(`c.${n}`, `c.${d}`);
  const columns: Record<string, string> = {
    taux_en_formation: share('nb_poursuite_etudes', 'nb_annee_term'),
  };
  for (const h of HORIZONS) {
    columns[emploiRateKey(h)] = share(emploiCountKey(h), 'nb_annee_term');
    columns[emploiStableShareKey(h)] = share(emploiStableCountKey(h), emploiCountKey(h));
  }
  return columns;
}

/** The share of the others (neither studying nor in work), from the other two (`y.` prefix). */
function others(): Record<string, string> {
  const columns: Record<string, string> = {};
  for (const h of HORIZONS) {
    const emploi = `y.${emploiRateKey(h)}`;
    // Spelled out: greatest() would ignore a null share instead of giving null.
    columns[autresRateKey(h)] =
      `case when ${emploi} is null or y.taux_en_formation is null then null
        else greatest(0, 100 - ${emploi} - y.taux_en_formation) end`;
  }
  return columns;
}

/** Why the API withholds a national sum: the contract's rule over the shares computed here. */
function withholding(): string {
  const share = shares();
  return withholdingReasonSql('x.nb_annee_term', (key) => (key in share ? `x.${key}` : null));
}

/** Where national sums come from: the rows summed, which of them count, and the flag. */
interface SumSource {
  /** The rows summed (`p.` prefix), besides having a code and no national row. */
  rows: string;
  /** Whether a row (`q.` prefix, completed counts) takes part in the sum. */
  used: string;
  derivation: 'agregat_regional' | 'agregat_etablissements';
}

const REGIONAL: SumSource = {
  rows: `p.scope = 'regional'`,
  used: usedInSums(),
  derivation: 'agregat_regional',
};

/**
 * InserSup's establishments (its 2026 structure, the file with counts per establishment):
 * the rows that count their students, leavers and those still studying take part.
 */
const INSERSUP_ESTABLISHMENTS: SumSource = {
  rows: `p.scope = 'formation' and p.filiere = 'superieur'
    and exists (select 1 from import d where d.id = p.import_id and d.dataset = 'insersup-2026')`,
  used: `(q.nb_annee_term is not null and q.nb_poursuite_etudes is not null and q.nb_sortant is not null)`,
  derivation: 'agregat_etablissements',
};

function aggregateSql(restricted: boolean, source: SumSource = REGIONAL): string {
  const complete = completed('p');
  const recomplete = completed('s');
  const share = shares();
  const other = others();
  const columns = TABLES.indicateur.columns;
  const values = columns.map((column) => {
    switch (column) {
      case 'scope':
        return `'national'`;
      case 'region_code':
      case 'uai':
        return 'null';
      case 'cfd':
        return `coalesce(x.cfd, case when x.code_type = 'MEFSTAT11' then null else x.code end)`;
      case 'raison_masquage':
        return withholding();
      case 'derivation':
        return `'${source.derivation}'`;
      default:
        return column in share ||
          column in other ||
          (COUNT_KEYS as readonly string[]).includes(column) ||
          [
            'millesime',
            'filiere',
            'code',
            'code_type',
            'donnee_source_code',
            'donnee_source_type',
            'fictif',
          ].includes(column)
          ? `x.${column}`
          : 'null';
    }
  });
  // Three steps, each materialized: without the fences the planner folds every level into
  // one projection where each share re-evaluates the sums it divides.
  // The national rows gathered first, once: probed row by row through the key's index, they
  // cost more than the sums themselves when the summed rows are a national file's million.
  // They and the codes to rebuild are looked up as hashed subplans (`not in`, `in … is true`,
  // which the planner keeps as such) rather than joined: planned without statistics of the
  // rows just written, a join went row by row, comparing each of a million rows with every
  // national row kept (20 s instead of 1.5 s for a re-import changing half the codes).
  // Neither side holds nulls, so `not in` means `not exists` here.
  return `
    with nationals as materialized (
      select code, filiere, millesime from indicateur where scope = 'national' and code is not null
    ),
    counts as materialized (
      select s.millesime, s.filiere, s.code, s.code_type, s.cfd, s.donnee_source_code,
        s.donnee_source_type, s.fictif, s.import_id,
        ${COUNT_KEYS.map((key) => `${recomplete[key]} as ${key}`).join(', ')}
      from (
        select g.millesime, g.filiere, g.code, g.code_type, g.cfd, g.donnee_source_code,
          g.donnee_source_type, g.fictif, g.import_id,
          ${COUNT_KEYS.map((key) => `${sumWhenComplete(key)} as ${key}`).join(', ')}
        from (
          select r.millesime, r.filiere, r.code, min(r.code_type) as code_type,
            min(r.cfd) as cfd, min(r.donnee_source_code) as donnee_source_code,
            min(r.donnee_source_type) as donnee_source_type,
            bool_or(r.fictif) as fictif, max(r.import_id) as import_id,
            ${sumsOverUsedRows()}
          from (
            select q.*, ${source.used} as used
            from (
              select p.millesime, p.filiere, p.code, p.code_type, p.cfd, p.donnee_source_code,
                p.donnee_source_type, p.fictif, p.import_id,
                ${COUNT_KEYS.map((key) => `${complete[key]} as ${key}`).join(', ')}
              from indicateur p
              where ${source.rows} and p.code is not null
                ${restricted ? 'and (p.code in (select code from derivation_code)) is true' : ''}
                and (p.code, p.filiere, p.millesime) not in (select code, filiere, millesime from nationals)
                and (p.derivation is null or not exists (
                  select 1 from indicateur o
                  where o.scope = 'regional' and o.code = p.code and o.filiere = p.filiere
                    and o.millesime = p.millesime and o.derivation is null))
            ) q
          ) r
          group by r.code, r.filiere, r.millesime
        ) g
      ) s
    ),
    shares as materialized (
      select c.*, ${Object.entries(share)
        .map(([key, sql]) => `${sql} as ${key}`)
        .join(',\n        ')}
      from counts c
    )
    insert into indicateur (${columns.join(', ')}, import_id)
    select ${values.join(', ')}, x.import_id
    from (
      select y.*, ${Object.entries(other)
        .map(([key, sql]) => `${sql} as ${key}`)
        .join(',\n        ')}
      from shares y
    ) x`;
}

/**
 * Builds national figures from regional ones where no national figure exists, in one
 * statement (a code's own regional rows when it has any, else the rows carried to it from a
 * renewed diploma, never a mix of both): for each (millésime, voie, code), the contract's `sumCounts` (the regional
 * counts of the rows that have every count the headline shares need), its
 * `completeCounts` and `computeRates` (integer arithmetic, ties to even), all in SQL.
 * Rows are flagged `derivation = 'agregat_regional'`; a real national row replaces them.
 * A plain INSERT: a code with a national row of any kind gets no sum, and its former sums
 * were deleted first, so nothing can meet the key.
 * With `restricted`, only the codes of the temporary table `derivation_code` are rebuilt.
 */
export async function aggregateNational(tx: Tx, restricted = false): Promise<void> {
  // Sums are national rows: the scope lets the delete find them through the indexes.
  await tx.query(
    restricted
      ? `delete from indicateur i using derivation_code k
          where i.scope = 'national' and i.derivation = 'agregat_regional' and i.code = k.code`
      : `delete from indicateur where scope = 'national' and derivation = 'agregat_regional'`,
  );
  await insertSums(tx, aggregateSql(restricted));
}

/**
 * National InserSup figures per SISE diploma where none is published: the sums of the
 * establishments' counts (the rows that count their students), with the contract's rules as
 * for regional sums, flagged `derivation = 'agregat_etablissements'`. The rates over leavers
 * published per establishment are not summed.
 */
export async function aggregateInserSupNational(tx: Tx, restricted = false): Promise<void> {
  await tx.query(
    restricted
      ? `delete from indicateur i using derivation_code k
          where i.scope = 'national' and i.derivation = 'agregat_etablissements' and i.code = k.code`
      : `delete from indicateur where scope = 'national' and derivation = 'agregat_etablissements'`,
  );
  await insertSums(tx, aggregateSql(restricted, INSERSUP_ESTABLISHMENTS));
}

/**
 * Runs a statement of sums with sorts ruled out. Planned inside the import's transaction,
 * before any statistics of the rows it just wrote, it sorted a whole national file's
 * rows, spilling them to disk, to group them into a few hundred sums; a hash table holds
 * those sums in a few hundred kilobytes and takes half the time (ADR 0058). Statistics would
 * not help: with them, the planner chose nested loops over the million rows.
 */
async function insertSums(tx: Tx, sql: string): Promise<void> {
  await tx.query('set local enable_sort = off');
  await tx.query(sql);
  await tx.query('set local enable_sort = on');
}
