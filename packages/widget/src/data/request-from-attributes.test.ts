import { describe, expect, it } from 'vitest';
import { WIDGET_VERSION } from '../version.js';
import { requestFromAttributes } from './request-from-attributes.js';

const attributes = {
  code: '40025214',
  uai: '',
  region: '',
  millesime: '',
  voie: '',
  audience: '',
  api: '',
};

describe('the request a widget makes', () => {
  it('asks the API given by `api`, else the one that served the script', () => {
    const own = requestFromAttributes({ ...attributes, api: 'https://api.test' }, 'https://x.test');
    expect('url' in own && own.url).toMatch(
      /^https:\/\/api\.test\/api\/inserjeunes\/affichage\/40025214\?/,
    );
    const served = requestFromAttributes(attributes, 'https://x.test');
    expect('url' in served && served.url).toMatch(/^https:\/\/x\.test\/api\//);
  });

  it('takes a path of the page’s site as the API’s address', () => {
    const request = requestFromAttributes({ ...attributes, api: '/proxy' }, '');
    expect('url' in request && request.url).toBe(
      `${location.origin}/proxy/api/inserjeunes/affichage/40025214?audience=3eme&widget=${WIDGET_VERSION}`,
    );
  });

  it('says `api` is missing when the address of the API cannot be told (the npm package)', () => {
    const request = requestFromAttributes(attributes, '');
    expect(request).toEqual({
      state: expect.objectContaining({ status: 'unknown', code: 'api_absent' }),
    });
    expect('state' in request && request.state.message).toContain('attribut api absent');
  });

  it('names an `api` that is not an address', () => {
    const request = requestFromAttributes({ ...attributes, api: 'api.exemple.fr' }, '');
    expect(request).toEqual({
      state: {
        status: 'unknown',
        code: 'api_invalide',
        message: expect.stringContaining('« api.exemple.fr » invalide'),
      },
    });
  });
});
