import { describe, expect, it } from 'vitest';
import { parseUai, uaiCheckLetter } from './uai.js';

describe('UAI', () => {
  it.each(['0010001W', '0630003L', '0631243J', '0010826T', '0062205P'])(
    'accepts the real establishment %s',
    (uai) => {
      expect(parseUai(uai)).toEqual({ ok: true, value: uai });
    },
  );

  it('computes the check letter from the 7 digits modulo 23', () => {
    expect(uaiCheckLetter('0010001')).toBe('W');
  });

  it('accepts lower case and surrounding spaces', () => {
    expect(parseUai(' 0010001w ')).toEqual({ ok: true, value: '0010001W' });
  });

  it('rejects a wrong check letter and names the right one', () => {
    expect(parseUai('0010001A')).toEqual({
      ok: false,
      reason: 'la lettre de contrôle de 0010001A devrait être W',
    });
  });

  it.each(['001000W', '00100011', 'W0010001', ''])('rejects the malformed %j', (uai) => {
    expect(parseUai(uai).ok).toBe(false);
  });
});
