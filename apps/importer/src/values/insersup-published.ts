/**
 * When an InserSup file was published, from the `date_jeu` its name carries (`…-2024_S2.json`,
 * `…-2026_S1-extrait.csv`): the first day of that half-year; null when the name says nothing.
 */
export function insersupPublished(name: string): string | null {
  const found = /(\d{4})_S([12])/.exec(name);
  if (found === null) return null;
  return `${found[1]}-${found[2] === '1' ? '01' : '07'}-01`;
}
