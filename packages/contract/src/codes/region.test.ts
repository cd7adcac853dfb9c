import { describe, expect, it } from 'vitest';
import { departementOfPostalCode, parseRegion } from './region.js';

describe('parseRegion', () => {
  it.each([
    ['11', '11', 'Île-de-France'],
    ['84', '84', 'Auvergne-Rhône-Alpes'],
    ['1', '01', 'Guadeloupe'],
    ['75001', '11', 'Île-de-France'],
    ['69007', '84', 'Auvergne-Rhône-Alpes'],
    ['20000', '94', 'Corse'],
    ['20290', '94', 'Corse'],
    ['97400', '04', 'La Réunion'],
    ['97600', '06', 'Mayotte'],
    ['97133', '01', 'Guadeloupe'],
  ])('reads %s as region %s', (input, code, libelle) => {
    expect(parseRegion(input)).toEqual({ ok: true, value: { code, libelle } });
  });

  it('maps Corsican postal codes to 2A and 2B', () => {
    expect(departementOfPostalCode('20000')).toBe('2A');
    expect(departementOfPostalCode('20200')).toBe('2B');
  });

  it.each(['99', '00', '98800', '97500', 'Bretagne', '1234'])('rejects %j', (input) => {
    expect(parseRegion(input).ok).toBe(false);
  });
});
