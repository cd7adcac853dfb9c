import type { Couverture } from '@inserjeunes/contract';
import type { DbHandle } from '@inserjeunes/db';
import { testDbTargets } from '@inserjeunes/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../app.js';
import { S, seedScenario } from '../testing/scenario.js';
import { testApp } from '../testing/test-app.js';
import { unknownUaiCatalogue } from '../testing/unknown-uai-catalogue.js';

const post = (app: App, body: string, type = 'text/csv', client = '198.51.100.1') =>
  app.request('/api/inserjeunes/couverture', {
    method: 'POST',
    headers: {
      'Content-Type': type,
      'Content-Length': String(Buffer.byteLength(body)),
      'X-Forwarded-For': client,
    },
    body,
  });

interface ErrorBody {
  error: { code: string; message: string; details?: Record<string, unknown> };
}

describe.each(testDbTargets())('hostile catalogues on $name', ({ open }) => {
  let db: DbHandle;
  let app: App;
  beforeAll(async () => {
    db = await open();
    await seedScenario(db);
    app = testApp(db, { trustProxy: true });
  });
  afterAll(async () => {
    await app.close();
    await db.close();
  });

  it('refuses a header of 100,000 columns at once, naming the limit, and keeps serving', async () => {
    const header = Array.from({ length: 100_000 }, (_, i) => `c${i}`).join(';');
    const body = [header, ...Array.from({ length: 2000 }, () => 'a;b')].join('\n');
    expect(body.length).toBeGreaterThan(600_000);
    const response = await post(app, body);
    expect(response.status).toBe(413);
    const error = (await response.json()) as ErrorBody;
    expect(error.error.code).toBe('corps_trop_grand');
    expect(error.error.details).toEqual({ ligne: 1, colonnes_max: 200 });
    expect(error.error.message).toMatch(/200 colonnes/);
    const widget = await app.request(`/api/inserjeunes/affichage/${S.cap}`);
    expect(widget.status).toBe(200);
  });

  it('refuses a line wider than the header allows, and a cell of a megabyte', async () => {
    const wide = await post(
      app,
      `code\n${S.cap}\n${Array.from({ length: 300 }, () => 'x').join(';')}`,
    );
    expect(wide.status).toBe(413);
    expect(((await wide.json()) as ErrorBody).error.details).toEqual({
      ligne: 3,
      colonnes_max: 200,
    });
    const long = await post(app, `code;libelle\n${S.cap};"${'é'.repeat(1_000_000)}"`);
    expect(long.status).toBe(413);
    expect(((await long.json()) as ErrorBody).error.details).toEqual({
      ligne: 2,
      caracteres_par_cellule_max: 2000,
    });
  });

  it('bounds JSON catalogues the same way: keys per object and value length', async () => {
    const wideObject = Object.fromEntries(Array.from({ length: 500 }, (_, i) => [`k${i}`, 'v']));
    const wide = await post(app, JSON.stringify([{ code: S.cap }, wideObject]), 'application/json');
    expect(wide.status).toBe(413);
    expect(((await wide.json()) as ErrorBody).error.details).toEqual({
      ligne: 2,
      colonnes_max: 200,
    });
    const long = await post(app, JSON.stringify([{ code: 'x'.repeat(5000) }]), 'application/json');
    expect(long.status).toBe(413);
    const manyKeys = Array.from({ length: 300 }, (_, i) => ({ [`cle${i}`]: '1', code: S.cap }));
    const spread = await post(app, JSON.stringify(manyKeys), 'application/json');
    expect(spread.status).toBe(413);
  });

  it('keeps a normal catalogue’s answer as it was', async () => {
    const response = await post(app, `Libellé;UAI;Code\nCuisine;${S.lyon};${S.cap}\n`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as Couverture;
    expect(body.totaux.lignes).toBe(1);
    expect(body.lignes[0]).toMatchObject({ uai: S.lyon, code: S.cap });
  });

  it('checks one catalogue per client at a time: a second one meanwhile is a 429', async () => {
    const [first, second] = await Promise.all([
      post(
        app,
        unknownUaiCatalogue(6000, [S.cap, S.bacPro], 2_000_000),
        'text/csv',
        '198.51.100.50',
      ),
      post(app, `Code\n${S.cap}`, 'text/csv', '198.51.100.50'),
    ]);
    expect(first.status).toBe(200);
    expect(second.status).toBe(429);
    expect(Number(second.headers.get('Retry-After'))).toBeGreaterThan(0);
    expect(((await second.json()) as ErrorBody).error.message).toMatch(/déjà en cours/);
    // Once the first is answered, the client may send the next.
    expect((await post(app, `Code\n${S.cap}`, 'text/csv', '198.51.100.50')).status).toBe(200);
  });
});

describe.each(testDbTargets())('a full coverage queue on $name', ({ open }) => {
  it('answers 503 with Retry-After past the catalogues allowed to wait', async () => {
    const db = await open();
    await seedScenario(db);
    const app = testApp(db, { trustProxy: true, couvertureMaxWaiting: 1 });
    try {
      const answers = await Promise.all(
        ['198.51.100.61', '198.51.100.62', '198.51.100.63'].map((client) =>
          post(app, unknownUaiCatalogue(6000, [S.cap, S.bacPro], 2_000_000), 'text/csv', client),
        ),
      );
      expect(answers.map((answer) => answer.status)).toEqual([200, 200, 503]);
      const refused = answers[2];
      expect(Number(refused?.headers.get('Retry-After'))).toBeGreaterThan(0);
      const body = (await refused?.json()) as ErrorBody | undefined;
      expect(body?.error.code).toBe('service_sature');
    } finally {
      await app.close();
      await db.close();
    }
  });

  it('lets small catalogues wait in numbers, and refuses one whose size would make the wait too long', async () => {
    const db = await open();
    await seedScenario(db);
    const big = unknownUaiCatalogue(6000, [S.cap, S.bacPro], 2_000_000);
    const small = `Code\n${S.cap}\n${S.bacPro}\n`;
    const bytes = Buffer.byteLength(big) + 10 * Buffer.byteLength(small);
    const app = testApp(db, { trustProxy: true, couvertureMaxWaitingBytes: bytes });
    try {
      // One big catalogue running, then ten small ones and one big one waiting: all fit.
      const clients = Array.from({ length: 13 }, (_, i) => `198.51.100.${70 + i}`);
      const bodies = [big, ...Array.from({ length: 10 }, () => small), big, big];
      const answers = await Promise.all(
        bodies.map((body, i) => post(app, body, 'text/csv', clients[i])),
      );
      // The last big one would bring the waiting catalogues past the bytes allowed.
      expect(answers.map((answer) => answer.status)).toEqual([...Array(12).fill(200), 503]);
      const body = (await answers[12]?.json()) as ErrorBody | undefined;
      expect(body?.error.details).toMatchObject({ octets_en_attente_max: bytes });
    } finally {
      await app.close();
      await db.close();
    }
  });
});
