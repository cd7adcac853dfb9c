import type { indicateurs } from '@inserjeunes/db';

/** One row of the `indicateur` table, as read. */
export type IndicatorRow = typeof indicateurs.$inferSelect;
