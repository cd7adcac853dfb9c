import { type Affichage, ExemplesGalerie } from '@inserjeunes/contract';
import type { DbHandle } from '@inserjeunes/db';
import { testDbTargets } from '@inserjeunes/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../app.js';
import { FixtureBuilder } from '../testing/fixture-builder.js';
import { S, seedScenario } from '../testing/scenario.js';
import { getJson, testApp } from '../testing/test-app.js';

const exemples = async (app: App) => {
  const { status, body } = await getJson<unknown>(app, '/api/galerie/exemples');
  expect(status).toBe(200);
  return ExemplesGalerie.parse(body);
};

/** What the widget is told for an example, through the public route it calls. */
async function widgetView(
  app: App,
  example: { code: string; uai: string | null; region: string | null },
) {
  const query = new URLSearchParams();
  if (example.uai !== null) query.set('uai', example.uai);
  if (example.region !== null) query.set('region', example.region);
  return getJson<Affichage>(app, `/api/inserjeunes/affichage/${example.code}?${query}`);
}

describe.each(testDbTargets())('GET /api/galerie/exemples on $name', ({ open }) => {
  describe('on data holding one case of everything', () => {
    let db: DbHandle;
    let app: App;
    let answer: ExemplesGalerie;
    beforeAll(async () => {
      db = await open();
      await seedScenario(db);
      app = testApp(db);
      answer = await exemples(app);
    });
    afterAll(async () => {
      await app.close();
      await db.close();
    });

    it('finds an example of every state and says the data mixes official and fictitious rows', () => {
      expect(answer.donnees).toBe('mixtes');
      expect(answer.manquants).toEqual([]);
      expect(answer.exemples.map((exemple) => exemple.etat)).toEqual([
        'chiffres',
        'deux_voies',
        'chiffres_partiels',
        'etablissement',
        'repli_region',
        'repli_national',
        'masque',
        'aucune_donnee',
        'diplome_ferme',
        'continuum',
        'seconde_commune',
        'superieur',
        'code_inconnu',
      ]);
    });

    it('gives examples the widget really shows in their state', async () => {
      const byState = new Map(answer.exemples.map((exemple) => [exemple.etat, exemple]));
      const view = async (etat: string) => {
        const exemple = byState.get(etat as never);
        if (exemple === undefined) throw new Error(`pas d’exemple ${etat}`);
        const { status, body } = await widgetView(app, exemple);
        expect(status, etat).toBe(200);
        expect(body.scope, etat).toBe(exemple.scope);
        return body;
      };
      const partiel = await view('chiffres_partiels');
      const drawn = [
        'taux_en_emploi_6_mois',
        'taux_en_formation',
        'taux_en_emploi_12_mois',
        'taux_en_emploi_24_mois',
      ] as const;
      expect(
        partiel.filieres.some(
          (block) => block.masquage !== null || drawn.some((key) => block[key] === null),
        ),
      ).toBe(true);
      const chiffres = await view('chiffres');
      expect(chiffres.scope).toBe('national');
      expect(chiffres.filieres).toHaveLength(1);
      expect(chiffres.filieres[0]?.taux_en_emploi_6_mois).not.toBeNull();
      expect((await view('deux_voies')).filieres.map((block) => block.filiere).sort()).toEqual([
        'apprentissage',
        'scolaire',
      ]);
      const etablissement = await view('etablissement');
      expect(etablissement.scope).toBe('formation');
      expect(etablissement.repli).toEqual([]);
      const region = await view('repli_region');
      expect([region.scope, region.repli[0]?.scope]).toEqual(['regional', 'formation']);
      const national = await view('repli_national');
      expect([national.scope, national.repli[0]?.scope]).toEqual(['national', 'regional']);
      const masque = await view('masque');
      expect(
        masque.filieres.every((block) => block.masquage?.raison === 'effectif_insuffisant'),
      ).toBe(true);
      expect((await view('aucune_donnee')).absence).not.toBeNull();
      expect((await view('diplome_ferme')).formation_fermee).toBe(true);
      expect((await view('continuum')).filieres[0]?.donnee_source).toEqual({
        code: S.ancien,
        type: 'ancienne',
      });
      expect((await view('seconde_commune')).seconde_commune?.seconde_commune.code).toBe(
        S.secondeCommune,
      );
      expect((await view('superieur')).filieres[0]?.filiere).toBe('superieur');
      const unknown = byState.get('code_inconnu');
      const { status, body } = await getJson<{ error: { code: string } }>(
        app,
        `/api/inserjeunes/affichage/${unknown?.code}`,
      );
      expect([status, body.error.code]).toEqual([404, 'code_inconnu']);
    });

    it('labels each example with its diploma and flags fictitious figures', () => {
      const etablissement = answer.exemples.find((exemple) => exemple.etat === 'etablissement');
      expect(etablissement).toMatchObject({
        code: S.capFinal,
        uai: S.lyon,
        libelle: 'CAP CUISINE',
        fictif: true,
      });
      const superieur = answer.exemples.find((exemple) => exemple.etat === 'superieur');
      expect(superieur).toMatchObject({
        code: S.sise,
        libelle: 'LICENCE PRO MÉTIERS DU LIVRE',
        fictif: false,
      });
    });

    it('is cacheable: the same data version answers 304', async () => {
      const first = await app.request('/api/galerie/exemples');
      const etag = first.headers.get('ETag') ?? '';
      expect(etag).not.toBe('');
      const again = await app.request('/api/galerie/exemples', {
        headers: { 'If-None-Match': etag },
      });
      expect(again.status).toBe(304);
    });

    it('refuses parameters it does not know', async () => {
      const { status, body } = await getJson<{ error: { code: string } }>(
        app,
        '/api/galerie/exemples?etat=masque',
      );
      expect([status, body.error.code]).toEqual([400, 'parametre_inconnu']);
    });
  });

  it('prefers official figures to fictitious ones for the same state', async () => {
    const db = await open();
    const app = testApp(db);
    try {
      const counts = { nb_annee_term: 100, nb_poursuite_etudes: 30, nb_en_emploi_6_mois: 50 };
      await new FixtureBuilder()
        .import('demo', { fictif: true })
        .import('officiel')
        .diplome('40000001', 'BAC PRO A FICTIF')
        .diplome('40000002', 'BAC PRO B OFFICIEL')
        .indicateur({
          scope: 'national',
          millesime: '2023',
          filiere: 'apprentissage',
          code: '40000001',
          code_type: 'CFD',
          cfd: '40000001',
          import: 'demo',
          fictif: true,
          ...counts,
        })
        .indicateur({
          scope: 'national',
          millesime: '2023',
          filiere: 'apprentissage',
          code: '40000002',
          code_type: 'CFD',
          cfd: '40000002',
          import: 'officiel',
          ...counts,
        })
        .save(db);
      const answer = await exemples(app);
      expect(answer.donnees).toBe('mixtes');
      expect(answer.exemples.find((exemple) => exemple.etat === 'chiffres')).toMatchObject({
        code: '40000002',
        fictif: false,
      });
    } finally {
      await app.close();
      await db.close();
    }
  });

  it('says when no data is loaded, and still shows the unknown-code state', async () => {
    const db = await open();
    const app = testApp(db);
    try {
      const answer = await exemples(app);
      expect(answer.donnees).toBe('aucune');
      expect(answer.exemples.map((exemple) => exemple.etat)).toEqual(['code_inconnu']);
      expect(answer.manquants).toHaveLength(12);
    } finally {
      await app.close();
      await db.close();
    }
  });
});
