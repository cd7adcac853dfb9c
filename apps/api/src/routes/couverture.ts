import { COUVERTURE_LIGNES_MAX, Couverture } from '@inserjeunes/contract';
import { bodyLimit } from 'hono/body-limit';
import * as z from 'zod/mini';
import { computeCouverture } from '../couverture/compute-couverture.js';
import { findColumns } from '../couverture/find-columns.js';
import { readCatalogue } from '../couverture/read-catalogue.js';
import { ApiFailure } from '../http/api-failure.js';
import { type ApiRoute, defineRoute } from '../http/define-route.js';
import { parsedParam } from '../http/parsed-param.js';
import { queryParams } from '../http/query-params.js';
import type { QueryParam } from '../http/read-query.js';
import { csvHeaders, toCsv } from '../http/to-csv.js';
import type { RouteDeps } from './route-deps.js';

const columnName = (what: string): QueryParam<string> => ({
  description: `Nom de la colonne ${what}, quand la détection par nom ne la trouve pas.`,
  schema: parsedParam((raw) =>
    raw.trim() !== '' && raw.length <= 200
      ? { ok: true, value: raw }
      : { ok: false, reason: 'attendu un nom de colonne' },
  ),
});

const couvertureQuery = {
  millesime: queryParams.millesime,
  voie: queryParams.voie,
  colonne_code: columnName('du code de certification'),
  colonne_uai: columnName('de l’UAI'),
  colonne_region: columnName('de la région'),
  format: {
    description:
      'Format de la réponse : json (par défaut) ou csv (une ligne par ligne du catalogue).',
    schema: z.enum(['json', 'csv'], { error: () => 'attendu json ou csv' }),
  } satisfies QueryParam<'json' | 'csv'>,
};

/**
 * Runs tasks one after the other, in the order they came. Catalogues are checked one at a
 * time: each check is mostly CPU, so running several at once only makes each of them
 * finish later and hold its working set longer, while the widgets' lookups, never queued
 * here, go on being answered between the check's slices.
 */
function oneAtATime(): <T>(task: () => Promise<T>) => Promise<T> {
  let tail: Promise<unknown> = Promise.resolve();
  return (task) => {
    const run = tail.then(task);
    tail = run.catch(() => undefined);
    return run;
  };
}

/** A partner's catalogue → what the widget would show for each row, and the totals. */
export function couvertureRoutes(deps: RouteDeps): ApiRoute[] {
  const limit = deps.couvertureMaxBytes;
  const queue = oneAtATime();
  const limited = bodyLimit({
    maxSize: limit,
    onError: () => {
      throw new ApiFailure(
        'corps_trop_grand',
        `Catalogue trop volumineux : ${Math.floor(limit / 1024 / 1024)} Mo au plus par requête (et ${COUVERTURE_LIGNES_MAX} lignes). Découpez-le en plusieurs envois.`,
        { octets_max: limit, lignes_max: COUVERTURE_LIGNES_MAX },
      );
    },
  });
  return [
    defineRoute({
      method: 'post',
      path: '/couverture',
      operationId: 'couverture',
      summary: 'Couverture d’un catalogue de formations',
      description: `Jusqu’à ${COUVERTURE_LIGNES_MAX} lignes, en CSV (séparateur ; , tabulation ou |) ou en JSON. Colonnes trouvées par leur nom, casse et accents ignorés : uai ; code, code_certification, cfd, mefstat11, mef_stat_11 ou sise ; region. Chaque ligne reçoit un statut (couvert, sous_seuil, non_couvert, invalide), sa raison et le périmètre que le widget montrerait. Une ligne illisible est signalée, jamais bloquante.`,
      tag: 'Couverture',
      requestBody: {
        description: 'Le catalogue',
        content: {
          'text/csv': z.string(),
          'application/json': z.array(z.record(z.string(), z.union([z.string(), z.number()]))),
        },
      },
      responses: {
        200: {
          description: 'Couverture ligne à ligne et totaux',
          content: { 'application/json': Couverture, 'text/csv': z.string() },
        },
      },
      errors: [400, 413, 429, 503],
      query: couvertureQuery,
      use: [limited],
      handler: async (c, { query }) => {
        const bytes = new Uint8Array(await c.req.arrayBuffer());
        if (bytes.byteLength === 0) {
          throw new ApiFailure(
            'corps_invalide',
            'Corps vide : envoyez le catalogue en CSV (text/csv) ou en JSON (application/json).',
          );
        }
        const couverture = await queue(async () => {
          const catalogue = readCatalogue(bytes, c.req.header('Content-Type') ?? '');
          if (catalogue.rows.length > COUVERTURE_LIGNES_MAX) {
            throw new ApiFailure(
              'corps_trop_grand',
              `Catalogue de ${catalogue.rows.length} lignes : ${COUVERTURE_LIGNES_MAX} au plus par requête. Découpez-le en plusieurs envois.`,
              { lignes: catalogue.rows.length, lignes_max: COUVERTURE_LIGNES_MAX },
            );
          }
          const columns = findColumns(catalogue, {
            code: query.colonne_code,
            uai: query.colonne_uai,
            region: query.colonne_region,
          });
          return computeCouverture(deps.readModel, catalogue, columns, query);
        });
        if (query.format === 'csv') {
          const csv = toCsv(
            [
              'ligne',
              'uai',
              'code',
              'region',
              'statut',
              'raison',
              'message',
              'scope',
              'millesime',
              'filieres',
              'repli',
            ],
            couverture.lignes.map((ligne) => [
              ligne.ligne,
              ligne.uai,
              ligne.code,
              ligne.region,
              ligne.statut,
              ligne.raison,
              ligne.message,
              ligne.scope,
              ligne.millesime,
              ligne.filieres.join(' '),
              ligne.repli.map((step) => `${step.scope}:${step.raison}`).join(' '),
            ]),
          );
          return c.body(csv, 200, csvHeaders('couverture.csv'));
        }
        return c.json(couverture);
      },
    }),
  ];
}
