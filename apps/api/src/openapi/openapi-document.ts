import {
  Affichage,
  ApiError,
  Couverture,
  DonneeSource,
  ERROR_STATUS,
  Indicateur,
  IndicateursEtablissement,
  IndicateursParFiliere,
  IndicateursSecondeCommune,
  LigneCouverture,
  ListeCertifications,
  ListeFormations,
  ListeRegionales,
  Masquage,
  Millesimes,
  Pagination,
  Provenance,
  Resolution,
  SecondeCommune,
  Stats,
} from '@inserjeunes/contract';
import * as z from 'zod/mini';
import { CompatibleResponse } from '../routes/figures-schemas.js';
import type { ApiOperation } from './api-operation.js';
import { errorExample } from './error-examples.js';
import { responseExample } from './response-examples.js';
import { headersOf, RESPONSE_HEADERS } from './response-headers.js';

/** Schemas shown by name under `components.schemas`, referenced wherever they appear. */
const NAMED: Record<string, z.ZodMiniType> = {
  Indicateur,
  IndicateursParFiliere,
  IndicateursSecondeCommune,
  ReponseIndicateurs: CompatibleResponse,
  SecondeCommune,
  DonneeSource,
  Provenance,
  Masquage,
  Affichage,
  Pagination,
  ListeCertifications,
  ListeRegionales,
  ListeFormations,
  IndicateursEtablissement,
  Resolution,
  Millesimes,
  LigneCouverture,
  Couverture,
  Stats,
  Erreur: ApiError,
};

const ERROR_DESCRIPTIONS: Record<number, string> = {
  400: 'Paramètre invalide ou inconnu (details.parametre le nomme)',
  401: 'Clé d’API invalide ou révoquée',
  404: 'Code, établissement ou millésime inconnu, ou aucune donnée (details le précise)',
  405: 'Méthode non autorisée',
  413: 'Corps trop volumineux',
  429: 'Trop de requêtes (en-têtes RateLimit et Retry-After)',
  503: 'Base de données indisponible (en-tête Retry-After)',
};

const TAG_DESCRIPTIONS: Record<string, string> = {
  Indicateurs: 'Taux d’emploi, de poursuite d’études et devenir, à chaque périmètre',
  Listes: 'Listes paginées des certifications et des figures régionales',
  Nomenclature: 'Codes, diplômes et millésimes connus',
  Couverture: 'Ce qu’un catalogue de formations trouve dans les données',
  Widget: 'Ce que le widget affiche, et ses images',
  Galerie: 'Exemples de la galerie',
  Service: 'Santé, usage et documentation du service',
};

function clean(schema: Record<string, unknown>): Record<string, unknown> {
  const { $schema: _schema, $id: _id, ...rest } = schema;
  return rest;
}

/**
 * The OpenAPI 3.1 document, built from the operations' own zod schemas (JSON Schema
 * 2020-12, which OpenAPI 3.1 uses as is).
 */
export function openApiDocument(operations: readonly ApiOperation[], version: string) {
  const registry = z.registry<{ id: string }>();
  const ids = new Map<z.ZodMiniType, string>();
  for (const [id, schema] of Object.entries(NAMED)) {
    registry.add(schema, { id });
    ids.set(schema, id);
  }
  const components = z.toJSONSchema(registry, {
    target: 'draft-2020-12',
    uri: (id) => `#/components/schemas/${id}`,
  }).schemas;
  const schemaOf = (
    schema: z.ZodMiniType,
    io: 'input' | 'output' = 'output',
  ): Record<string, unknown> => {
    const id = ids.get(schema);
    if (id !== undefined) return { $ref: `#/components/schemas/${id}` };
    return clean(
      z.toJSONSchema(schema, { target: 'draft-2020-12', io }) as Record<string, unknown>,
    );
  };
  // A JSON answer carries, as its example, what the API answered on the demo dataset.
  const content = (byType: Record<string, z.ZodMiniType>, example?: unknown) =>
    Object.fromEntries(
      Object.entries(byType).map(([type, schema]) => [
        type,
        {
          schema: schemaOf(schema),
          ...(example !== undefined && type === 'application/json' ? { example } : {}),
        },
      ]),
    );

  const paths: Record<string, Record<string, unknown>> = {};
  for (const op of operations) {
    const parameters = [
      ...Object.entries(op.pathParams ?? {}).map(([name, param]) => ({
        name,
        in: 'path',
        required: true,
        description: param.description,
        schema: schemaOf(param.schema),
      })),
      ...Object.entries(op.query ?? {}).map(([name, param]) => ({
        name,
        in: 'query',
        required: false,
        description: param.description,
        // A parameter's schema reads its text into a value: the text is what is documented.
        schema: schemaOf(param.schema, 'input'),
      })),
    ];
    const responses: Record<string, unknown> = {};
    // A public GET (rate-limited) answers 304 to a matching If-None-Match, and 401 to a bad key.
    const publicGet = op.method === 'get' && op.errors.includes(429);
    for (const [status, response] of Object.entries(op.responses)) {
      const headers = publicGet ? headersOf(Number(status)) : undefined;
      responses[status] = {
        description: response.description,
        ...(headers ? { headers } : {}),
        ...(response.content
          ? { content: content(response.content, responseExample(op.operationId, status)) }
          : {}),
      };
    }
    if (publicGet) {
      responses['304'] = {
        description: 'Non modifiée : la version indiquée par If-None-Match est à jour',
        headers: headersOf(304),
      };
    }
    const errors = publicGet ? [...new Set([...op.errors, 401])].sort() : op.errors;
    for (const status of errors) {
      const headers = headersOf(status);
      const example = errorExample(status);
      responses[String(status)] = {
        description: ERROR_DESCRIPTIONS[status] ?? 'Erreur',
        ...(headers ? { headers } : {}),
        content: {
          'application/json': {
            schema: { $ref: '#/components/schemas/Erreur' },
            ...(example ? { example } : {}),
          },
        },
      };
    }
    paths[op.path] ??= {};
    const item = paths[op.path] ?? {};
    item[op.method] = {
      operationId: op.operationId,
      summary: op.summary,
      ...(op.description ? { description: op.description } : {}),
      tags: [op.tag],
      parameters,
      ...(op.requestBody
        ? {
            requestBody: {
              required: true,
              description: op.requestBody.description,
              content: content(op.requestBody.content),
            },
          }
        : {}),
      responses,
    };
  }

  return {
    openapi: '3.1.0',
    info: {
      title: 'API InserJeunes et InserSup',
      version,
      description:
        'Devenir des élèves, apprentis et étudiants après leur formation, par certification, région et établissement. Lecture libre, sans clé, avec une limite de débit par client ; une clé (en-tête X-API-Key) relève cette limite et attribue l’usage. Erreurs : { "error": { "code", "message", "details" } } ; codes stables : ' +
        Object.keys(ERROR_STATUS).join(', ') +
        '.',
      // The code's licence; the data are under the Licence Ouverte 2.0 (Etalab-2.0).
      license: { name: 'MIT', identifier: 'MIT' },
      // Where a partner's developer starts; the service's operator publishes its own address.
      contact: { name: 'API InserJeunes et InserSup — documentation', url: '/api/docs' },
    },
    tags: [...new Set(operations.map((op) => op.tag))].map((name) => ({
      name,
      description: TAG_DESCRIPTIONS[name] ?? name,
    })),
    servers: [{ url: '/' }],
    components: {
      schemas: Object.fromEntries(
        Object.entries(components).map(([id, schema]) => [
          id,
          clean(schema as Record<string, unknown>),
        ]),
      ),
      headers: RESPONSE_HEADERS,
      securitySchemes: {
        cle: { type: 'apiKey', in: 'header', name: 'X-API-Key' },
      },
    },
    security: [{}, { cle: [] }],
    paths,
  };
}
