import { FILIERES, type Filiere, type Millesimes, SCOPES, type Scope } from '@inserjeunes/contract';
import type { DbHandle } from '@inserjeunes/db';
import type { DataSnapshot } from '../data/data-state.js';
import { compareMillesimesDesc, defaultMillesime } from '../indicators/millesime-order.js';

/** What stored rows there are per scope, filière and millésime. */
export type MillesimeRow = {
  scope: Scope;
  filiere: Filiere;
  millesime: string;
  lignes: number;
  imports: number[];
  /** Whether some rows are the codes' own figures, not carried from a renewed diploma. */
  propres: boolean;
};

/** Rows per scope, filière and millésime, with the imports behind them. */
export function millesimeRows({ query }: DbHandle): Promise<MillesimeRow[]> {
  return query<MillesimeRow>(
    `select scope, filiere, millesime, count(*)::int as lignes,
            array_agg(distinct import_id order by import_id) as imports,
            bool_or(donnee_source_type = 'self') as propres
       from indicateur group by scope, filiere, millesime`,
  );
}

/**
 * The `/millesimes` answer: per scope and filière, its millésimes newest first and `dernier`,
 * the one served when none is asked (by the rule of {@link defaultMillesime}); then every
 * import, newest first.
 */
export function millesimesAnswer(
  rows: readonly MillesimeRow[],
  snapshot: DataSnapshot,
  query: { scope?: Scope | undefined; filiere?: Filiere | undefined },
): Millesimes {
  const disponibles: Millesimes['disponibles'] = [];
  for (const scope of SCOPES) {
    if (query.scope !== undefined && scope !== query.scope) continue;
    for (const filiere of FILIERES) {
      if (query.filiere !== undefined && filiere !== query.filiere) continue;
      const here = rows
        .filter((row) => row.scope === scope && row.filiere === filiere)
        .sort((a, b) => compareMillesimesDesc(a.millesime, b.millesime));
      const dernier = defaultMillesime(
        here.map((row) => ({ millesime: row.millesime, own: row.propres })),
      );
      if (dernier === undefined) continue;
      const millesimes = here.map((row) => ({
        millesime: row.millesime,
        lignes: row.lignes,
        imports: row.imports.map(Number),
      }));
      disponibles.push({ scope, filiere, dernier, millesimes });
    }
  }
  const { imports, provenances } = snapshot.nomenclature;
  const listed = [...imports.values()]
    .sort((a, b) => b.id - a.id)
    .map((row) => ({
      id: row.id,
      jeu_de_donnees: row.dataset,
      libelle: provenances.get(row.id)?.libelle ?? row.dataset,
      fichier: row.fichier,
      importe_le: row.fin.toISOString(),
      fictif: row.fictif,
      lignes_importees: row.lignes_importees,
    }));
  return { disponibles, imports: listed };
}
