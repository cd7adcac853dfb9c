import { COUNT_KEYS, type Counts, RATE_KEYS, type Rates } from '@inserjeunes/contract';
import { sql } from 'drizzle-orm';
import {
  boolean,
  index,
  integer,
  type PgIntegerBuilderInitial,
  type PgRealBuilderInitial,
  type PgSmallIntBuilderInitial,
  pgTable,
  real,
  serial,
  smallint,
  text,
  unique,
} from 'drizzle-orm/pg-core';
import { imports } from './imports.js';

const countColumns = Object.fromEntries(COUNT_KEYS.map((key) => [key, integer(key)])) as {
  [K in keyof Counts]: PgIntegerBuilderInitial<K>;
};
const rateColumns = Object.fromEntries(RATE_KEYS.map((key) => [key, smallint(key)])) as {
  [K in keyof Rates]: PgSmallIntBuilderInitial<K>;
};
const euros = <K extends string>(name: K): PgRealBuilderInitial<K> => real(name);

/**
 * Figures for one (scope, millésime, filière, code, region, UAI). The raw counts are kept
 * even under the publication threshold; `raison_masquage` says why the API withholds them.
 * Rows derived by the importer (national sums of regional rows, continuum carry-over) say
 * so in `derivation` and are recomputed after every import; real rows always win.
 */
export const indicateurs = pgTable(
  'indicateur',
  {
    id: serial('id').primaryKey(),
    scope: text('scope', {
      enum: ['national', 'regional', 'formation', 'etablissement'],
    }).notNull(),
    millesime: text('millesime').notNull(),
    filiere: text('filiere', {
      enum: ['scolaire', 'apprentissage', 'agricole', 'superieur'],
    }).notNull(),
    /** CFD, MEFSTAT11 or SISE code; null for an establishment over all its trainings. */
    code: text('code'),
    code_type: text('code_type', { enum: ['CFD', 'MEFSTAT11', 'SISE'] }),
    /** The diploma (CFD or SISE) the code belongs to. */
    cfd: text('cfd'),
    region_code: text('region_code'),
    uai: text('uai'),
    ...countColumns,
    ...rateColumns,
    taux_emploi_sortants_6_mois: smallint('taux_emploi_sortants_6_mois'),
    taux_emploi_sortants_12_mois: smallint('taux_emploi_sortants_12_mois'),
    taux_emploi_sortants_18_mois: smallint('taux_emploi_sortants_18_mois'),
    taux_emploi_sortants_24_mois: smallint('taux_emploi_sortants_24_mois'),
    taux_emploi_attendu_6_mois: smallint('taux_emploi_attendu_6_mois'),
    valeur_ajoutee_6_mois: smallint('valeur_ajoutee_6_mois'),
    part_contrats_interrompus: smallint('part_contrats_interrompus'),
    salaire_12_mois_q1: euros('salaire_12_mois_q1'),
    salaire_12_mois_q2: euros('salaire_12_mois_q2'),
    salaire_12_mois_q3: euros('salaire_12_mois_q3'),
    raison_masquage: text('raison_masquage', {
      enum: ['effectif_insuffisant', 'non_publie', 'masque_par_la_source'],
    }),
    donnee_source_code: text('donnee_source_code'),
    donnee_source_type: text('donnee_source_type', { enum: ['self', 'ancienne', 'nouvelle'] })
      .notNull()
      .default('self'),
    derivation: text('derivation', {
      enum: ['agregat_regional', 'agregat_etablissements', 'continuum'],
    }),
    fictif: boolean('fictif').notNull().default(false),
    /**
     * The import that wrote the row. No foreign key: the importer, the only writer, creates
     * the import in the transaction that writes its rows, and its tests check that every
     * row points to one; a per-row check cost more than the rest of a bulk load's checks.
     */
    import_id: integer('import_id').notNull(),
  },
  // Only what the API's lookups use (see the ADR on bulk loading): every index is paid for on
  // each of the tens of thousands of rows an import writes.
  (t) => [
    // Key of the figures (ON CONFLICT of the importer), and lookups by code.
    unique('indicateur_cle')
      .on(t.code, t.scope, t.filiere, t.millesime, t.region_code, t.uai)
      .nullsNotDistinct(),
    // Figures of establishments; national and regional rows have no UAI and stay out of it.
    index('indicateur_uai').on(t.uai, t.scope).where(sql`${t.uai} is not null`),
    // Lists and counts per scope, voie, millésime and region.
    index('indicateur_scope').on(t.scope, t.filiere, t.millesime, t.region_code),
    // Lookups by diploma (the other route's codes, the gallery's searches).
    index('indicateur_cfd').on(t.cfd),
    // The derived rows the importer deletes before rebuilding them: a few thousand, found
    // without reading a national file's million real rows; real rows stay out of it.
    index('indicateur_derivee').on(t.code).where(sql`${t.derivation} is not null`),
  ],
);

/**
 * How a code that has no figures of its own resolves: a first- or second-year MEFSTAT11 to
 * its final year, a common first year (seconde commune) to each of its specialities.
 */
export const resolutions = pgTable(
  'resolution_code',
  {
    code: text('code').notNull(),
    code_final: text('code_final').notNull(),
    raison: text('raison', { enum: ['annee_non_terminale', 'seconde_commune'] }).notNull(),
  },
  (t) => [
    unique('resolution_cle').on(t.code, t.code_final),
    index('resolution_final').on(t.code_final),
  ],
);

/**
 * National salary quartiles of a certification (net monthly euros, 12 months after leaving)
 * published without a millésime: the reference service's salary export and InserSup's
 * `salaire_qN_national_diplome_12`. `filiere` is null when the source names no voie.
 */
export const salairesCertification = pgTable(
  'salaire_certification',
  {
    id: serial('id').primaryKey(),
    code: text('code').notNull(),
    code_type: text('code_type', { enum: ['CFD', 'MEFSTAT11', 'SISE'] }).notNull(),
    filiere: text('filiere', { enum: ['scolaire', 'apprentissage', 'agricole', 'superieur'] }),
    salaire_12_mois_q1: euros('salaire_12_mois_q1'),
    salaire_12_mois_q2: euros('salaire_12_mois_q2'),
    salaire_12_mois_q3: euros('salaire_12_mois_q3'),
    /** Where the source says the quartiles come from (`certifications`, `parcoursup_remuneration(…)`). */
    origine: text('origine'),
    fictif: boolean('fictif').notNull().default(false),
    import_id: integer('import_id')
      .notNull()
      .references(() => imports.id),
  },
  (t) => [unique('salaire_certification_cle').on(t.code, t.filiere).nullsNotDistinct()],
);
