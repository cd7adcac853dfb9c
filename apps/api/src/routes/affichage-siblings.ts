import { AffichageExport } from '@inserjeunes/contract';
import * as z from 'zod/mini';
import { affichageCsv } from '../affichage/affichage-csv.js';
import { affichageMeta } from '../affichage/affichage-meta.js';
import { type ApiRoute, defineRoute } from '../http/define-route.js';
import { readCodes } from '../http/path-params.js';
import { sendJson, sendText } from '../http/send-body.js';
import { csvHeaders } from '../http/to-csv.js';
import { affichageQuery } from './affichage.js';
import type { RouteDeps } from './route-deps.js';

const CODES = 'Un ou plusieurs codes (CFD, MEFSTAT11, SISE) séparés par « , » ou « | ».';

/**
 * `GET /affichage/:codes.csv` and `.json`: the widget's answer to take away, with the same
 * parameters, and a `meta` block (source, licence, definitions, import date, millésime)
 * so the figures can be cited wherever they go.
 */
export function affichageSiblingRoutes(deps: RouteDeps): ApiRoute[] {
  return (['csv', 'json'] as const).map((format) =>
    defineRoute({
      method: 'get',
      path: `/affichage/:fichier{[^/]+\\.${format}}`,
      operationId: `affichage_${format}`,
      summary:
        format === 'csv'
          ? 'Les chiffres du widget, en CSV pour les tableurs'
          : 'Les chiffres du widget, en JSON avec leur bloc meta',
      description:
        format === 'csv'
          ? 'Mêmes paramètres que la route du widget. Une ligne par filière et par chiffre comparé : valeur, effectifs, masquage, comparaison dans la région et en France (nombre de formations semblables, q1, médiane, q3, position), puis source, licence, définitions, date d’import et caractère fictif répétés sur chaque ligne. UTF-8 avec BOM, « ; », virgule décimale.'
          : 'Mêmes paramètres que la route du widget : `affichage` est sa réponse, `meta` dit la source, la licence, la page des définitions, la date du dernier import, le millésime et les promotions, et donne une phrase pour citer les chiffres.',
      tag: 'Widget',
      documented: {
        path: `/affichage/{codes}.${format}`,
        params: { codes: { description: CODES } },
      },
      params: {
        fichier: {
          description: CODES,
          read: (raw: string) => readCodes(raw.slice(0, -(format.length + 1))),
        },
      },
      query: affichageQuery,
      responses: {
        200:
          format === 'csv'
            ? { description: 'CSV', content: { 'text/csv': z.string() } }
            : {
                description: 'Affichage et meta',
                content: { 'application/json': AffichageExport },
              },
      },
      errors: [400, 404, 429, 503],
      use: [deps.cached],
      handler: async (c, { params, query }) => {
        const answer = await deps.readModel.affichage({
          codes: params.fichier,
          uai: query.uai,
          region: query.region,
          millesime: query.millesime,
          voie: query.voie,
        });
        const affichage = { ...answer, signalement: deps.signalement };
        const meta = affichageMeta(affichage, new URL(c.req.url).origin);
        if (format === 'json') return sendJson(c, { meta, affichage });
        const name = `inserjeunes-${affichage.codes.join('-')}.csv`;
        return sendText(c, affichageCsv(affichage, meta), csvHeaders(name));
      },
    }),
  );
}
