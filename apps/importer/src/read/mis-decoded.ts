/**
 * Signs that Latin-1 text went through a UTF-8 reader on its way here: the replacement
 * character left where a Latin-1 byte was invalid UTF-8, or the two-character sequences
 * (`Ã©` for `é`, `Â°` for `°`) that UTF-8 bytes become when read as Latin-1.
 */
const MIS_DECODED = /\uFFFD|[ÃÂ][\u0080-\u00BF]/;

/** Quick test on a whole chunk, so the per-line check only runs where it can find something. */
export function mayBeMisDecoded(text: string): boolean {
  return MIS_DECODED.test(text);
}

/** The reason to reject a line whose text shows a decoding accident, or null when it looks sound. */
export function misDecodedReason(fields: readonly string[]): string | null {
  for (const field of fields) {
    const match = MIS_DECODED.exec(field);
    if (match !== null) {
      const shown = match[0] === '\uFFFD' ? 'le caractère de remplacement �' : `« ${match[0]} »`;
      return `texte mal décodé (${shown} dans « ${field.slice(0, 40)} ») : le fichier a probablement été enregistré en Latin-1 puis relu comme de l’UTF-8 ; repartez du fichier d’origine`;
    }
  }
  return null;
}
