/** One pictogram: one outcome, or a person shared between outcomes (slices, adding up to 1). */
export type Person<K> = readonly { kind: K; part: number }[];

/**
 * Lays people out in order of outcome: each outcome's whole people, then the fractions
 * left (a person shared by equal shares, or under 5 %) put together into shared persons.
 * Counts add up to a whole number; what they miss of `total` is drawn as `rest`.
 */
export function tenPeople<K>(
  counts: readonly number[],
  kinds: readonly K[],
  rest: K,
  total = 10,
): Person<K>[] {
  const persons: Person<K>[] = [];
  const shared: { kind: K; part: number }[] = [];
  counts.forEach((count, i) => {
    const kind = kinds[i] ?? rest;
    const whole = Math.floor(count + 1e-9);
    for (let n = 0; n < whole; n++) persons.push([{ kind, part: 1 }]);
    const part = count - whole;
    if (part > 1e-9) shared.push({ kind, part });
  });
  let person: { kind: K; part: number }[] = [];
  let filled = 0;
  for (const slice of shared) {
    let left = slice.part;
    while (left > 1e-9) {
      const part = Math.min(left, 1 - filled);
      person.push({ kind: slice.kind, part });
      filled += part;
      left -= part;
      if (filled >= 1 - 1e-9) {
        persons.push(person);
        person = [];
        filled = 0;
      }
    }
  }
  if (person.length > 0) persons.push([...person, { kind: rest, part: 1 - filled }]);
  while (persons.length < total) persons.push([{ kind: rest, part: 1 }]);
  return persons;
}
