const THIN = new Set([..."iljI.,:;!|'’ \u00a0\u202f"]);
const NARROW = new Set([...'tfr()[]-/']);
const WIDE = new Set([...'mwMW%@€']);

/**
 * How wide a text will be, in pixels, without the font: the image names a font stack and
 * the reader's system picks. Widths are those of DejaVu Sans, which the PNG uses and which
 * is among the widest of the usual sans-serif faces, so a wrapped line does not overflow.
 */
export function textWidth(text: string, size: number, bold = false): number {
  let em = 0;
  for (const char of text) {
    if (THIN.has(char)) em += 0.3;
    else if (NARROW.has(char)) em += 0.43;
    else if (WIDE.has(char)) em += 0.97;
    else if (char >= 'A' && char <= 'Z') em += 0.74;
    else if (char >= '0' && char <= '9') em += 0.64;
    else em += 0.62;
  }
  return em * size * (bold ? 1.1 : 1);
}

/** Breaks `text` at spaces into lines no wider than `width`; a word too long stays whole. */
export function wrapText(text: string, size: number, width: number, bold = false): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/ +/)) {
    if (word === '') continue;
    const candidate = line === '' ? word : `${line} ${word}`;
    if (line !== '' && textWidth(candidate, size, bold) > width) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}
