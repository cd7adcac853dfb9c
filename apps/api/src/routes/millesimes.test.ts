import type { Millesimes } from '@inserjeunes/contract';
import type { DbHandle } from '@inserjeunes/db';
import { testDbTargets } from '@inserjeunes/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../app.js';
import { seedScenario } from '../testing/scenario.js';
import { getJson, testApp } from '../testing/test-app.js';

describe.each(testDbTargets())('millésimes on $name', ({ open }) => {
  let db: DbHandle;
  let app: App;
  let importIds: Map<string, number>;
  beforeAll(async () => {
    db = await open();
    importIds = await seedScenario(db);
    app = testApp(db);
  });
  afterAll(async () => {
    await app.close();
    await db.close();
  });

  it('lists what exists per scope and filière, newest first, with the imports behind', async () => {
    const { status, body } = await getJson<Millesimes>(app, '/api/inserjeunes/millesimes');
    expect(status).toBe(200);
    const national = body.disponibles.find(
      (d) => d.scope === 'national' && d.filiere === 'apprentissage',
    );
    expect(national).toMatchObject({ dernier: '2022_2023' });
    expect(national?.millesimes.map((m) => m.millesime)).toEqual(['2022_2023', '2021_2022']);
    expect(national?.millesimes[0]?.imports).toEqual([importIds.get('ij')]);
    const formation = body.disponibles.find(
      (d) => d.scope === 'formation' && d.filiere === 'scolaire',
    );
    expect(formation?.millesimes[0]).toEqual({
      millesime: '2022_2023',
      lignes: 1,
      imports: [importIds.get('demo')],
    });
    expect(body.imports.find((i) => i.id === importIds.get('demo'))).toMatchObject({
      jeu_de_donnees: 'indicateurs-csv',
      fichier: 'indicateurs.csv',
      fictif: true,
    });
  });

  it('filters by scope and filière', async () => {
    const { body } = await getJson<Millesimes>(
      app,
      '/api/inserjeunes/millesimes?scope=regional&filiere=scolaire',
    );
    expect(body.disponibles).toEqual([
      {
        scope: 'regional',
        filiere: 'scolaire',
        dernier: '2022_2023',
        millesimes: [expect.objectContaining({ lignes: 1 })],
      },
    ]);
    const bad = await getJson(app, '/api/inserjeunes/millesimes?scope=monde');
    expect(bad.body).toMatchObject({
      error: { code: 'parametre_invalide', details: { parametre: 'scope' } },
    });
  });
});
