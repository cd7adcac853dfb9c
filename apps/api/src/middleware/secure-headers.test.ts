import type { DbHandle } from '@inserjeunes/db';
import { testDbTargets } from '@inserjeunes/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../app.js';
import { S, seedScenario } from '../testing/scenario.js';
import { testApp } from '../testing/test-app.js';

describe.each(testDbTargets())('security and cross-origin headers on $name', ({ open }) => {
  let db: DbHandle;
  let app: App;
  beforeAll(async () => {
    db = await open();
    await seedScenario(db);
    app = testApp(db);
  });
  afterAll(async () => {
    await app.close();
    await db.close();
  });

  it('puts security headers on every response: figures, errors, unknown routes, CSV, docs', async () => {
    for (const path of [
      `/api/inserjeunes/certifications/${S.cap}`,
      '/api/inserjeunes/certifications/99999999',
      '/api/nulle-part',
      '/api/inserjeunes/certifications.csv',
      '/api/docs',
    ]) {
      const response = await app.request(path, {
        headers: { Origin: 'https://partenaire.example' },
      });
      expect(response.headers.get('X-Content-Type-Options'), path).toBe('nosniff');
      expect(response.headers.get('Strict-Transport-Security'), path).toContain('max-age=');
      expect(response.headers.get('Referrer-Policy'), path).toBe('no-referrer');
      expect(response.headers.get('Content-Security-Policy'), path).toContain("default-src 'none'");
      expect(response.headers.get('X-Frame-Options'), path).toBe('DENY');
      expect(response.headers.get('Access-Control-Allow-Origin'), path).toBe('*');
      expect(response.headers.get('Cross-Origin-Resource-Policy'), path).toBe('cross-origin');
    }
  });

  it('keeps the headers only a document reads for HTML, off the data answers', async () => {
    const documentOnly = [
      'Cross-Origin-Opener-Policy',
      'Origin-Agent-Cluster',
      'X-DNS-Prefetch-Control',
      'X-Permitted-Cross-Domain-Policies',
    ];
    for (const path of [
      `/api/inserjeunes/certifications/${S.cap}`,
      '/api/inserjeunes/certifications.csv',
      '/api/nulle-part',
    ]) {
      const response = await app.request(path);
      for (const name of documentOnly)
        expect(response.headers.get(name), `${path} ${name}`).toBeNull();
    }
    const page = await app.request('/api/docs');
    expect(page.headers.get('Content-Type')).toMatch(/^text\/html/);
    expect(page.headers.get('Cross-Origin-Opener-Policy')).toBe('same-origin');
    expect(page.headers.get('Origin-Agent-Cluster')).toBe('?1');
    expect(page.headers.get('X-DNS-Prefetch-Control')).toBe('off');
    expect(page.headers.get('X-Permitted-Cross-Domain-Policies')).toBe('none');
  });

  it('answers a CORS preflight from any origin, allowing the key header', async () => {
    const response = await app.request(`/api/inserjeunes/affichage/${S.cap}`, {
      method: 'OPTIONS',
      headers: {
        Origin: 'https://www.onisep.example',
        'Access-Control-Request-Method': 'GET',
        'Access-Control-Request-Headers': 'x-api-key',
      },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('Access-Control-Allow-Origin')).toBe('*');
    expect(response.headers.get('Access-Control-Allow-Headers')?.toLowerCase()).toContain(
      'x-api-key',
    );
    expect(response.headers.get('Access-Control-Allow-Methods')).toContain('GET');
    expect(response.headers.get('Access-Control-Max-Age')).toBe('86400');
  });

  it('lets browsers read the rate-limit and cache headers cross-origin', async () => {
    const response = await app.request(`/api/inserjeunes/certifications/${S.cap}`, {
      headers: { Origin: 'https://partenaire.example' },
    });
    const exposed = response.headers.get('Access-Control-Expose-Headers') ?? '';
    for (const name of ['ETag', 'RateLimit', 'RateLimit-Policy', 'Retry-After', 'X-Request-Id']) {
      expect(exposed).toContain(name);
    }
  });

  it('answers 404 in the error shape for an unknown route, and 405 for a wrong method', async () => {
    const unknown = await app.request('/api/inserjeunes/inconnue');
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toMatchObject({ error: { code: 'non_trouve' } });
    const wrong = await app.request(`/api/inserjeunes/certifications/${S.cap}`, {
      method: 'DELETE',
    });
    expect(wrong.status).toBe(405);
    expect(wrong.headers.get('Allow')).toContain('GET');
    expect(await wrong.json()).toMatchObject({ error: { code: 'methode_non_autorisee' } });
  });
});
