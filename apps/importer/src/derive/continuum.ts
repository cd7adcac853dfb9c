import type { Scope } from '@inserjeunes/contract';
import { TABLES } from '../load/tables.js';
import type { Tx } from '../load/transaction.js';

/**
 * The final-year MEFSTAT11 of a diploma, one per length of the dispositif (a bac pro has a
 * 3-year course and often 1- and 2-year ones), or none for a length that has several; looked
 * up per link through N_MEF's index on the CFD: a join over every final year of N_MEF is
 * estimated at a handful of rows and planned as nested loops over thousands.
 */
function finalMefs(cfd: string): string {
  return `select min(m.mefstat11) as mefstat11, m.duree from mef m
    where m.cfd = ${cfd} and m.annee = m.duree group by m.duree having count(*) = 1`;
}

/**
 * Renewal links usable for carrying figures: 1↔1 only (a diploma split in two, or two merged
 * into one, says nothing about either part), at the CFD level and, for school-route figures,
 * between the final years of each side that have the same length (and so the same year of
 * the dispositif).
 */
const LINKS = `
  create temp table continuum_link on commit drop as
  with one_to_one as (
    select c.ancien_code as a, c.nouveau_code as b
    from diplome_continuum c
    where not exists (
        select 1 from diplome_continuum x
        where x.ancien_code = c.ancien_code and x.nouveau_code <> c.nouveau_code)
      and not exists (
        select 1 from diplome_continuum x
        where x.nouveau_code = c.nouveau_code and x.ancien_code <> c.ancien_code)
  )
  select a, b, b as cfd_b, a as cfd_a from one_to_one
  union all
  select fa.mefstat11, fb.mefstat11, o.b, o.a
  from one_to_one o
  cross join lateral (${finalMefs('o.a')}) fa
  cross join lateral (${finalMefs('o.b')}) fb
  where fa.duree = fb.duree`;

const KEY = TABLES.indicateur.key;

/** The figures one direction carries, as a SELECT of every column plus `import_id` and `rang`. */
function carriedSql(direction: 'ancienne' | 'nouvelle', restricted: boolean): string {
  // `ancienne`: the new code (b) gets the old one's (a) figures; `nouvelle`: the reverse.
  const [from, to, toCfd] = direction === 'ancienne' ? ['a', 'b', 'cfd_b'] : ['b', 'a', 'cfd_a'];
  const columns = TABLES.indicateur.columns;
  const values = columns.map((column) => {
    switch (column) {
      case 'code':
        return `l.${to} as code`;
      case 'cfd':
        return `l.${toCfd} as cfd`;
      case 'donnee_source_code':
        return 's.code as donnee_source_code';
      case 'donnee_source_type':
        return `'${direction}' as donnee_source_type`;
      case 'derivation':
        return `'continuum' as derivation`;
      default:
        return `s.${column}`;
    }
  });
  return `
    select ${values.join(', ')}, s.import_id, ${direction === 'ancienne' ? 0 : 1} as rang
    from indicateur s
    join continuum_link l on l.${from} = s.code
    ${restricted ? `join derivation_code k on k.code = l.${to}` : ''}
    where s.derivation is null and s.scope = any($1::text[])
      and not exists (
        select 1 from indicateur t
        where t.code = l.${to} and t.filiere = s.filiere and t.millesime = s.millesime
          and t.derivation is null
          and (
            (s.scope = 'formation' and t.scope = 'formation' and t.uai = s.uai)
            or (s.scope = 'regional' and t.scope = 'regional' and t.region_code = s.region_code)
            or (s.scope = 'national' and t.scope in ('national', 'regional'))
          ))`;
}

/**
 * Both directions in one INSERT. A code with a predecessor and a successor may be offered
 * the same row by both: the predecessor's wins. Nothing else can meet an existing row (the
 * code's own rows exclude the carry, its carried rows were deleted before), so the rows go
 * in by a plain INSERT, without the cost of ON CONFLICT's check per row; a mistake there
 * would fail the import on the key rather than pass unseen.
 */
function carrySql(restricted: boolean): string {
  const columns = [...TABLES.indicateur.columns, 'import_id'];
  return `
    insert into indicateur (${columns.join(', ')})
    select distinct on (${KEY.join(', ')}) ${columns.join(', ')}
    from (${carriedSql('ancienne', restricted)}
      union all ${carriedSql('nouvelle', restricted)}) c
    order by ${KEY.join(', ')}, rang`;
}

/**
 * The renewal links, in a temporary table `continuum_link` (a, b: old and new code; cfd_a,
 * cfd_b: their diplomas) that lives until the end of the transaction. A small indexed
 * table rather than a CTE: the planner then looks each link's figures up by code instead of
 * scanning every link for every figure.
 */
export async function createContinuumLinks(tx: Tx): Promise<void> {
  await tx.query(LINKS);
  await tx.query('create index on continuum_link (a)');
  await tx.query('create index on continuum_link (b)');
  await tx.query('analyze continuum_link');
}

/**
 * Carries figures across a diploma's renewal: a code with no figures of its own for a
 * millésime, voie and scope (and establishment, at the formation scope; region, at the
 * regional scope) gets those of its
 * predecessor (`ancienne`) or successor (`nouvelle`), flagged `derivation = 'continuum'`.
 * Real figures always win: carried rows are rebuilt after every import, and a code whose own
 * regional figures exist gets no carried national figure (its own sum will be computed).
 * Needs {@link createContinuumLinks}; with `restricted`, only the codes of the temporary
 * table `derivation_code` receive figures.
 */
export async function carryContinuum(
  tx: Tx,
  scopes: readonly Scope[],
  restricted = false,
): Promise<void> {
  await tx.query(carrySql(restricted), [scopes]);
}
