import { index, integer, pgTable, text } from 'drizzle-orm/pg-core';
import { imports } from './imports.js';

export const regions = pgTable('region', {
  code: text('code').primaryKey(),
  libelle: text('libelle').notNull(),
  import_id: integer('import_id').references(() => imports.id),
});

export const academies = pgTable(
  'academie',
  {
    code: text('code').primaryKey(),
    libelle: text('libelle').notNull(),
    region_code: text('region_code').notNull(),
    import_id: integer('import_id').references(() => imports.id),
  },
  (t) => [index('academie_region').on(t.region_code)],
);

export const departements = pgTable('departement', {
  code: text('code').primaryKey(),
  libelle: text('libelle').notNull(),
  academie_code: text('academie_code').notNull(),
  region_code: text('region_code').notNull(),
  import_id: integer('import_id').references(() => imports.id),
});

/** An establishment (lycée, CFA, university…) by its UAI. */
export const etablissements = pgTable(
  'etablissement',
  {
    uai: text('uai').primaryKey(),
    libelle: text('libelle'),
    region_code: text('region_code'),
    academie_code: text('academie_code'),
    departement_code: text('departement_code'),
    import_id: integer('import_id').references(() => imports.id),
  },
  (t) => [
    index('etablissement_region').on(t.region_code),
    index('etablissement_academie').on(t.academie_code),
  ],
);
