import { request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import type { DbHandle } from '@inserjeunes/db';
import { testDbTargets } from '@inserjeunes/db/testing';
import pino from 'pino';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { App, AppDeps } from '../app.js';
import { createKey } from '../keys/api-keys.js';
import { PostgresRateLimitStore } from '../rate-limit/postgres-rate-limit-store.js';
import { S, seedScenario } from '../testing/scenario.js';
import { testApp } from '../testing/test-app.js';
import { createHttpServer } from './create-http-server.js';

interface Answer {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

/** Fields that differ from one answer to the next whoever sends it. */
const PER_ANSWER = new Set(['date', 'connection', 'keep-alive']);

function get(
  server: Server,
  path: string,
  headers: Record<string, string> = {},
  method = 'GET',
): Promise<Answer> {
  const { port } = server.address() as AddressInfo;
  return new Promise((resolve, reject) => {
    const outgoing = httpRequest({ host: '127.0.0.1', port, path, method, headers }, (answer) => {
      const chunks: Buffer[] = [];
      answer.on('data', (chunk: Buffer) => chunks.push(chunk));
      answer.on('end', () => {
        const fields: Record<string, string> = {};
        for (const [name, value] of Object.entries(answer.headers)) {
          if (!PER_ANSWER.has(name)) fields[name] = String(value);
        }
        resolve({ status: answer.statusCode ?? 0, headers: fields, body: Buffer.concat(chunks) });
      });
    });
    outgoing.on('error', reject);
    outgoing.end();
  });
}

async function listen(server: Server): Promise<Server> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return server;
}

async function readyAnswers(app: App): Promise<number> {
  const text = await (await app.request('/metrics')).text();
  return Number(/^inserjeunes_ready_answers_total (\d+)/m.exec(text)?.[1] ?? Number.NaN);
}

const FIGURES = `/api/inserjeunes/certifications/${S.cap}`;
/** The widget's request, as the widget sends it. */
const WIDGET = `/api/inserjeunes/affichage/${S.cap}?audience=lycee&widget=1.4.0`;

describe.each(testDbTargets())('ready answers sent by the server itself, on $name', ({ open }) => {
  let db: DbHandle;
  const servers: Server[] = [];
  const apps: App[] = [];
  beforeAll(async () => {
    db = await open();
    await seedScenario(db);
  });
  afterEach(async () => {
    for (const server of servers.splice(0)) server.close();
    for (const app of apps.splice(0)) await app.close();
  });
  afterAll(async () => {
    await db.close();
  });

  /** One app behind two servers: with the front door, and the framework alone. */
  async function serve(overrides: Partial<AppDeps> = {}) {
    const app = testApp(db, overrides);
    apps.push(app);
    const door = await listen(createHttpServer(app.fetch, {}, app.frontDoor));
    const framework = await listen(createHttpServer(app.fetch));
    servers.push(door, framework);
    return { app, door, framework };
  }

  it('answers a cached URL again with the framework’s status, headers and bytes', async () => {
    const { app, door, framework } = await serve();
    const cases: [string, Record<string, string>][] = [
      [FIGURES, {}],
      [FIGURES, { 'Accept-Encoding': 'br' }],
      [FIGURES, { 'Accept-Encoding': 'gzip' }],
      [WIDGET, { Origin: 'https://www.onisep.example', 'Accept-Encoding': 'gzip, br' }],
      ['/api', {}],
    ];
    for (const [path, headers] of cases) {
      const first = await get(door, path, headers);
      expect(first.status, path).toBe(200);
      const before = await readyAnswers(app);
      const fromDoor = await get(door, path, headers);
      expect(await readyAnswers(app), `${path} ${JSON.stringify(headers)}`).toBe(before + 1);
      const fromFramework = await get(framework, path, headers);
      expect(await readyAnswers(app), path).toBe(before + 1);
      expect(fromDoor.status, path).toBe(200);
      expect(fromDoor.headers['x-cache'], path).toBe('hit');
      expect(fromDoor.headers, `${path} ${JSON.stringify(headers)}`).toEqual(fromFramework.headers);
      expect(fromDoor.body.equals(fromFramework.body), path).toBe(true);
      expect(fromDoor.body.equals(first.body), path).toBe(true);
    }
  });

  it('gives a partner its private answer, its request id and where it stands against its limit', async () => {
    const { door, framework } = await serve();
    const key = await createKey(db, 'Onisep', 50);
    const headers = { 'X-API-Key': key, 'X-Request-Id': 'onisep-7' };
    await get(door, FIGURES, headers);
    const fromDoor = await get(door, FIGURES, headers);
    const fromFramework = await get(framework, FIGURES, headers);
    expect(fromDoor.headers).toMatchObject({
      'x-cache': 'hit',
      'x-request-id': 'onisep-7',
      'ratelimit-policy': '"partenaire";q=50;w=60',
    });
    expect(fromDoor.headers['cache-control']).toMatch(/^private, /);
    const remaining = (answer: Answer) =>
      Number(/r=(\d+)/.exec(answer.headers.ratelimit ?? '')?.[1]);
    expect(remaining(fromDoor)).toBe(48);
    expect(remaining(fromFramework)).toBe(47);
    const { ratelimit: _door, ...doorRest } = fromDoor.headers;
    const { ratelimit: _framework, ...frameworkRest } = fromFramework.headers;
    expect(doorRest).toEqual(frameworkRest);
  });

  it('answers as well when the counters are shared in the database, waiting for them', async () => {
    const { app, door, framework } = await serve({
      rateLimitStore: new PostgresRateLimitStore(db, pino({ level: 'silent' })),
    });
    const headers = { Origin: 'https://www.parcoursup.example' };
    await get(door, FIGURES, headers);
    const before = await readyAnswers(app);
    const fromDoor = await get(door, FIGURES, headers);
    expect(await readyAnswers(app)).toBe(before + 1);
    const fromFramework = await get(framework, FIGURES, headers);
    expect(fromDoor.status).toBe(200);
    expect(fromDoor.headers).toEqual(fromFramework.headers);
    expect(fromDoor.body.equals(fromFramework.body)).toBe(true);
  });

  it('leaves to the framework a wrong key, a caller past its limit and a coding not made yet', async () => {
    const { app, door } = await serve({ anonymousPerMinute: 3 });
    await get(door, FIGURES);
    const before = await readyAnswers(app);
    const wrong = await get(door, FIGURES, { 'X-API-Key': 'ij_00000000_faux' });
    expect(wrong.status).toBe(401);
    expect(JSON.parse(wrong.body.toString()).error.code).toBe('cle_invalide');
    const compressed = await get(door, FIGURES, { 'Accept-Encoding': 'br' });
    expect(compressed.headers).toMatchObject({ 'content-encoding': 'br', 'x-cache': 'hit' });
    expect(await readyAnswers(app)).toBe(before);
    expect((await get(door, FIGURES)).status).toBe(200);
    expect(await readyAnswers(app)).toBe(before + 1);
    const limited = await get(door, FIGURES);
    expect(limited.status).toBe(429);
    expect(limited.headers['retry-after']).toMatch(/^\d+$/);
  });

  it('revalidates, answers HEAD with the length only, and counts, measures and logs each answer', async () => {
    const lines: Record<string, unknown>[] = [];
    const sink = new Writable({
      write(chunk, _encoding, done) {
        for (const line of String(chunk).split('\n').filter(Boolean)) lines.push(JSON.parse(line));
        done();
      },
    });
    const { app, door, framework } = await serve({ logger: pino({ level: 'info' }, sink) });
    const origin = { Origin: 'https://www.affelnet.example' };
    const first = await get(door, WIDGET, origin);
    const etag = first.headers.etag ?? '';
    const before = await readyAnswers(app);
    const revalidated = await get(door, WIDGET, { ...origin, 'If-None-Match': etag });
    expect(revalidated.status).toBe(304);
    expect(revalidated.body.byteLength).toBe(0);
    expect(revalidated.headers.etag).toBe(etag);
    // The framework answers revalidations, with every header its middleware give a 304.
    expect(await readyAnswers(app)).toBe(before);
    expect(revalidated.headers['access-control-allow-origin']).toBe('*');
    lines.length = 0;
    const direct = await get(framework, WIDGET, { ...origin, 'If-None-Match': etag });
    expect(direct.headers).toEqual(revalidated.headers);
    lines.length = 0;
    const head = await get(door, WIDGET, origin, 'HEAD');
    expect(head.status).toBe(200);
    expect(head.body.byteLength).toBe(0);
    expect(Number(head.headers['content-length'])).toBe(first.body.byteLength);
    await get(door, WIDGET, origin);

    expect(lines.map((line) => [line.method, line.url, line.status, line.consommateur])).toEqual([
      ['HEAD', WIDGET, 200, 'www.affelnet.example'],
      ['GET', WIDGET, 200, 'www.affelnet.example'],
    ]);
    await app.flushUsage();
    const [usage] = await db.query<{ appels: number; vues_widget: number }>(
      `select sum(appels)::int as appels, sum(vues_widget)::int as vues_widget from usage_quotidien
        where consommateur = 'www.affelnet.example' and route = '/api/inserjeunes/affichage/:codes'`,
    );
    expect(usage).toEqual({ appels: 5, vues_widget: 5 });
    const metrics = await (await app.request('/metrics')).text();
    expect(metrics).toMatch(
      /inserjeunes_http_requests_total\{groupe="\/api\/inserjeunes\/affichage",statut="2xx"\} 3/,
    );
    expect(metrics).toMatch(
      /inserjeunes_http_requests_total\{groupe="\/api\/inserjeunes\/affichage",statut="3xx"\} 2/,
    );
    expect(metrics).toMatch(/inserjeunes_response_cache_total\{resultat="hit"\} 2/);
  });
});
