import { uaiCheckLetter } from '@inserjeunes/contract';

/**
 * A CSV catalogue where no row repeats another: each names an establishment of its own
 * (valid UAIs the data does not know, numbered from `firstUai`), so every row goes through
 * the widget's fallback and the check takes a while. Codes are taken in turn from `codes`.
 */
export function unknownUaiCatalogue(
  rows: number,
  codes: readonly string[],
  firstUai = 1_000_000,
): string {
  const lines = Array.from({ length: rows }, (_, i) => {
    const digits = String(firstUai + i);
    return `${digits}${uaiCheckLetter(digits)};${codes[i % codes.length]}`;
  });
  return ['UAI;Code', ...lines].join('\n');
}
