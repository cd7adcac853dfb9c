import { parseCertificationCode, parseRegion, parseUai } from '@inserjeunes/contract';

/** What a field's value is worth: an error to show, or a confirmation (possibly empty). */
export type FieldCheck = { ok: true; message: string } | { ok: false; message: string };

const fine = (message = ''): FieldCheck => ({ ok: true, message });
const wrong = (message: string): FieldCheck => ({ ok: false, message });

/** One code or several separated by commas, each a CFD, MEFSTAT11 or SISE. */
export function checkCodes(value: string): FieldCheck {
  const codes = value
    .split(',')
    .map((code) => code.trim())
    .filter((code) => code !== '');
  if (codes.length === 0)
    return wrong('Indiquez un code de diplôme, ou cherchez-le par son intitulé.');
  for (const code of codes) {
    const parsed = parseCertificationCode(code);
    if (!parsed.ok) return wrong(`« ${code} » : ${parsed.reason}.`);
  }
  return fine(codes.length > 1 ? `${codes.length} codes : leurs chiffres seront additionnés.` : '');
}

/** An establishment code with its check letter, or nothing. */
export function checkUai(value: string): FieldCheck {
  if (value.trim() === '') return fine();
  const parsed = parseUai(value);
  return parsed.ok ? fine() : wrong(`UAI invalide : ${parsed.reason}.`);
}

/** A region's INSEE code or a postal code, or nothing; names the region found. */
export function checkRegion(value: string): FieldCheck {
  if (value.trim() === '') return fine();
  const parsed = parseRegion(value);
  return parsed.ok
    ? fine(`Région : ${parsed.value.libelle}.`)
    : wrong(`Région invalide : ${parsed.reason}.`);
}
