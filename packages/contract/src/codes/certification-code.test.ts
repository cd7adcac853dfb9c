import { describe, expect, it } from 'vitest';
import { parseCertificationCode, splitCodes } from './certification-code.js';

describe('parseCertificationCode', () => {
  it.each([
    ['40025214', 'CFD', '40025214'],
    ['CFD:40025214', 'CFD', '40025214'],
    ['cfd:46x32301', 'CFD', '46X32301'],
    ['23830023303', 'MEFSTAT11', '23830023303'],
    ['MEFSTAT11:24022503210', 'MEFSTAT11', '24022503210'],
    ['23J00022103', 'MEFSTAT11', '23J00022103'],
    ['2400074', 'SISE', '2400074'],
    ['SISE:2400074', 'SISE', '2400074'],
    [' 36C3260A ', 'CFD', '36C3260A'],
  ])('reads %s as a %s', (input, type, code) => {
    expect(parseCertificationCode(input)).toEqual({ ok: true, value: { type, code } });
  });

  it.each([
    ['', 'vide'],
    ['CFD:4002521', 'CFD'],
    ['MEFSTAT11:2383002330A', 'MEFSTAT11'],
    ['RNCP:12345', 'préfixe'],
    ['400252145', 'code non reconnu'],
    ["40025214' OR 1=1", 'code non reconnu'],
  ])('rejects %j and says why', (input, fragment) => {
    const result = parseCertificationCode(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toContain(fragment);
  });

  it('splits lists on commas and pipes', () => {
    expect(splitCodes('40025214, 23830023303|SISE:2400074,')).toEqual([
      '40025214',
      '23830023303',
      'SISE:2400074',
    ]);
  });
});
