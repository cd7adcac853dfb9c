/**
 * How wide the population behind a figure is: France as a whole, one region, one
 * establishment for one certification, or one establishment over all its trainings.
 */
export const SCOPES = ['national', 'regional', 'formation', 'etablissement'] as const;
export type Scope = (typeof SCOPES)[number];

/** The widget's fallback order, narrowest first. */
export const FALLBACK_ORDER: readonly Scope[] = ['formation', 'regional', 'national'];
