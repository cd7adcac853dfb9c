import { type Filiere, publishableRowSql, type Scope } from '@inserjeunes/contract';
import type { DbHandle } from '@inserjeunes/db';

/** What the database holds per scope × filière × millésime, and how much of it is shown. */
export type CoverageRow = {
  scope: Scope;
  filiere: Filiere;
  millesime: string;
  lignes: number;
  codes: number;
  publiables: number;
};

/** Rows, codes and publishable rows (the contract's rule) per scope, filière and millésime. */
export function dataCoverage({ query }: DbHandle): Promise<CoverageRow[]> {
  return query<CoverageRow>(
    `select scope, filiere, millesime, count(*)::int as lignes,
            count(distinct coalesce(code, uai))::int as codes,
            (count(*) filter (where ${publishableRowSql('i')}))::int as publiables
       from indicateur i group by scope, filiere, millesime
       order by scope, filiere, millesime desc`,
  );
}
