/**
 * Shares out of a whole number of people (ten for the pictograms): the counts always add up
 * to `total`, and an outcome with a non-zero share never shows zero people.
 *
 * Largest remainder method: every share first gets the whole people it is owed, then the
 * people left over go to the largest fractional parts (ties to the larger share, then to
 * the first). A non-zero share rounded down to nobody then takes one person from the
 * outcome that can best spare one (the most people, then the smallest remainder).
 */
export function peopleOutOfTen(shares: readonly number[], total = 10): number[] {
  const clean = shares.map((share) => (Number.isFinite(share) && share > 0 ? share : 0));
  const sum = clean.reduce((a, b) => a + b, 0);
  if (sum === 0) return clean.map(() => 0);
  const exact = clean.map((share) => (share * total) / sum);
  const people = exact.map(Math.floor);
  const remainder = (i: number) => (exact[i] ?? 0) - (people[i] ?? 0);
  const byRemainder = clean
    .map((_, i) => i)
    .sort((a, b) => remainder(b) - remainder(a) || (clean[b] ?? 0) - (clean[a] ?? 0) || a - b);
  let left = total - people.reduce((a, b) => a + b, 0);
  for (const i of byRemainder) {
    if (left <= 0) break;
    people[i] = (people[i] ?? 0) + 1;
    left -= 1;
  }
  for (let i = 0; i < people.length; i++) {
    if ((clean[i] ?? 0) === 0 || people[i] !== 0) continue;
    const donor = people
      .map((count, j) => ({ count, j }))
      .filter(({ count }) => count > 1)
      .sort((a, b) => b.count - a.count || remainder(a.j) - remainder(b.j))[0];
    if (donor === undefined) break;
    people[donor.j] = donor.count - 1;
    people[i] = 1;
  }
  return people;
}
