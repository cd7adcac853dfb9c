import { FILIERES, type Filiere, Millesimes, SCOPES, type Scope } from '@inserjeunes/contract';
import { type ApiRoute, defineRoute } from '../http/define-route.js';
import { queryParams } from '../http/query-params.js';
import { sendJson } from '../http/send-body.js';
import { compareMillesimesDesc } from '../indicators/millesime-order.js';
import type { RouteDeps } from './route-deps.js';

const millesimesQuery = { scope: queryParams.scope, filiere: queryParams.filiere };

/** What millésimes exist per scope and filière, and which imports brought them. */
export function millesimesRoutes(deps: RouteDeps): ApiRoute[] {
  return [
    defineRoute({
      method: 'get',
      path: '/millesimes',
      query: millesimesQuery,
      operationId: 'millesimes',
      summary: 'Millésimes disponibles par périmètre et filière, et les imports derrière eux',
      description: '`dernier` est le millésime servi quand aucun n’est demandé.',
      tag: 'Nomenclature',
      responses: {
        200: { description: 'Millésimes', content: { 'application/json': Millesimes } },
      },
      errors: [400, 429, 503],
      use: [deps.cached],
      handler: async (c, { query }) => {
        const rows = await deps.db.query<{
          scope: Scope;
          filiere: Filiere;
          millesime: string;
          lignes: number;
          imports: number[];
        }>(
          `select scope, filiere, millesime, count(*)::int as lignes,
                  array_agg(distinct import_id order by import_id) as imports
             from indicateur group by scope, filiere, millesime`,
        );
        const snapshot = await deps.readModel.snapshot();
        const disponibles: Millesimes['disponibles'] = [];
        for (const scope of SCOPES) {
          if (query.scope !== undefined && scope !== query.scope) continue;
          for (const filiere of FILIERES) {
            if (query.filiere !== undefined && filiere !== query.filiere) continue;
            const millesimes = rows
              .filter((row) => row.scope === scope && row.filiere === filiere)
              .sort((a, b) => compareMillesimesDesc(a.millesime, b.millesime))
              .map((row) => ({
                millesime: row.millesime,
                lignes: row.lignes,
                imports: row.imports.map(Number),
              }));
            const [latest] = millesimes;
            if (latest !== undefined) {
              disponibles.push({ scope, filiere, dernier: latest.millesime, millesimes });
            }
          }
        }
        const imports = [...snapshot.nomenclature.imports.values()]
          .sort((a, b) => b.id - a.id)
          .map((row) => {
            const provenance = snapshot.nomenclature.provenances.get(row.id);
            return {
              id: row.id,
              jeu_de_donnees: row.dataset,
              libelle: provenance?.libelle ?? row.dataset,
              fichier: row.fichier,
              importe_le: row.fin.toISOString(),
              fictif: row.fictif,
              lignes_importees: row.lignes_importees,
            };
          });
        const body: Millesimes = { disponibles, imports };
        return sendJson(c, body);
      },
    }),
  ];
}
