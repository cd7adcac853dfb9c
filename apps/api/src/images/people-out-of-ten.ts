/**
 * Whole people out of ten for percentages that sum to 100 (the last share may stand for
 * people whose outcome is not published). Largest remainders: each share gets its whole
 * people, the rest go to the largest fractions; a share above zero never shows nobody,
 * taking one person from the share that can best spare one. So "N sur 10" agrees with the
 * percentage beside it as the widget's pictograms do.
 */
export function peopleOutOfTen(shares: readonly number[]): number[] {
  const clean = shares.map((share) => (Number.isFinite(share) && share > 0 ? share : 0));
  const sum = clean.reduce((a, b) => a + b, 0);
  if (sum === 0) return clean.map(() => 0);
  const exact = clean.map((share) => (share * 10) / sum);
  const people = exact.map((value) => Math.floor(value));
  const fraction = (i: number) => (exact[i] ?? 0) - (people[i] ?? 0);
  const order = clean
    .map((_, i) => i)
    .sort((a, b) => fraction(b) - fraction(a) || (clean[b] ?? 0) - (clean[a] ?? 0) || a - b);
  let left = 10 - people.reduce((a, b) => a + b, 0);
  for (const i of order) {
    if (left === 0) break;
    people[i] = (people[i] ?? 0) + 1;
    left -= 1;
  }
  clean.forEach((share, i) => {
    if (share === 0 || people[i] !== 0) return;
    // The share that can best spare one: the most people, then the smallest fraction.
    let donor = -1;
    people.forEach((count, j) => {
      if (count <= 1) return;
      const most = people[donor] ?? 0;
      if (donor < 0 || count > most || (count === most && fraction(j) < fraction(donor))) donor = j;
    });
    if (donor < 0) return;
    people[donor] = (people[donor] ?? 0) - 1;
    people[i] = 1;
  });
  return people;
}
