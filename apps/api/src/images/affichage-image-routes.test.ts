import { type Affichage, AUDIENCES, LANGS } from '@inserjeunes/contract';
import { type DbHandle, imports } from '@inserjeunes/db';
import { testDbTargets } from '@inserjeunes/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../app.js';
import { pngSize } from '../testing/read-png.js';
import { readSvg } from '../testing/read-svg.js';
import { S, seedScenario } from '../testing/scenario.js';
import { testApp } from '../testing/test-app.js';

const BASE = '/api/inserjeunes/affichage';

/** The states of the scenario a reader can meet, by the widget's request. */
const STATES = {
  chiffres: `${S.cap}?uai=${S.lyon}`,
  deux_voies: S.cap,
  repli: `${S.cap}?uai=${S.bourg}`,
  masque: S.btsSmall,
  non_publie_par_la_source: S.withheldBySource,
  sans_donnees: S.tooNew,
  non_enseigne: `${S.neverPublished}?uai=${S.lyon}`,
  ferme: S.closed,
  reprise: S.nouveau,
  seconde_commune: S.secondeCommune,
  superieur: S.sise,
  agregat: S.agregat,
} as const;

function withQuery(request: string, ext: string, extra: string): string {
  const [path, query] = request.split('?');
  const params = [query, extra].filter((part) => part !== undefined && part !== '').join('&');
  return `${BASE}/${path}.${ext}${params === '' ? '' : `?${params}`}`;
}

describe.each(testDbTargets())('images of the widget’s answer on $name', ({ open }) => {
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

  const cases = Object.entries(STATES).flatMap(([state, request]) =>
    LANGS.flatMap((lang) => AUDIENCES.map((audience) => ({ state, request, lang, audience }))),
  );

  it.each(cases)(
    '$state in $lang for $audience: the SVG prints the JSON answer’s figures',
    async ({ request, lang, audience }) => {
      const [path, query] = request.split('?');
      const json = (await (
        await app.request(`${BASE}/${path}${query === undefined ? '' : `?${query}`}`)
      ).json()) as Affichage;
      const response = await app.request(
        withQuery(request, 'svg', `lang=${lang}&audience=${audience}`),
      );
      expect(response.status).toBe(200);
      expect(response.headers.get('Content-Type')).toBe('image/svg+xml; charset=utf-8');
      const svg = await response.text();
      expect(Buffer.byteLength(svg)).toBeLessThanOrEqual(20 * 1024);
      const read = readSvg(svg);
      expect(read.title).not.toBeNull();
      expect(read.desc).not.toBeNull();
      let printed = 0;
      for (const [filiere, figures] of read.figures) {
        const block = json.filieres.find((entry) => entry.filiere === filiere);
        for (const [key, value] of figures) {
          expect({ filiere, key, value }).toEqual({
            filiere,
            key,
            value: block?.[key as keyof typeof block],
          });
          if (value !== null) printed += 1;
        }
      }
      const published = json.filieres.some(
        (block) => block.taux_en_emploi_6_mois !== null || block.taux_en_formation !== null,
      );
      expect(printed > 0).toBe(published);
      if (!published) expect(read.desc?.length).toBeGreaterThan(30);
    },
  );

  it('draws the audience the diploma calls for when none is asked', async () => {
    const bts = readSvg(await (await app.request(`${BASE}/${S.sise}.svg`)).text());
    expect(bts.texts).toContain('Que deviennent les diplômés ?');
    const cap = readSvg(await (await app.request(`${BASE}/${S.cap}.svg`)).text());
    expect(cap.texts.join(' ')).toMatch(/élèves? sur 10/);
  });

  it('answers an unknown code and a missing millésime with an image that says so', async () => {
    const unknown = await app.request(`${BASE}/99999999.svg?lang=en`);
    expect(unknown.status).toBe(200);
    expect(unknown.headers.get('Content-Type')).toBe('image/svg+xml; charset=utf-8');
    expect(readSvg(await unknown.text()).desc).toContain('This training code is unknown');
    const millesime = await app.request(`${BASE}/${S.cap}.png?millesime=2010`);
    expect(millesime.status).toBe(200);
    expect(pngSize(new Uint8Array(await millesime.arrayBuffer()))).not.toBeNull();
    const said = readSvg(await (await app.request(`${BASE}/${S.cap}.svg?millesime=2010`)).text());
    expect(said.desc).toContain('Aucun chiffre pour ce millésime (promotion 2010).');
  });

  it('reads codes written with their prefix and encoded, as the gallery writes them', async () => {
    const codes = `CFD:${S.cap}`;
    const json = (await (await app.request(`${BASE}/${codes}`)).json()) as Affichage;
    const response = await app.request(`${BASE}/${encodeURIComponent(codes)}.svg`);
    expect(response.status).toBe(200);
    const read = readSvg(await response.text());
    expect([...read.figures.keys()]).toEqual(json.filieres.map((block) => block.filiere));
  });

  it('refuses a bad parameter with the usual JSON error naming it', async () => {
    for (const query of ['largeur=50', 'theme=rose', 'lang=de', 'couleur=1']) {
      const response = await app.request(`${BASE}/${S.cap}.svg?${query}`);
      expect(response.status).toBe(400);
      const body = (await response.json()) as { error: { message: string } };
      expect(body.error.message).toContain(`« ${query.split('=')[0]} »`);
    }
  });

  it('renders the PNG from the same drawing, twice as large', async () => {
    const svg = readSvg(await (await app.request(`${BASE}/${S.cap}.svg?largeur=360`)).text());
    const response = await app.request(`${BASE}/${S.cap}.png?largeur=360`);
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toBe('image/png');
    const size = pngSize(new Uint8Array(await response.arrayBuffer()));
    expect(size).toEqual({ width: 720, height: svg.height * 2 });
  });

  it('serves a second request from the cache, and draws anew once an import finishes', async () => {
    for (const ext of ['svg', 'png']) {
      const path = `${BASE}/${S.bacPro}.${ext}?theme=sombre`;
      const first = await app.request(path);
      expect(first.headers.get('X-Cache')).toBe('miss');
      const body = new Uint8Array(await first.arrayBuffer());
      const second = await app.request(path);
      expect(second.headers.get('X-Cache')).toBe('hit');
      expect(new Uint8Array(await second.arrayBuffer())).toEqual(body);
      const etag = second.headers.get('ETag') ?? '';
      const revalidated = await app.request(path, { headers: { 'If-None-Match': etag } });
      expect(revalidated.status).toBe(304);
      await db.db.insert(imports).values({
        dataset: 'ij_region',
        fichier: `nouvel-import.${ext}.csv`,
        sha256: `nouvel-import-${ext}`,
        lignes_lues: 1,
        lignes_importees: 1,
        lignes_inchangees: 0,
        lignes_rejetees: 0,
        debut: new Date(),
        fin: new Date(),
      });
      const after = await app.request(path, { headers: { 'If-None-Match': etag } });
      expect(after.status).toBe(200);
      expect(after.headers.get('X-Cache')).toBe('miss');
      expect(after.headers.get('ETag')).not.toBe(etag);
    }
  });
});
