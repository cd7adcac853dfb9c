/**
 * The other form of a millésime, as the reference paired them for formations: the single
 * year `2024` and the two cumulated promotions ending with it, `2023_2024`. A cumul of
 * non-consecutive years has none.
 */
export function millesimeCounterpart(millesime: string): string | null {
  const [first, second] = millesime.split('_');
  if (first === undefined) return null;
  if (second === undefined) return `${Number(first) - 1}_${first}`;
  return Number(second) === Number(first) + 1 ? second : null;
}

/**
 * The millésimes a request for `millesime` may be answered with, in the order they are
 * tried: for formations the single year first (the reference's "priorité au millésime
 * unique"), elsewhere the one asked for first.
 */
export function millesimeCandidates(millesime: string, singleYearFirst: boolean): string[] {
  const counterpart = millesimeCounterpart(millesime);
  if (counterpart === null) return [millesime];
  const single = millesime.includes('_') ? counterpart : millesime;
  if (singleYearFirst) return [single, single === millesime ? counterpart : millesime];
  return [millesime, counterpart];
}
