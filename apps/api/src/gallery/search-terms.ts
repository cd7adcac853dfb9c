/** Accented letters and their plain form: labels and queries compare without accents. */
export const ACCENTED = 'àâäáãéèêëíìîïóòôöõúùûüçñÀÂÄÁÃÉÈÊËÍÌÎÏÓÒÔÖÕÚÙÛÜÇÑ';
export const PLAIN = 'aaaaaeeeeiiiiooooouuuucnAAAAAEEEEIIIIOOOOOUUUUCN';

/** Words a label must all contain: upper-cased, accents removed, letters and digits only. */
export function searchTerms(query: string): string[] {
  const plain = query
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .replace(/œ/gi, 'OE')
    .toUpperCase();
  return [...new Set(plain.split(/[^0-9A-Z]+/).filter((word) => word.length > 0))].slice(0, 8);
}
