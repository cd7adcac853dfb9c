import type { DbHandle } from '@inserjeunes/db';
import { testDbTargets } from '@inserjeunes/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServices } from '../app-services.js';
import { S, seedScenario } from '../testing/scenario.js';
import { TEST_NOW } from '../testing/test-app.js';
import { type CompatImageRequest, compatRoutes } from './compat-routes.js';
import { figuresCompatSource } from './figures-compat-source.js';

/**
 * The `.svg` routes hand the image module exactly what the JSON route answers, or its
 * error, with the image's own parameters; without an image module they answer 404.
 */
describe.each(testDbTargets())('the compatible image hook on $name', ({ open }) => {
  let db: DbHandle;
  let services: ReturnType<typeof createServices>;
  const seen: CompatImageRequest[] = [];
  const drawn = () =>
    compatRoutes(figuresCompatSource(services.routeDeps), {
      images: (c, request) => {
        seen.push(request);
        return c.body('<svg xmlns="http://www.w3.org/2000/svg"/>', 200, {
          'Content-Type': 'image/svg+xml',
        });
      },
    });
  beforeAll(async () => {
    db = await open();
    await seedScenario(db);
    services = createServices({
      db,
      now: () => TEST_NOW,
      probeIntervalMs: 0,
      usageFlushIntervalMs: 0,
    });
  });
  afterAll(async () => {
    await services.usage.close();
    await db.close();
  });

  it('gives the image the JSON route’s record and the image parameters', async () => {
    const app = drawn();
    const path = `/api/inserjeunes/regionales/84/certifications/${S.cap}`;
    const json = (await (await app.request(path)).json()) as Record<string, unknown>;
    const image = await app.request(`${path}.svg?theme=lba&direction=horizontal&imageOnError=true`);
    expect(image.status).toBe(200);
    expect(image.headers.get('Content-Type')).toBe('image/svg+xml');
    const request = seen.at(-1);
    expect(request?.route).toBe('regionales');
    expect(request?.params).toMatchObject({
      theme: 'lba',
      direction: 'horizontal',
      imageOnError: 'true',
    });
    expect(request?.result).toEqual({ ok: true, body: json });
  });

  it('gives the image the reference’s error when there is nothing to draw', async () => {
    await drawn().request('/api/inserjeunes/certifications/99999999.svg');
    const result = seen.at(-1)?.result;
    expect(result?.ok).toBe(false);
    if (result?.ok === false) {
      expect(result.error.toJSON()).toMatchObject({
        statusCode: 404,
        message: 'Certification inconnue',
      });
    }
  });

  it('refuses image parameters on the JSON route, and answers 404 to .svg without an image module', async () => {
    const app = drawn();
    expect((await app.request(`/api/inserjeunes/certifications/${S.cap}?theme=lba`)).status).toBe(
      400,
    );
    const bare = compatRoutes(figuresCompatSource(services.routeDeps));
    const response = await bare.request(`/api/inserjeunes/formations/${S.lyon}-${S.capFinal}.svg`);
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({
      statusCode: 404,
      error: 'Not Found',
      message: 'Not Found',
    });
  });
});
