import type { DbHandle } from '@inserjeunes/db';
import { testDbTargets } from '@inserjeunes/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../app.js';
import { testApp } from '../testing/test-app.js';

interface Document {
  openapi: string;
  paths: Record<
    string,
    Record<
      string,
      {
        parameters: { name: string; in: string }[];
        responses: Record<
          string,
          {
            headers?: Record<string, unknown>;
            content?: Record<string, { example?: unknown }>;
          }
        >;
      }
    >
  >;
  components: { schemas: Record<string, { properties?: Record<string, unknown> }> };
}

describe.each(testDbTargets())('OpenAPI and documentation on $name', ({ open }) => {
  let db: DbHandle;
  let app: App;
  beforeAll(async () => {
    db = await open();
    app = testApp(db);
  });
  afterAll(async () => {
    await app.close();
    await db.close();
  });

  it('describes every route in OpenAPI 3.1 from the contract’s schemas', async () => {
    const response = await app.request('/api/openapi.json');
    expect(response.status).toBe(200);
    const doc = (await response.json()) as Document;
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/api/healthz',
        '/api/inserjeunes/affichage/{codes}',
        '/api/inserjeunes/certifications',
        '/api/inserjeunes/certifications.csv',
        '/api/inserjeunes/certifications/{codes}',
        '/api/inserjeunes/couverture',
        '/api/inserjeunes/etablissements/{uai}',
        '/api/inserjeunes/formations',
        '/api/inserjeunes/formations.csv',
        '/api/inserjeunes/formations/{uai}-{code}',
        '/api/inserjeunes/millesimes',
        '/api/inserjeunes/regionales',
        '/api/inserjeunes/regionales.csv',
        '/api/inserjeunes/regionales/{region}/certifications/{codes}',
        '/api/inserjeunes/resolve/{code}',
        '/api/inserjeunes/stats',
        '/api/inserjeunes/stats.csv',
      ]),
    );
    const affichage = doc.paths['/api/inserjeunes/affichage/{codes}']?.get;
    expect(affichage?.parameters.map((p) => `${p.in}:${p.name}`)).toEqual([
      'path:codes',
      'query:uai',
      'query:region',
      'query:millesime',
      'query:voie',
      'query:audience',
      'query:widget',
    ]);
    expect(affichage?.responses['200']).toEqual({
      description: 'Affichage',
      headers: {
        ETag: { $ref: '#/components/headers/ETag' },
        'Cache-Control': { $ref: '#/components/headers/Cache-Control' },
      },
      content: {
        'application/json': {
          schema: { $ref: '#/components/schemas/Affichage' },
          example: expect.objectContaining({ codes: ['40022106'], scope: 'formation' }),
        },
      },
    });
    expect(affichage?.responses['404']).toBeDefined();
    // A public GET documents its 304, a bad key's 401, and the headers of its 429 and 503.
    expect(affichage?.responses['304']).toMatchObject({ headers: { ETag: expect.anything() } });
    expect(affichage?.responses['401']).toBeDefined();
    expect(Object.keys(affichage?.responses['429']?.headers ?? {})).toEqual([
      'RateLimit',
      'RateLimit-Policy',
      'Retry-After',
    ]);
    expect(affichage?.responses['503']?.content?.['application/json']?.example).toMatchObject({
      error: { code: 'base_indisponible' },
    });
    expect(Object.keys(doc.components.schemas.Indicateur?.properties ?? {})).toEqual(
      expect.arrayContaining(['taux_en_emploi_6_mois', 'masquage', 'donnee_source', 'provenance']),
    );
    expect(doc.components.schemas.Affichage?.properties?.filieres).toEqual({
      type: 'array',
      items: { $ref: '#/components/schemas/Indicateur' },
    });
  });

  it('serves a self-contained documentation page', async () => {
    const response = await app.request('/api/docs');
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toContain('text/html');
    const html = await response.text();
    expect(html).toContain('<html lang="fr">');
    expect(html).toContain('/api/inserjeunes/affichage/{codes}');
    expect(html).toContain('X-API-Key');
    expect(html).not.toMatch(/<script|src="http|href="http|@import/);
    expect(response.headers.get('Content-Security-Policy')).toMatch(/style-src 'sha256-[^']+'/);
  });

  it('publishes the limits in force and the measured response times', async () => {
    const limited = testApp(db, { anonymousPerMinute: 120 });
    const html = await (await limited.request('/api/docs')).text();
    expect(html).toContain('Limites et performances');
    expect(html).toContain('Sans clé : <strong>120 requêtes par minute</strong>');
    expect(html).toMatch(/avec une clé .*<strong>3\u202f000 par minute<\/strong>/);
    expect(html).toMatch(/p50 \d+ ms, p99 [\d\u202f]+ ms/);
    await limited.close();
  });
});
