import type { Indicateur, IndicateursParFiliere } from '@inserjeunes/contract';
import type { DbHandle } from '@inserjeunes/db';
import { testDbTargets } from '@inserjeunes/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../app.js';
import { readSvg } from '../testing/read-svg.js';
import { S, seedScenario } from '../testing/scenario.js';
import { testApp } from '../testing/test-app.js';

const COMPAT = '/compat/trajectoires-pro/api/inserjeunes';
const OURS = '/api/inserjeunes';
const RATES = ['taux_en_emploi_6_mois', 'taux_en_formation', 'taux_autres_6_mois'] as const;

/** The three routes with an image, and the JSON route giving the same figures. */
const ROUTES = [
  { name: 'national', path: `certifications/${S.cap}` },
  { name: 'regional', path: `regionales/84/certifications/${S.cap}` },
  { name: 'formation', path: `formations/${S.lyon}-${S.capFinal}` },
];

const LOOKS = [
  { theme: 'dsfr', direction: 'vertical', width: 320 },
  { theme: 'dsfr', direction: 'horizontal', width: 720 },
  { theme: 'lba', direction: 'vertical', width: 328 },
  { theme: 'lba', direction: 'horizontal', width: 882 },
] as const;

describe.each(testDbTargets())('the reference service’s images on $name', ({ open }) => {
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

  async function svgOf(path: string) {
    const response = await app.request(`${COMPAT}/${path}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toBe('image/svg+xml; charset=utf-8');
    return readSvg(await response.text());
  }

  const cases = ROUTES.flatMap((route) => LOOKS.map((look) => ({ ...route, ...look })));
  it.each(cases)(
    '$name in $theme $direction: the JSON route’s three rates, $width px wide',
    async ({ path, theme, direction, width }) => {
      const json = (await (await app.request(`${OURS}/${path}`)).json()) as Indicateur;
      const read = await svgOf(`${path}.svg?theme=${theme}&direction=${direction}`);
      expect(read.width).toBe(width);
      expect(read.title).toContain('Que deviennent les jeunes');
      const figures = read.figures.get(json.filiere);
      expect(Object.fromEntries(figures ?? [])).toEqual(
        Object.fromEntries(RATES.map((key) => [key, json[key]])),
      );
      for (const key of RATES) expect(read.desc).toContain(`${json[key]}\u00a0%`);
    },
  );

  it('puts employment first on the state look and further study first on La bonne alternance’s', async () => {
    const dsfr = (await svgOf(`certifications/${S.cap}.svg`)).texts;
    const lba = (await svgOf(`certifications/${S.cap}.svg?theme=lba`)).texts;
    expect(dsfr.indexOf('En emploi')).toBeLessThan(dsfr.indexOf('En formation'));
    expect(lba.indexOf('En formation')).toBeLessThan(lba.indexOf('En emploi'));
  });

  it('draws one block per route for vue=filieres and several codes', async () => {
    const json = (await (
      await app.request(`${OURS}/certifications/${S.cap}?vue=filieres`)
    ).json()) as IndicateursParFiliere;
    const read = await svgOf(`certifications/${S.cap}.svg?vue=filieres&direction=horizontal`);
    expect(read.texts).toEqual(expect.arrayContaining(['Voie scolaire', 'Apprentissage']));
    for (const block of json.filieres) {
      expect(Object.fromEntries(read.figures.get(block.filiere) ?? [])).toEqual(
        Object.fromEntries(RATES.map((key) => [key, block[key]])),
      );
    }
  });

  it('draws several codes separated by | as the reference’s partners wrote them', async () => {
    const codes = `${S.cap}|${S.bacPro}`;
    const json = (await (
      await app.request(`${OURS}/certifications/${encodeURIComponent(codes)}`)
    ).json()) as IndicateursParFiliere;
    const read = await svgOf(`certifications/${codes}.svg`);
    expect(json.filieres.length).toBeGreaterThan(0);
    for (const block of json.filieres) {
      expect(Object.fromEntries(read.figures.get(block.filiere) ?? [])).toEqual(
        Object.fromEntries(RATES.map((key) => [key, block[key]])),
      );
    }
  });

  it('says when the diploma is closed', async () => {
    expect((await svgOf(`certifications/${S.closed}.svg`)).desc).toContain('n’est plus délivré');
  });

  it('ignores an old API key in the query', async () => {
    await svgOf(`certifications/${S.cap}.svg?apiKey=ancienne-cle`);
  });

  it.each([
    {
      what: 'an unknown code',
      path: 'certifications/99999999.svg',
      message: 'Certification inconnue',
      said: 'Ce code de formation est inconnu',
    },
    {
      what: 'an unknown regional code',
      path: 'regionales/84/certifications/99999999.svg',
      message: 'Formation inconnue',
      said: 'Ce code de formation est inconnu',
    },
    {
      what: 'too few students',
      path: `certifications/${S.btsSmall}.svg`,
      message: 'Données non disponibles',
      said: 'Moins de 20 élèves',
    },
    {
      what: 'an unknown establishment',
      path: `formations/0999999F-${S.cap}.svg`,
      message: 'Etablissement inconnu',
      said: 'Cet établissement est inconnu',
    },
  ])('answers $what as the reference did, per imageOnError', async ({ path, message, said }) => {
    const json = await app.request(`${COMPAT}/${path}`);
    expect(json.status).toBe(404);
    expect(await json.json()).toEqual({ statusCode: 404, error: 'Not Found', message });
    const image = await svgOf(`${path}?imageOnError=true`);
    expect(image.title).toContain('Que deviennent les jeunes');
    expect(image.desc).toContain(said);
    expect(image.texts.length).toBeGreaterThan(1);
    expect(image.figures.size).toBe(0);
    const empty = await svgOf(`${path}?imageOnError=empty`);
    expect([empty.width, empty.height, empty.texts]).toEqual([1, 1, []]);
  });

  it('lists the millésimes that exist when the one asked for does not', async () => {
    const response = await app.request(`${COMPAT}/certifications/${S.cap}.svg?millesime=2010`);
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({
      statusCode: 404,
      message: 'Pas de données pour le millésime',
      data: { millesime: '2010', millesimesDisponible: expect.arrayContaining(['2022_2023']) },
    });
  });

  it('refuses what the reference refused, image or not', async () => {
    for (const query of [
      'theme=rose',
      'direction=diagonale',
      'couleur=bleu',
      'imageOnError=peut-etre',
    ]) {
      const response = await app.request(
        `${COMPAT}/certifications/${S.cap}.svg?${query}${query.startsWith('imageOnError') ? '' : '&imageOnError=true'}`,
      );
      expect(response.status).toBe(400);
      const body = (await response.json()) as { message: string; details: { path: string[] }[] };
      expect(body.message).toBe('Erreur de validation');
      expect(body.details[0]?.path).toEqual([query.split('=')[0]]);
    }
  });
});
