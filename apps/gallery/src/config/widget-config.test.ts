import { describe, expect, it } from 'vitest';
import {
  configFromQuery,
  configToQuery,
  DEFAULT_CONFIG,
  type WidgetConfig,
} from './widget-config.js';

describe('configFromQuery / configToQuery', () => {
  it('gives back the same configuration after a trip through the URL', () => {
    const config: WidgetConfig = {
      code: '40025214',
      uai: '0010001W',
      region: '84',
      millesime: '2022_2023',
      voie: 'apprentissage',
      audience: 'lycee',
      lang: 'en',
      theme: 'partenaire',
      colours: { accent: '#123456', emploi: '#00695c', formation: '#8a4500', autres: '#abcdef' },
      width: 320,
      mode: 'iframe',
    };
    expect(configFromQuery(`?${configToQuery(config)}`)).toEqual(config);
  });

  it('keeps shared links short: defaults are left out', () => {
    expect(configToQuery({ ...DEFAULT_CONFIG, code: '32031309' })).toBe('code=32031309');
    expect(configToQuery(DEFAULT_CONFIG)).toBe('');
  });

  it('leaves partner colours out of the URL unless the partner theme is chosen', () => {
    const colours = { ...DEFAULT_CONFIG.colours, accent: '#000000' };
    expect(configToQuery({ ...DEFAULT_CONFIG, colours })).toBe('');
  });

  it('ignores values the playground could not have written', () => {
    const config = configFromQuery(
      '?audience=ministre&lang=de&theme=rose&accent=red&voie=mer&largeur=abc&integration=frame',
    );
    expect(config).toEqual(DEFAULT_CONFIG);
  });

  it('keeps the width between 280 and 1000 pixels', () => {
    expect(configFromQuery('?largeur=12').width).toBe(280);
    expect(configFromQuery('?largeur=4000').width).toBe(1000);
    expect(configFromQuery('?largeur=612.4').width).toBe(612);
  });

  it('keeps free text as text, trimmed and bounded', () => {
    const config = configFromQuery(
      `?code=${encodeURIComponent(' "><b>x</b> ')}&uai=${'9'.repeat(500)}`,
    );
    expect(config.code).toBe('"><b>x</b>');
    expect(config.uai).toHaveLength(200);
  });
});
