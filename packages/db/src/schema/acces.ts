import { sql } from 'drizzle-orm';
import {
  bigint,
  date,
  integer,
  pgTable,
  primaryKey,
  serial,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';

/** A partner's API key, stored only as a SHA-256 hash; `prefixe` identifies it in listings. */
export const apiKeys = pgTable(
  'api_key',
  {
    id: serial('id').primaryKey(),
    partenaire: text('partenaire').notNull(),
    prefixe: text('prefixe').notNull(),
    hash: text('hash').notNull(),
    limite_par_minute: integer('limite_par_minute').notNull(),
    cree_le: timestamp('cree_le', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    revoque_le: timestamp('revoque_le', { withTimezone: true, mode: 'date' }),
  },
  (t) => [
    uniqueIndex('api_key_hash').on(t.hash),
    uniqueIndex('api_key_partenaire_active').on(t.partenaire).where(sql`revoque_le is null`),
  ],
);

/**
 * Calls per day × consumer (the key's partner, else the Origin or Referer host) × route;
 * `vues_widget` counts the calls the widget made. No IP address is kept.
 */
export const usageQuotidien = pgTable(
  'usage_quotidien',
  {
    jour: date('jour', { mode: 'string' }).notNull(),
    consommateur: text('consommateur').notNull(),
    route: text('route').notNull(),
    appels: integer('appels').notNull().default(0),
    vues_widget: integer('vues_widget').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.jour, t.consommateur, t.route] })],
);

/**
 * Rate-limit counters shared by every API process on one database (`RATE_LIMIT_STORE=postgres`):
 * hits per client key in the fixed window ending at `fin` (epoch milliseconds). Rows of
 * finished windows are useless and purged; the table is unlogged (counters are disposable,
 * and a write-ahead-log flush per request would cost more than the request).
 */
export const limitesDebit = pgTable(
  'limite_debit',
  {
    cle: text('cle').notNull(),
    fin: bigint('fin', { mode: 'number' }).notNull(),
    requetes: integer('requetes').notNull(),
  },
  (t) => [primaryKey({ columns: [t.cle, t.fin] })],
);
