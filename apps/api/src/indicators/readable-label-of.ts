import { readableLabel } from '@inserjeunes/contract';

/** Labels already made readable: the nomenclature holds a few thousand, each asked for often. */
const made = new Map<string, string>();

/** {@link readableLabel} of an official label, made once per label, level and famille. */
export function readableLabelOf(
  libelle: string,
  niveau: string | null,
  niveauLibelle: string | null,
  famille: string | null = null,
): string {
  const key = `${libelle}\u0000${niveau ?? ''}\u0000${famille ?? ''}`;
  let readable = made.get(key);
  if (readable === undefined) {
    readable = readableLabel({ libelle, niveau, niveauLibelle, famille });
    made.set(key, readable);
  }
  return readable;
}
