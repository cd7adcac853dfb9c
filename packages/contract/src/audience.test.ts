import { describe, expect, it } from 'vitest';
import { inferAudience } from './audience.js';

describe('inferAudience', () => {
  it.each([
    [{ type: 'SISE', code: '2400074' }, 'superieur'],
    [{ type: 'CFD', code: '32033422' }, 'lycee'],
    [{ type: 'MEFSTAT11', code: '32221022002' }, 'lycee'],
    [{ type: 'CFD', code: '50022137' }, '3eme'],
    [{ type: 'CFD', code: '40025214' }, '3eme'],
    [{ type: 'MEFSTAT11', code: '23830023303' }, '3eme'],
    [{ type: 'CFD', code: '01022103' }, '3eme'],
  ] as const)('%o is for %s readers', (code, audience) => {
    expect(inferAudience(code)).toBe(audience);
  });
});
