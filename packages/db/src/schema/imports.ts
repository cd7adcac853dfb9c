import {
  boolean,
  integer,
  pgTable,
  serial,
  smallint,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';

/**
 * One successful import of one file: what it was, its fingerprint (so importing it again
 * changes nothing), its row counts and when it ran. Every figure points back to one.
 */
export const imports = pgTable(
  'import',
  {
    id: serial('id').primaryKey(),
    dataset: text('dataset').notNull(),
    fichier: text('fichier').notNull(),
    sha256: text('sha256').notNull(),
    lignes_lues: integer('lignes_lues').notNull(),
    lignes_importees: integer('lignes_importees').notNull(),
    lignes_inchangees: integer('lignes_inchangees').notNull(),
    lignes_rejetees: integer('lignes_rejetees').notNull(),
    /** Lines read but deliberately not stored (sub-populations, rows outside the product's scope). */
    lignes_ignorees: integer('lignes_ignorees').notNull().default(0),
    fictif: boolean('fictif').notNull().default(false),
    /** The dataset's rank: for the same figures, a higher rank wins over a lower one. */
    rang: smallint('rang').notNull().default(0),
    /** When the file was published (`YYYY` or `YYYY-MM-DD`), when known: newer wins at equal rank. */
    publie_le: text('publie_le'),
    debut: timestamp('debut', { withTimezone: true, mode: 'date' }).notNull(),
    fin: timestamp('fin', { withTimezone: true, mode: 'date' }).notNull(),
  },
  (t) => [uniqueIndex('import_sha256_dataset').on(t.sha256, t.dataset)],
);
