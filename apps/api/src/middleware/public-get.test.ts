import type { Indicateur } from '@inserjeunes/contract';
import { type DbHandle, imports, indicateurs } from '@inserjeunes/db';
import { testDbTargets } from '@inserjeunes/db/testing';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../app.js';
import { S, seedScenario } from '../testing/scenario.js';
import { testApp } from '../testing/test-app.js';

describe.each(testDbTargets())('caching of public GETs on $name', ({ open }) => {
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
  const path = `/api/inserjeunes/certifications/${S.cap}`;

  it('sends an ETag and Cache-Control, and 304 when the client holds that version', async () => {
    const first = await app.request(path);
    const etag = first.headers.get('ETag');
    expect(etag).toMatch(/^"[0-9.]+-[\w-]+"$/);
    expect(first.headers.get('Cache-Control')).toMatch(/^public, max-age=\d+/);
    const again = await app.request(path, { headers: { 'If-None-Match': etag ?? '' } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    expect(again.headers.get('ETag')).toBe(etag);
    const other = await app.request(path, { headers: { 'If-None-Match': '"autre"' } });
    expect(other.status).toBe(200);
  });

  it('serves the same body again from the cache, and recomputes once an import finishes', async () => {
    const before = (await (await app.request(path)).json()) as Indicateur;
    const second = await app.request(path);
    expect(second.headers.get('X-Cache')).toBe('hit');
    const etagBefore = second.headers.get('ETag');
    // Another process (the importer) changes the figures and records its import.
    await db.db
      .update(indicateurs)
      .set({ nb_en_emploi_6_mois: 66, taux_en_emploi_6_mois: 55, taux_autres_6_mois: 20 })
      .where(
        and(
          eq(indicateurs.code, S.cap),
          eq(indicateurs.scope, 'national'),
          eq(indicateurs.millesime, '2022_2023'),
          eq(indicateurs.filiere, 'apprentissage'),
        ),
      );
    const cached = (await (await app.request(path)).json()) as Indicateur;
    expect(cached.taux_en_emploi_6_mois).toBe(before.taux_en_emploi_6_mois);
    await db.db.insert(imports).values({
      dataset: 'ij_region',
      fichier: 'ij_region_data.csv',
      sha256: 'nouvel-import',
      lignes_lues: 1,
      lignes_importees: 1,
      lignes_inchangees: 0,
      lignes_rejetees: 0,
      debut: new Date(),
      fin: new Date(),
    });
    const after = await app.request(path, { headers: { 'If-None-Match': etagBefore ?? '' } });
    expect(after.status).toBe(200);
    expect(after.headers.get('X-Cache')).toBe('miss');
    expect(((await after.json()) as Indicateur).taux_en_emploi_6_mois).toBe(55);
    expect(after.headers.get('ETag')).not.toBe(etagBefore);
  });

  it('does not cache errors nor the health check', async () => {
    const error = await app.request('/api/inserjeunes/certifications/99999999');
    expect(error.headers.get('ETag')).toBeNull();
    const health = await app.request('/api/healthz');
    expect(health.headers.get('Cache-Control')).toBe('no-store');
  });
});
