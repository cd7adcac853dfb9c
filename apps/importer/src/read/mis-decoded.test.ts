import { describe, expect, it } from 'vitest';
import { mayBeMisDecoded, misDecodedReason } from './mis-decoded.js';

describe('mayBeMisDecoded', () => {
  it('finds the replacement character and UTF-8 read as Latin-1, anywhere in a chunk', () => {
    expect(mayBeMisDecoded('a;b\nMaths ; Sciences\ufffd\n')).toBe(true);
    expect(mayBeMisDecoded(`${'x'.repeat(10_000)}Ingénierie → IngÃ©nierie`)).toBe(true);
    expect(mayBeMisDecoded('niveau 3Â° cycle')).toBe(true);
  });

  it('leaves sound French text alone, Ã and Â included when no continuation follows', () => {
    expect(mayBeMisDecoded('Électricité ; Bâtiment ; Âge ; Ã')).toBe(false);
    expect(mayBeMisDecoded('ÂGE;ÃX;Â\n')).toBe(false);
    expect(mayBeMisDecoded('')).toBe(false);
  });
});

describe('misDecodedReason', () => {
  it('names the sequence found in a field', () => {
    expect(misDecodedReason(['ok', 'IngÃ©nierie'])).toMatch(/« Ã© »/);
    expect(misDecodedReason(['Ingénierie'])).toBeNull();
  });
});
