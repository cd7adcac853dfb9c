import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readEnv } from './env.js';

describe('the API’s configuration', () => {
  it('keeps rate-limit counters in memory unless told to share them through PostgreSQL', () => {
    expect(readEnv({}).rateLimitStore).toBe('memory');
    expect(
      readEnv({
        RATE_LIMIT_STORE: 'postgres',
        DATABASE_URL: 'postgres://db/ij',
        RATE_LIMIT_SECRET: 's'.repeat(32),
      }).rateLimitStore,
    ).toBe('postgres');
  });

  it('asks shared counters for a shared secret, long enough to protect addresses', () => {
    expect(() =>
      readEnv({ RATE_LIMIT_STORE: 'postgres', DATABASE_URL: 'postgres://db/ij' }),
    ).toThrow(/RATE_LIMIT_SECRET/);
    expect(() => readEnv({ RATE_LIMIT_SECRET: 'court' })).toThrow(/au moins 32 caractères/);
    expect(readEnv({}).rateLimitSecret).toBeUndefined();
  });

  it('reads from a replica only alongside a primary, given as a PostgreSQL URL', () => {
    expect(readEnv({}).databaseReadUrl).toBeUndefined();
    const both = { DATABASE_URL: 'postgres://p/ij', DATABASE_READ_URL: 'postgres://r/ij' };
    expect(readEnv(both).databaseReadUrl).toBe('postgres://r/ij');
    expect(() => readEnv({ DATABASE_READ_URL: 'postgres://r/ij' })).toThrow(/DATABASE_URL/);
    expect(() => readEnv({ ...both, DATABASE_READ_URL: 'r/ij' })).toThrow(/DATABASE_READ_URL/);
  });

  it('opens the metrics unless given a token long enough, and names it when it is not', () => {
    expect(readEnv({}).metricsToken).toBeUndefined();
    expect(readEnv({ METRICS_TOKEN: 'jeton-de-seize-car' }).metricsToken).toBe(
      'jeton-de-seize-car',
    );
    expect(() => readEnv({ METRICS_TOKEN: 'court' })).toThrow(/METRICS_TOKEN/);
  });

  it('refuses a shared store without PostgreSQL, and an unknown store, naming the variable', () => {
    expect(() => readEnv({ RATE_LIMIT_STORE: 'postgres' })).toThrow(/DATABASE_URL/);
    expect(() => readEnv({ RATE_LIMIT_STORE: 'redis' })).toThrow(
      /RATE_LIMIT_STORE doit valoir memory ou postgres, reçu « redis »/,
    );
  });

  it('takes an address for error reports, refusing one that is not an address', () => {
    expect(readEnv({}).signalement).toBeUndefined();
    expect(readEnv({ SIGNALEMENT_ADRESSE: 'donnees@example.org' }).signalement).toBe(
      'donnees@example.org',
    );
    expect(() => readEnv({ SIGNALEMENT_ADRESSE: 'donnees' })).toThrow(
      /SIGNALEMENT_ADRESSE doit être une adresse électronique, reçu « donnees »/,
    );
  });

  it('refuses a port, a log level or a limit that cannot be used', () => {
    expect(() => readEnv({ PORT: 'http' })).toThrow(/PORT/);
    expect(() => readEnv({ LOG_LEVEL: 'bavard' })).toThrow(/LOG_LEVEL/);
    expect(() => readEnv({ RATE_LIMIT_ANONYME: '0' })).toThrow(/RATE_LIMIT_ANONYME/);
  });

  it('serves the widget and gallery builds it is told of, else those `pnpm start` makes', () => {
    expect(readEnv({ WIDGET_DIST: '/srv/widget', GALLERY_DIST: '/srv/galerie' })).toMatchObject({
      widgetDist: '/srv/widget',
      galleryDist: '/srv/galerie',
    });
    const { widgetDist, galleryDist } = readEnv({});
    expect(existsSync(join(widgetDist, '../package.json'))).toBe(true);
    expect(widgetDist).toMatch(/packages\/widget\/dist$/);
    expect(galleryDist).toMatch(/apps\/gallery\/dist$/);
  });

  it('counts the proxies whose X-Forwarded-For it may trust: none unless told', () => {
    expect(readEnv({}).trustProxy).toBe(0);
    expect(readEnv({ TRUST_PROXY: 'true' }).trustProxy).toBe(1);
    expect(readEnv({ TRUST_PROXY: '1' }).trustProxy).toBe(1);
    expect(readEnv({ TRUST_PROXY: '2' }).trustProxy).toBe(2);
    expect(readEnv({ TRUST_PROXY: 'false' }).trustProxy).toBe(0);
    expect(() => readEnv({ TRUST_PROXY: 'toujours' })).toThrow(
      /TRUST_PROXY doit valoir 0 à 10 .*reçu « toujours »/,
    );
  });

  it('limits slow and idle clients by default, in seconds from the environment', () => {
    expect(readEnv({}).http).toEqual({
      headersTimeoutMs: 10_000,
      requestTimeoutMs: 30_000,
      keepAliveTimeoutMs: 5_000,
      maxConnections: 1000,
    });
    expect(
      readEnv({
        HTTP_DELAI_ENTETES: '5',
        HTTP_DELAI_REQUETE: '60',
        HTTP_DELAI_INACTIVITE: '65',
        HTTP_CONNEXIONS_MAX: '200',
      }).http,
    ).toEqual({
      headersTimeoutMs: 5_000,
      requestTimeoutMs: 60_000,
      keepAliveTimeoutMs: 65_000,
      maxConnections: 200,
    });
  });

  it('refuses a limit that is not a positive number, or a request shorter than its headers', () => {
    expect(() => readEnv({ HTTP_DELAI_ENTETES: '0' })).toThrow(/HTTP_DELAI_ENTETES/);
    expect(() => readEnv({ HTTP_CONNEXIONS_MAX: 'beaucoup' })).toThrow(
      /HTTP_CONNEXIONS_MAX doit être un entier positif, reçu « beaucoup »/,
    );
    expect(() => readEnv({ HTTP_DELAI_ENTETES: '20', HTTP_DELAI_REQUETE: '10' })).toThrow(
      /HTTP_DELAI_REQUETE \(10 s\) doit être au moins HTTP_DELAI_ENTETES \(20 s\)/,
    );
  });
});
