import { COUVERTURE_LIGNES_MAX, Couverture } from '@inserjeunes/contract';
import { bodyLimit } from 'hono/body-limit';
import * as z from 'zod/mini';
import { computeCouverture } from '../couverture/compute-couverture.js';
import { couvertureJsonStream } from '../couverture/couverture-json-stream.js';
import { ApiFailure } from '../http/api-failure.js';
import { type ApiRoute, defineRoute } from '../http/define-route.js';
import { parsedParam } from '../http/parsed-param.js';
import { queryParams } from '../http/query-params.js';
import type { QueryParam } from '../http/read-query.js';
import { sendText } from '../http/send-body.js';
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

function emptyBody(): ApiFailure {
  return new ApiFailure(
    'corps_invalide',
    'Corps vide : envoyez le catalogue en CSV (text/csv) ou en JSON (application/json).',
  );
}

/** A partner's catalogue → what the widget would show for each row, and the totals. */
export function couvertureRoutes(deps: RouteDeps): ApiRoute[] {
  const limit = deps.couvertureMaxBytes;
  const { queue, reader } = deps.couverture;
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
        if (c.req.header('Content-Length') === '0') throw emptyBody();
        // The body is read when the catalogue's turn comes, not before: the ones waiting
        // hold their bytes in the connection (the client waits to send them) rather than
        // in this process, so many catalogues at once cost the memory of one.
        const declared = Number(c.req.header('Content-Length'));
        const declaredBytes = Number.isSafeInteger(declared) && declared > 0 ? declared : undefined;
        const couverture = await queue.run(c.get('consumer').rateKey, declaredBytes, async () => {
          const bytes = new Uint8Array(await c.req.arrayBuffer());
          if (bytes.byteLength === 0) throw emptyBody();
          const { catalogue, columns } = await reader.read({
            bytes,
            contentType: c.req.header('Content-Type') ?? '',
            explicit: {
              code: query.colonne_code,
              uai: query.colonne_uai,
              region: query.colonne_region,
            },
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
          return sendText(c, csv, csvHeaders('couverture.csv'));
        }
        return c.body(couvertureJsonStream(couverture), 200, {
          'Content-Type': 'application/json',
        });
      },
    }),
  ];
}
