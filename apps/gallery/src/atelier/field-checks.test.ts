import { describe, expect, it } from 'vitest';
import { checkCodes, checkRegion, checkUai } from './field-checks.js';

describe('checkCodes', () => {
  it('accepts one code or several, prefixed or not', () => {
    expect(checkCodes('40025214')).toEqual({ ok: true, message: '' });
    expect(checkCodes('CFD:40025214, 24022503210')).toEqual({
      ok: true,
      message: '2 codes : leurs chiffres seront additionnés.',
    });
  });

  it('names the code at fault and why', () => {
    const check = checkCodes('40025214,4002');
    expect(check.ok).toBe(false);
    expect(check.message).toMatch(/^« 4002 » : code non reconnu/);
  });

  it('asks for a code when there is none', () => {
    expect(checkCodes(' , ').ok).toBe(false);
  });
});

describe('checkUai', () => {
  it('checks the control letter', () => {
    expect(checkUai('0010001W').ok).toBe(true);
    expect(checkUai('0010001A')).toEqual({
      ok: false,
      message: 'UAI invalide : la lettre de contrôle de 0010001A devrait être W.',
    });
    expect(checkUai('').ok).toBe(true);
  });
});

describe('checkRegion', () => {
  it('names the region of a code or a postal code', () => {
    expect(checkRegion('84')).toEqual({ ok: true, message: 'Région : Auvergne-Rhône-Alpes.' });
    expect(checkRegion('20100').message).toBe('Région : Corse.');
    expect(checkRegion('99').ok).toBe(false);
  });
});
