import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import type { ApiEnv } from './api-env.js';
import { deprecated } from './deprecation.js';

describe('a deprecated major version', () => {
  it('answers as before, saying since when, until when (12 months) and where its successor is', async () => {
    const app = new Hono<ApiEnv>();
    app.use(
      '/api/v1/*',
      deprecated({ since: new Date('2027-03-01T00:00:00Z'), successor: '/api/v2/' }),
    );
    app.get('/api/v1/x', (c) => c.json({ ok: true }));
    const response = await app.request('/api/v1/x');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: true });
    expect(response.headers.get('Deprecation')).toBe('@1803859200');
    expect(response.headers.get('Sunset')).toBe('Wed, 01 Mar 2028 00:00:00 GMT');
    expect(response.headers.get('Link')).toBe('</api/v2/>; rel="successor-version"');
  });

  it('refuses a date that is none', () => {
    expect(() => deprecated({ since: new Date('demain'), successor: '/api/v2/' })).toThrow(
      /date de dépréciation invalide/,
    );
  });
});
