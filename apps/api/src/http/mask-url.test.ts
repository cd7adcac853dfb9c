import { describe, expect, it } from 'vitest';
import { isSecretName, maskUrl } from './mask-url.js';

const KEY = 'ij_0a1b2c3d_Zm9vYmFyYmF6cXV4cXV1eGNvcmdlZ3JhdWx0Z2FycGx5d2FsZG8';
const JWT = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJwYXJ0ZW5haXJlIn0.c2lnbmF0dXJlLWR1LWpldG9uLWRlLXRlc3Q';

describe('maskUrl', () => {
  it.each([
    ['cle_api', 'secret123'],
    ['api%5Fkey', 'abc'],
    ['API-Key', 'abc'],
    ['access_token', 'abc'],
    ['jeton', 'abc'],
    ['auth', 'abc'],
    ['x_api_key', 'abc'],
    ['apiKey', 'abc'],
    ['%61pi_key', 'abc'],
  ])('masks the value of %s whatever its encoding', (name, value) => {
    const masked = maskUrl(
      `/api/inserjeunes/certifications/40025214?${name}=${value}&millesime=2022`,
    );
    expect(masked).toBe(
      `/api/inserjeunes/certifications/40025214?${name}=[masquée]&millesime=2022`,
    );
  });

  it('masks key-shaped values anywhere in the URL, under any name or in the path', () => {
    expect(maskUrl(`/api/inserjeunes/certifications/${KEY}`)).toBe(
      '/api/inserjeunes/certifications/[masquée]',
    );
    expect(maskUrl(`/api?q=${JWT}`)).toBe('/api?q=[masquée]');
    expect(maskUrl(`/api?x=${'a1'.repeat(20)}`)).toBe('/api?x=[masquée]');
  });

  it('leaves the domain’s codes, UAIs, regions and millésimes as they are', () => {
    const url =
      '/api/inserjeunes/formations/0010001W-24022503210?millesime=2021_2022&region=84&codes=SISE:2400074';
    expect(maskUrl(url)).toBe(url);
    expect(maskUrl(`/api/${'a'.repeat(40)}`)).toBe(`/api/${'a'.repeat(40)}`);
  });

  it('leaves a 16,000-character path of ordinary text as it is', () => {
    const long = `/${'ab'.repeat(8000)}?${'k=v&'.repeat(2000)}`;
    expect(maskUrl(long)).toBe(long);
  });

  it('knows secret names only', () => {
    expect(isSecretName('millesime')).toBe(false);
    expect(isSecretName('codes')).toBe(false);
    expect(isSecretName('Api%2DKey')).toBe(true);
  });
});
