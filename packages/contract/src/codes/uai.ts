import type { ParseResult } from './certification-code.js';

const CHECK_LETTERS = 'ABCDEFGHJKLMNPRSTUVWXYZ';

/** The check letter of an establishment code: the letter at (7-digit number mod 23). */
export function uaiCheckLetter(digits: string): string {
  const letter = CHECK_LETTERS[Number.parseInt(digits, 10) % 23];
  if (letter === undefined) throw new RangeError(`not a 7-digit UAI stem: ${digits}`);
  return letter;
}

/** Reads an establishment code (UAI): 7 digits and the matching check letter. */
export function parseUai(input: string): ParseResult<string> {
  const uai = input.trim().toUpperCase();
  const match = /^([0-9]{7})([A-Z])$/.exec(uai);
  if (match === null) {
    return {
      ok: false,
      reason: 'un UAI compte 7 chiffres suivis d’une lettre, par exemple 0010001W',
    };
  }
  const [, digits = '', letter] = match;
  const expected = uaiCheckLetter(digits);
  if (letter !== expected) {
    return { ok: false, reason: `la lettre de contrôle de ${uai} devrait être ${expected}` };
  }
  return { ok: true, value: uai };
}
