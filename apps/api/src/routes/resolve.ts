import {
  FILIERES,
  inferAudience,
  type NatureCode,
  Resolution,
  SCOPES,
} from '@inserjeunes/contract';
import type { Nomenclature } from '../data/nomenclature.js';
import { invalidParameter } from '../http/api-failure.js';
import { type ApiRoute, defineRoute } from '../http/define-route.js';
import { readCodes } from '../http/path-params.js';
import { sendJson } from '../http/send-body.js';
import { describeCode, isClosed } from '../indicators/describe-code.js';
import { sortMillesimes } from '../indicators/millesime-order.js';
import type { RouteDeps } from './route-deps.js';

/** What a code is and how it resolves: level, label, renewals, final years, closure, data. */
export function resolveRoutes(deps: RouteDeps): ApiRoute[] {
  return [
    defineRoute({
      method: 'get',
      path: '/resolve/:code',
      operationId: 'resolve',
      summary: 'Ce qu’est un code et comment il se résout',
      description:
        'Nature (diplôme, année terminale, année non terminale, seconde commune), niveau, libellé, liens de continuum, années terminales, fermeture, et les données qui existent pour lui.',
      tag: 'Nomenclature',
      params: {
        code: {
          description: 'Un code CFD, MEFSTAT11 ou SISE.',
          read: (raw: string) => readCodes(raw, 'code'),
        },
      },
      responses: {
        200: { description: 'Résolution', content: { 'application/json': Resolution } },
      },
      errors: [400, 404, 429, 503],
      use: [deps.cached],
      handler: async (c, { params }) => {
        const codes = params.code;
        const [requested] = codes;
        if (requested === undefined || codes.length > 1) {
          throw invalidParameter('code', 'un seul code à la fois', c.req.param('code'));
        }
        const snapshot = await deps.readModel.snapshot();
        const { nomenclature } = snapshot;
        const [resolved] = deps.readModel.resolve([requested], snapshot);
        const described = describeCode(requested.code, nomenclature);
        const mef = nomenclature.mefs.get(requested.code);
        const continuumOf = described.cfd ?? requested.code;

        let nature: NatureCode;
        let finals: string[];
        if (resolved?.kind === 'seconde_commune') {
          nature = 'seconde_commune';
          finals = resolved.finals.map((final) => final.code);
        } else if (resolved?.kind === 'final' && resolved.resolution !== null) {
          nature = 'annee_non_terminale';
          finals = [resolved.final.code];
        } else if (requested.type === 'MEFSTAT11') {
          nature = 'annee_terminale';
          finals = [requested.code];
        } else {
          nature = 'diplome';
          finals = nomenclature.finalMefsByCfd.get(requested.code) ?? [];
        }

        const withData = new Set([requested.code, ...finals]);
        if (described.cfd !== null) withData.add(described.cfd);
        const rows = await deps.db.query<{ scope: string; filiere: string; millesime: string }>(
          'select distinct scope, filiere, millesime from indicateur where code = any($1::text[])',
          [[...withData]],
        );
        const donnees = [];
        for (const scope of SCOPES) {
          for (const filiere of FILIERES) {
            const millesimes = rows
              .filter((row) => row.scope === scope && row.filiere === filiere)
              .map((row) => row.millesime);
            if (millesimes.length > 0) {
              donnees.push({ scope, filiere, millesimes: sortMillesimes(millesimes) });
            }
          }
        }
        const body: Resolution = {
          code: requested.code,
          code_type: requested.type,
          nature,
          libelle: described.libelle,
          diplome: described.niveau,
          code_formation_diplome: described.cfd,
          duree: mef?.duree ?? null,
          annee: mef?.annee ?? null,
          date_ouverture: described.date_ouverture,
          date_fermeture: described.date_fermeture,
          formation_fermee: isClosed(described.date_fermeture, deps.readModel.today()),
          continuum: {
            anciens: labelled(nomenclature.anciens.get(continuumOf) ?? [], nomenclature),
            nouveaux: labelled(nomenclature.nouveaux.get(continuumOf) ?? [], nomenclature),
          },
          annees_terminales: labelled(finals, nomenclature),
          seconde_commune: resolved?.kind === 'seconde_commune' ? resolved.secondeCommune : null,
          donnees,
          audience_suggeree: inferAudience(requested),
        };
        return sendJson(c, body);
      },
    }),
  ];
}

function labelled(codes: readonly string[], nomenclature: Nomenclature) {
  return [...codes]
    .sort()
    .map((code) => ({ code, libelle: describeCode(code, nomenclature).libelle }));
}
