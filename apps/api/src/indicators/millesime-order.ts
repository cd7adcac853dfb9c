/**
 * Orders millésimes newest first: by the last promotion measured, then the cumulated form
 * (`2022_2023`, two promotions, more students) before the single year (`2023`).
 */
export function compareMillesimesDesc(a: string, b: string): number {
  const [a1 = 0, a2 = a1] = a.split('_').map(Number);
  const [b1 = 0, b2 = b1] = b.split('_').map(Number);
  return b2 - a2 || a1 - b1 || (a < b ? 1 : a > b ? -1 : 0);
}

/** The distinct millésimes of `values`, newest first. */
export function sortMillesimes(values: Iterable<string>): string[] {
  return [...new Set(values)].sort(compareMillesimesDesc);
}
