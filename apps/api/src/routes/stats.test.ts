import type { Stats } from '@inserjeunes/contract';
import type { DbHandle } from '@inserjeunes/db';
import { testDbTargets } from '@inserjeunes/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../app.js';
import { createKey } from '../keys/api-keys.js';
import { readCsvResponse } from '../testing/read-csv.js';
import { S, seedScenario } from '../testing/scenario.js';
import { getJson, testApp } from '../testing/test-app.js';

describe.each(testDbTargets())('usage and data statistics on $name', ({ open }) => {
  let db: DbHandle;
  let app: App;
  let key: string;
  beforeAll(async () => {
    db = await open();
    await seedScenario(db);
    key = await createKey(db, 'Onisep');
    // Usage days are real days: the clock of figures is frozen, not that of usage.
    app = testApp(db, { now: () => new Date() });
  });
  afterAll(async () => {
    await app.close();
    await db.close();
  });

  it('counts calls per day × consumer × route, widget views apart, and keeps no address', async () => {
    const widgetCall = `/api/inserjeunes/affichage/${S.cap}?widget=1.0.0&audience=3eme`;
    await app.request(widgetCall, { headers: { Origin: 'https://www.exemple-lycee.fr' } });
    await app.request(widgetCall, { headers: { Origin: 'https://www.exemple-lycee.fr' } });
    await app.request(`/api/inserjeunes/certifications/${S.cap}`, {
      headers: { Referer: 'https://portail.exemple.fr/page?x=1', 'X-Forwarded-For': '203.0.113.9' },
    });
    await app.request(`/api/inserjeunes/certifications/${S.bacPro}`, {
      headers: { 'X-API-Key': key },
    });
    await app.request('/api/inserjeunes/certifications/99999999', {
      headers: { 'X-API-Key': key },
    });

    const { body } = await getJson<Stats>(app, '/api/inserjeunes/stats');
    const today = new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Paris' });
    expect(body.periode.au).toBe(today);
    expect(body.usage).toEqual(
      expect.arrayContaining([
        {
          jour: today,
          consommateur: 'www.exemple-lycee.fr',
          route: '/api/inserjeunes/affichage/:codes',
          appels: 2,
          vues_widget: 2,
        },
        {
          jour: today,
          consommateur: 'portail.exemple.fr',
          route: '/api/inserjeunes/certifications/:codes',
          appels: 1,
          vues_widget: 0,
        },
        {
          jour: today,
          consommateur: 'Onisep',
          route: '/api/inserjeunes/certifications/:codes',
          appels: 2,
          vues_widget: 0,
        },
      ]),
    );
    expect(body.totaux_usage.vues_widget_par_consommateur).toEqual([
      { consommateur: 'www.exemple-lycee.fr', vues: 2 },
    ]);
    const stored = await db.query<Record<string, unknown>>('select * from usage_quotidien');
    expect(JSON.stringify(stored)).not.toContain('203.0.113.9');
  });

  it('gives a partner its own usage with its key, never another’s, and none without a key', async () => {
    const other = await createKey(db, 'Partenaire B');
    const call = (path: string, apiKey: string) =>
      app.request(path, { headers: { 'X-API-Key': apiKey } });
    await call(`/api/inserjeunes/certifications/${S.cap}`, other);
    await call(`/api/inserjeunes/affichage/${S.cap}?widget=1.0.0&audience=3eme`, other);
    await call(`/api/inserjeunes/affichage/${S.cap}?widget=1.0.0&audience=3eme`, other);
    const today = new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Paris' });

    // Even when it asks for another consumer's rows, a key reads its own usage only.
    const { response, body } = await getJson<Stats>(
      app,
      '/api/inserjeunes/stats?consommateur=Onisep',
      { 'X-API-Key': other },
    );
    expect(response.headers.get('Cache-Control')).toMatch(/^private/);
    expect(body.mon_usage).toEqual({
      partenaire: 'Partenaire B',
      limite_par_minute: 3000,
      appels: 3,
      vues_widget: 2,
      par_jour: [{ jour: today, appels: 3, vues_widget: 2 }],
      par_route: [
        { route: '/api/inserjeunes/affichage/:codes', appels: 2, vues_widget: 2 },
        { route: '/api/inserjeunes/certifications/:codes', appels: 1, vues_widget: 0 },
      ],
    });
    const onisep = (await getJson<Stats>(app, '/api/inserjeunes/stats', { 'X-API-Key': key })).body
      .mon_usage;
    expect(onisep?.partenaire).toBe('Onisep');
    expect(onisep?.par_route.map((r) => r.route)).not.toContain(
      '/api/inserjeunes/affichage/:codes',
    );
    expect((await getJson<Stats>(app, '/api/inserjeunes/stats')).body.mon_usage).toBeUndefined();
  });

  it('filters by consumer and exports CSV', async () => {
    const { body } = await getJson<Stats>(app, '/api/inserjeunes/stats?consommateur=Onisep');
    expect(new Set(body.usage.map((row) => row.consommateur))).toEqual(new Set(['Onisep']));
    const csv = await readCsvResponse(
      await app.request('/api/inserjeunes/stats.csv?consommateur=Onisep'),
    );
    expect(csv).toContainEqual(
      expect.objectContaining({
        consommateur: 'Onisep',
        route: '/api/inserjeunes/certifications/:codes',
        appels: '2',
      }),
    );
  });

  it('describes the data held: rows, codes and publishable rows per scope, filière and millésime', async () => {
    const { body } = await getJson<Stats>(app, '/api/inserjeunes/stats');
    expect(body.couverture_donnees).toContainEqual({
      scope: 'regional',
      filiere: 'apprentissage',
      millesime: '2022_2023',
      lignes: 4,
      codes: 2,
      publiables: 3,
    });
  });

  it('refuses a reversed or too long period, naming the parameter', async () => {
    const reversed = await getJson(app, '/api/inserjeunes/stats?du=2025-03-10&au=2025-03-01');
    expect(reversed.body).toMatchObject({
      error: { code: 'parametre_invalide', details: { parametre: 'du' } },
    });
    const long = await getJson(app, '/api/inserjeunes/stats?du=2020-01-01&au=2025-01-01');
    expect(long.status).toBe(400);
    const date = await getJson(app, '/api/inserjeunes/stats?au=demain');
    expect(date.body).toMatchObject({ error: { details: { parametre: 'au' } } });
  });
});
