/** Below this share (percent of the whole), an outcome is "fewer than one in ten". */
export const LESS_THAN_ONE = 5;

/**
 * Shares out of a whole number of people (ten for the pictograms), so that the people always
 * agree with the percentages printed beside them:
 * - the counts add up to `total`;
 * - equal shares get equal people: a person they cannot each have is shared between them
 *   (25 / 25 / 50 gives 2½, 2½ and 5, never 3, 2 and 5);
 * - a share under 5 % gets less than one person (a share of the people left, or none);
 * - any other non-zero share gets at least one person.
 *
 * Largest remainder method: every share first gets the whole people it is owed, then the
 * people left go to the largest fractional parts, equal shares together.
 */
export function peopleOutOfTen(shares: readonly number[], total = 10): number[] {
  const clean = shares.map((share) => (Number.isFinite(share) && share > 0 ? share : 0));
  const sum = clean.reduce((a, b) => a + b, 0);
  if (sum === 0) return clean.map(() => 0);
  const exact = clean.map((share) => (share * total) / sum);
  const tiny = clean.map((share) => share > 0 && (share * 100) / sum < LESS_THAN_ONE);
  const people = exact.map(Math.floor);
  const groups = groupsOfEqualShares(clean);
  const first = (group: readonly number[]) => group[0] ?? 0;
  const remainder = (group: readonly number[]) =>
    (exact[first(group)] ?? 0) - (people[first(group)] ?? 0);
  const share = (group: readonly number[]) => clean[first(group)] ?? 0;
  groups.sort((a, b) => remainder(b) - remainder(a) || share(b) - share(a));
  let left = total - people.reduce((a, b) => a + b, 0);
  for (const group of groups) {
    if (left <= 0) break;
    // Under 5 %, at most half a person: "fewer than one in ten", drawn as such.
    const cap = tiny[first(group)] ? 0.5 : 1;
    const each = Math.min(cap, left / group.length);
    for (const i of group) people[i] = (people[i] ?? 0) + each;
    left -= each * group.length;
  }
  // A share of 5 % or more never shows less than one person: it takes what it lacks from
  // the outcome with the most people (shared by its equals).
  for (const group of groups) {
    const lacking = 1 - (people[first(group)] ?? 0);
    if (tiny[first(group)] || lacking <= 0) continue;
    const donor = groups
      .filter((other) => other !== group)
      .sort((a, b) => (people[first(b)] ?? 0) - (people[first(a)] ?? 0))[0];
    if (donor === undefined) break;
    const given = (lacking * group.length) / donor.length;
    for (const i of donor) people[i] = (people[i] ?? 0) - given;
    for (const i of group) people[i] = 1;
  }
  return people.map((count) => Math.round(count * 1e6) / 1e6);
}

/** Indices of the non-zero shares, grouped by equal share. */
function groupsOfEqualShares(shares: readonly number[]) {
  const groups = new Map<number, number[]>();
  shares.forEach((share, i) => {
    if (share === 0) return;
    const group = groups.get(share) ?? [];
    group.push(i);
    groups.set(share, group);
  });
  return [...groups.values()];
}
