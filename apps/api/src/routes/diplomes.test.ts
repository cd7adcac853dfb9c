import { ListeDiplomes } from '@inserjeunes/contract';
import type { DbHandle } from '@inserjeunes/db';
import { testDbTargets } from '@inserjeunes/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../app.js';
import { S, seedScenario } from '../testing/scenario.js';
import { getJson, testApp } from '../testing/test-app.js';

describe.each(testDbTargets())('GET /api/inserjeunes/diplomes on $name', ({ open }) => {
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

  const search = async (query: string) => {
    const { status, body } = await getJson<unknown>(app, `/api/inserjeunes/diplomes?${query}`);
    expect(status).toBe(200);
    return ListeDiplomes.parse(body);
  };
  const error = async (query: string) =>
    getJson<{ error: { code: string; message: string; details: Record<string, unknown> } }>(
      app,
      `/api/inserjeunes/diplomes?${query}`,
    );

  it('finds a diploma by a word of its label, with its level and whether it has figures', async () => {
    const { diplomes } = await search('q=cap%20cuisine');
    // The type is found in the label or by the level: a CAP whose label does not say so too.
    expect(diplomes.map((diplome) => diplome.code)).toEqual([S.cap, S.markup]);
    expect(diplomes.slice(0, 1)).toEqual([
      {
        code: S.cap,
        code_type: 'CFD',
        libelle: 'CAP CUISINE',
        diplome: { code: '500', libelle: 'CAP' },
        formation_fermee: false,
        a_des_chiffres: true,
        audience_suggeree: '3eme',
      },
    ]);
  });

  it('ignores accents and case, and wants every word', async () => {
    const plain = await search('q=metiers%20electricite');
    expect(plain.diplomes.map((diplome) => diplome.code)).toEqual([S.bacPro]);
    const accented = await search(`q=${encodeURIComponent('Électricité')}`);
    expect(accented.diplomes.map((diplome) => diplome.code)).toEqual([S.bacPro]);
    expect((await search('q=cuisine%20livre')).diplomes).toEqual([]);
  });

  it('finds a diploma by a common abbreviation of its type', async () => {
    const { diplomes } = await search('q=lp%20livre');
    expect(diplomes.map((diplome) => diplome.code)).toEqual([S.sise]);
    expect((await search('q=bts%20livre')).diplomes).toEqual([]);
  });

  it('finds codes by their beginning, the exact code first', async () => {
    const { diplomes } = await search(`q=${S.cap}`);
    expect(diplomes[0]?.code).toBe(S.cap);
    const prefix = await search('q=500');
    expect(prefix.diplomes.length).toBeGreaterThan(1);
    expect(prefix.diplomes.every((diplome) => diplome.code.startsWith('500'))).toBe(true);
  });

  it('lists diplomas with figures before those without', async () => {
    const { diplomes } = await search('q=bac%20pro&items_par_page=50');
    const flags = diplomes.map((diplome) => diplome.a_des_chiffres);
    expect(flags).toContain(false);
    expect(flags).toEqual([...flags].sort((a, b) => Number(b) - Number(a)));
  });

  it('says which diplomas are closed and which audience a diploma calls for', async () => {
    const [closed] = (await search('q=cap%20ferme')).diplomes;
    expect(closed).toMatchObject({ code: S.closed, formation_fermee: true });
    const [sise] = (await search('q=livre')).diplomes;
    expect(sise).toMatchObject({ code: S.sise, code_type: 'SISE', audience_suggeree: 'superieur' });
  });

  it('returns a label holding markup as the text it is', async () => {
    const { diplomes } = await search('q=hyperlink');
    expect(diplomes[0]?.libelle).toBe(S.markupLabel);
  });

  it('pages through the results in a stable order', async () => {
    const all = await search('q=bac&items_par_page=500');
    const first = await search('q=bac&items_par_page=2');
    const second = await search('q=bac&items_par_page=2&page=2');
    expect(first.pagination).toEqual({
      page: 1,
      items_par_page: 2,
      nombre_de_pages: Math.ceil(all.pagination.total / 2),
      total: all.pagination.total,
    });
    expect([...first.diplomes, ...second.diplomes]).toEqual(all.diplomes.slice(0, 4));
  });

  it('names the parameter at fault', async () => {
    const missing = await error('');
    expect([missing.status, missing.body.error.code, missing.body.error.details.parametre]).toEqual(
      [400, 'parametre_invalide', 'q'],
    );
    expect((await error('q=a')).body.error.message).toMatch(
      /« q » invalide : attendu 2 à 100 caractères/,
    );
    expect((await error('q=--')).status).toBe(400);
    expect((await error('q=cap&items_par_page=501')).body.error.details.parametre).toBe(
      'items_par_page',
    );
    expect((await error('q=cap&tri=nom')).body.error.code).toBe('parametre_inconnu');
  });
});
