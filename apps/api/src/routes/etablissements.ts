import { IndicateursEtablissement, regionByCode } from '@inserjeunes/contract';
import { indicateurs } from '@inserjeunes/db';
import { and, eq, sql } from 'drizzle-orm';
import { Hono } from 'hono';
import * as z from 'zod/mini';
import type { ApiEnv } from '../http/api-env.js';
import { ApiFailure } from '../http/api-failure.js';
import { readUai } from '../http/path-params.js';
import { queryParams } from '../http/query-params.js';
import { readQuery } from '../http/read-query.js';
import { sendJson } from '../http/send-body.js';
import { buildIndicateur } from '../indicators/build-indicateur.js';
import { millesimeUnavailable } from '../indicators/figures-service.js';
import { compareMillesimesDesc, sortMillesimes } from '../indicators/millesime-order.js';
import type { ApiOperation } from '../openapi/api-operation.js';
import type { RouteDeps } from './route-deps.js';

const etablissementQuery = { millesime: queryParams.millesime, filiere: queryParams.filiere };

/** An establishment's figures over all its trainings (CFA and lycée files), per millésime. */
export function etablissementsRoutes(deps: RouteDeps) {
  return new Hono<ApiEnv>().get('/etablissements/:uai', deps.cached, async (c) => {
    const query = readQuery(c, etablissementQuery);
    const uai = readUai(c.req.param('uai'));
    const etablissement = await deps.figures.etablissement(uai);
    const { db } = deps.db;
    const [rows, [formations]] = await Promise.all([
      db
        .select()
        .from(indicateurs)
        .where(and(eq(indicateurs.uai, uai), eq(indicateurs.scope, 'etablissement'))),
      db
        .select({ n: sql<number>`count(*)::int` })
        .from(indicateurs)
        .where(and(eq(indicateurs.uai, uai), eq(indicateurs.scope, 'formation'))),
    ]);
    const ofFiliere = rows.filter(
      (row) => query.filiere === undefined || row.filiere === query.filiere,
    );
    const millesimes = sortMillesimes(ofFiliere.map((row) => row.millesime));
    if (
      query.millesime !== undefined &&
      millesimes.length > 0 &&
      !millesimes.includes(query.millesime)
    ) {
      throw millesimeUnavailable(query.millesime, millesimes, 'etablissement');
    }
    const kept = ofFiliere
      .filter((row) => query.millesime === undefined || row.millesime === query.millesime)
      .sort(
        (a, b) =>
          compareMillesimesDesc(a.millesime, b.millesime) || a.filiere.localeCompare(b.filiere),
      );
    if (kept.length === 0) {
      throw new ApiFailure(
        'donnees_indisponibles',
        `Aucun indicateur d’ensemble publié pour l’établissement ${uai}${query.filiere === undefined ? '' : ` en filière ${query.filiere}`}.`,
        { raison: 'non_publie', uai },
      );
    }
    const snapshot = await deps.figures.snapshot();
    const context = await deps.figures.context(snapshot, kept);
    const regionCode = etablissement.region_code;
    const academie =
      etablissement.academie_code === null
        ? undefined
        : snapshot.nomenclature.academies.get(etablissement.academie_code);
    const body: IndicateursEtablissement = {
      etablissement: {
        uai,
        libelle: etablissement.libelle,
        region:
          regionCode === null
            ? null
            : {
                code: regionCode,
                libelle:
                  snapshot.nomenclature.regions.get(regionCode) ??
                  regionByCode(regionCode)?.libelle ??
                  regionCode,
              },
        academie:
          academie === undefined || etablissement.academie_code === null
            ? null
            : { code: etablissement.academie_code, libelle: academie.libelle },
      },
      millesimes,
      indicateurs: kept.map((row) => buildIndicateur([row], context)),
      nombre_formations: formations?.n ?? 0,
    };
    return sendJson(c, body);
  });
}

export const etablissementsOperations: ApiOperation[] = [
  {
    method: 'get',
    path: '/api/inserjeunes/etablissements/{uai}',
    operationId: 'etablissement',
    summary: 'Indicateurs d’un établissement, toutes formations confondues',
    tag: 'Indicateurs',
    pathParams: { uai: { description: 'UAI de l’établissement.', schema: z.string() } },
    query: etablissementQuery,
    responses: {
      200: {
        description: 'Un enregistrement par millésime et filière',
        content: { 'application/json': IndicateursEtablissement },
      },
    },
    errors: [400, 404, 429, 503],
  },
];
