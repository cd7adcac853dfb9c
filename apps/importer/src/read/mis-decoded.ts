/**
 * Signs that Latin-1 text went through a UTF-8 reader on its way here: the replacement
 * character left where a Latin-1 byte was invalid UTF-8, or the two-character sequences
 * (`Ã©` for `é`, `Â°` for `°`) that UTF-8 bytes become when read as Latin-1.
 */
const MIS_DECODED = /\uFFFD|[ÃÂ][\u0080-\u00BF]/;

/**
 * Quick test on a whole chunk, so the per-line check only runs where it can find something:
 * the same test as {@link MIS_DECODED}, by the engine's native character search (a national
 * file is 700 MB of text that the regular expression walked character by character).
 */
export function mayBeMisDecoded(text: string): boolean {
  return text.includes('\uFFFD') || leadsContinuation(text, 'Ã') || leadsContinuation(text, 'Â');
}

/** Whether `lead` occurs followed by a character of U+0080–U+00BF. */
function leadsContinuation(text: string, lead: string): boolean {
  for (let at = text.indexOf(lead); at >= 0; at = text.indexOf(lead, at + 1)) {
    const next = text.charCodeAt(at + 1);
    if (next >= 0x80 && next <= 0xbf) return true;
  }
  return false;
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
