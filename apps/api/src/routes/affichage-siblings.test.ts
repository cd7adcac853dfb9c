import { type Affichage, AffichageExport, Oembed } from '@inserjeunes/contract';
import type { DbHandle } from '@inserjeunes/db';
import { testDbTargets } from '@inserjeunes/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../app.js';
import { expectShape } from '../testing/expect-shape.js';
import { S, seedScenario } from '../testing/scenario.js';
import { getJson, testApp } from '../testing/test-app.js';

describe.each(testDbTargets())(
  'the widget answer to take away, and oEmbed, on $name',
  ({ open }) => {
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

    it('gives the widget answer as JSON with a meta block saying source, licence and promotions', async () => {
      const plain = await getJson<Affichage>(
        app,
        `/api/inserjeunes/affichage/${S.cap}?uai=${S.lyon}`,
      );
      const { status, body } = await getJson<AffichageExport>(
        app,
        `/api/inserjeunes/affichage/${S.cap}.json?uai=${S.lyon}`,
      );
      expect(status).toBe(200);
      expectShape(AffichageExport, body);
      expect(body.affichage).toEqual(plain.body);
      expect(body.meta).toMatchObject({
        source: 'InserJeunes, DEPP-DARES',
        licence: 'Licence Ouverte / Open Licence 2.0 (Etalab)',
        definitions: 'http://localhost/donnees',
        millesime: '2022_2023',
        promotions: [2022, 2023],
        fictif: true,
        citation:
          'Source : InserJeunes, DEPP-DARES, promotions 2022–2023 (données fictives de démonstration)',
      });
      expect(body.meta.importe_le).toMatch(/^\d{4}-\d{2}-\d{2}/);
    });

    it('gives the same figures as CSV, one line per compared figure, with the source on each', async () => {
      const response = await app.request(`/api/inserjeunes/affichage/${S.cap}.csv?uai=${S.lyon}`);
      expect(response.status).toBe(200);
      expect(response.headers.get('Content-Type')).toBe('text/csv; charset=utf-8');
      const [header, ...lines] = (await response.text())
        .replace(/^\uFEFF/, '')
        .trim()
        .split('\r\n');
      const columns = header?.split(';') ?? [];
      expect(columns.slice(0, 7)).toEqual([
        'filiere',
        'millesime',
        'scope',
        'region',
        'etablissement',
        'indicateur',
        'valeur',
      ]);
      const cells = lines.map((line) => line.split(';'));
      const at = (name: string) => columns.indexOf(name);
      const emploi = cells.find((row) => row[at('indicateur')] === 'taux_en_emploi_6_mois');
      expect(emploi?.[at('valeur')]).toBe('40');
      expect(emploi?.[at('scope')]).toBe('formation');
      expect(emploi?.[at('source')]).toBe('InserJeunes, DEPP-DARES');
      expect(emploi?.[at('fictif')]).toBe('oui');
      expect(cells.map((row) => row[at('indicateur')])).toContain('taux_en_formation');
    });

    it('keeps, in CSV, only the filière asked for with voie', async () => {
      const lines = async (query: string) => {
        const response = await app.request(`/api/inserjeunes/affichage/${S.cap}.csv${query}`);
        const [header, ...rows] = (await response.text())
          .replace(/^\uFEFF/, '')
          .trim()
          .split('\r\n');
        const at = header?.split(';').indexOf('filiere') ?? -1;
        return new Set(rows.map((row) => row.split(';')[at]));
      };
      expect(await lines('')).toEqual(new Set(['scolaire', 'apprentissage']));
      expect(await lines('?voie=apprentissage')).toEqual(new Set(['apprentissage']));
    });

    it('gives the address the operator takes error reports at, or null', async () => {
      const reporting = testApp(db, { signalement: 'donnees@example.org' });
      try {
        const path = `/api/inserjeunes/affichage/${S.cap}?uai=${S.lyon}`;
        expect((await getJson<Affichage>(reporting, path)).body.signalement).toBe(
          'donnees@example.org',
        );
        expect((await getJson<Affichage>(app, path)).body.signalement).toBeNull();
      } finally {
        await reporting.close();
      }
    });

    it('refuses a bad code in a sibling’s name, naming it', async () => {
      const { status, body } = await getJson<{ error: { code: string; message: string } }>(
        app,
        '/api/inserjeunes/affichage/abc.csv',
      );
      expect(status).toBe(400);
      expect(body.error.code).toBe('parametre_invalide');
      expect(body.error.message).toContain('codes');
    });

    it('answers oEmbed for our /embed addresses with the sandboxed frame and its script', async () => {
      const url = `http://localhost/embed?code=${S.cap}&audience=3eme`;
      const { status, body } = await getJson<Oembed>(
        app,
        `/api/oembed?url=${encodeURIComponent(url)}&format=json&maxwidth=500`,
      );
      expect(status).toBe(200);
      expectShape(Oembed, body);
      expect(body).toMatchObject({ version: '1.0', type: 'rich', width: 500, height: 420 });
      expect(body.title).toContain('CAP cuisine');
      expect(body.html).toContain(
        `<iframe src="http://localhost/embed?code=${S.cap}&amp;audience=3eme"`,
      );
      expect(body.html).toContain('<script src="http://localhost/widget/v1/embed.js" async>');
    });

    it.each([
      ['https://example.org/embed?code=50022135', 'doit être de ce service'],
      ['http://localhost/galerie?code=50022135', 'seules les pages /embed'],
      ['http://localhost/embed?audience=3eme', 'code'],
      ['embed?code=50022135', 'adresse complète'],
    ])('refuses %s, saying why', async (url, reason) => {
      const { status, body } = await getJson<{ error: { code: string; message: string } }>(
        app,
        `/api/oembed?url=${encodeURIComponent(url)}`,
      );
      expect(status).toBe(400);
      expect(body.error.code).toBe('parametre_invalide');
      expect(body.error.message).toContain('url');
      expect(body.error.message).toContain(reason);
    });

    it('refuses a format other than JSON, and an unknown code is a 404', async () => {
      const url = encodeURIComponent(`http://localhost/embed?code=${S.cap}`);
      const xml = await getJson<{ error: { message: string } }>(
        app,
        `/api/oembed?url=${url}&format=xml`,
      );
      expect(xml.status).toBe(400);
      expect(xml.body.error.message).toContain('json');
      const unknown = encodeURIComponent('http://localhost/embed?code=99999999');
      expect((await app.request(`/api/oembed?url=${unknown}`)).status).toBe(404);
    });
  },
);
