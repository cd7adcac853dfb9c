import {
  boolean,
  date,
  index,
  integer,
  pgTable,
  primaryKey,
  smallint,
  text,
} from 'drizzle-orm/pg-core';
import { imports } from './imports.js';

const importRef = () => integer('import_id').references(() => imports.id);

/** BCN `N_NIVEAU_FORMATION_DIPLOME`: a level code (`500`, `400`, `320`…) and its labels. */
export const niveauxFormation = pgTable('niveau_formation', {
  code: text('code').primaryKey(),
  niveau_interministeriel: text('niveau_interministeriel'),
  libelle_court: text('libelle_court').notNull(),
  libelle_long: text('libelle_long'),
  import_id: importRef(),
});

/**
 * A diploma: a CFD from the BCN (`N_FORMATION_DIPLOME`, `V_FORMATION_DIPLOME`) or a SISE
 * higher-education diploma. `niveau` is the BCN level for a CFD, the SISE diploma type
 * for a SISE code.
 */
export const diplomes = pgTable(
  'diplome',
  {
    code: text('code').primaryKey(),
    code_type: text('code_type', { enum: ['CFD', 'SISE'] }).notNull(),
    niveau: text('niveau'),
    libelle_court: text('libelle_court'),
    libelle_long: text('libelle_long').notNull(),
    date_ouverture: date('date_ouverture', { mode: 'string' }),
    date_fermeture: date('date_fermeture', { mode: 'string' }),
    import_id: importRef(),
  },
  (t) => [index('diplome_niveau').on(t.niveau)],
);

/** A renewal link from the BCN continuum columns (`ANCIEN_DIPLOME_n` / `NOUVEAU_DIPLOME_n`). */
export const continuum = pgTable(
  'diplome_continuum',
  {
    ancien_code: text('ancien_code').notNull(),
    nouveau_code: text('nouveau_code').notNull(),
    import_id: importRef(),
  },
  (t) => [
    primaryKey({ columns: [t.ancien_code, t.nouveau_code] }),
    index('continuum_nouveau').on(t.nouveau_code),
  ],
);

/** BCN `N_MEF`: a school-route year (MEFSTAT11) of a diploma, its length and its rank. */
export const mefs = pgTable(
  'mef',
  {
    mefstat11: text('mefstat11').primaryKey(),
    mef: text('mef'),
    dispositif: text('dispositif'),
    cfd: text('cfd').notNull(),
    duree: smallint('duree'),
    annee: smallint('annee'),
    libelle_court: text('libelle_court'),
    libelle_long: text('libelle_long'),
    date_ouverture: date('date_ouverture', { mode: 'string' }),
    date_fermeture: date('date_fermeture', { mode: 'string' }),
    import_id: importRef(),
  },
  (t) => [index('mef_cfd').on(t.cfd), index('mef_mef').on(t.mef)],
);

/** BCN `N_GROUPE_FORMATION`: a group of diplomas (famille de métiers, bac pro with options…). */
export const groupesFormation = pgTable('groupe_formation', {
  code: text('code').primaryKey(),
  type: text('type'),
  libelle_court: text('libelle_court'),
  libelle_long: text('libelle_long'),
  libelle_edition: text('libelle_edition'),
  date_ouverture: date('date_ouverture', { mode: 'string' }),
  date_fermeture: date('date_fermeture', { mode: 'string' }),
  import_id: importRef(),
});

/** BCN `N_LIEN_FORMATION_GROUPE`: which diplomas belong to which group. */
export const liensFormationGroupe = pgTable(
  'lien_formation_groupe',
  {
    groupe: text('groupe').notNull(),
    cfd: text('cfd').notNull(),
    import_id: importRef(),
  },
  (t) => [primaryKey({ columns: [t.groupe, t.cfd] }), index('lien_groupe_cfd').on(t.cfd)],
);

/**
 * A famille de métiers: its common first year (seconde commune, MEFSTAT11 and CFD) and one
 * final-year speciality it leads to.
 */
export const famillesMetiers = pgTable(
  'famille_metier_specialite',
  {
    famille: text('famille').notNull(),
    mefstat11_commun: text('mefstat11_commun').notNull(),
    cfd_commun: text('cfd_commun'),
    mefstat11_specialite: text('mefstat11_specialite').notNull(),
    cfd_specialite: text('cfd_specialite'),
    specialite: text('specialite'),
    import_id: importRef(),
  },
  (t) => [
    primaryKey({ columns: [t.mefstat11_commun, t.mefstat11_specialite] }),
    index('famille_cfd_commun').on(t.cfd_commun),
  ],
);

/**
 * BCN options of a BTS (`optionsBTS.csv`): a common first year (its CFD) and one option it
 * leads to, whose final year carries the figures.
 */
export const optionsBts = pgTable(
  'option_bts',
  {
    cfd_commun: text('cfd_commun').notNull(),
    cfd_specialite: text('cfd_specialite').notNull(),
    famille: text('famille'),
    specialite: text('specialite'),
    import_id: importRef(),
  },
  (t) => [primaryKey({ columns: [t.cfd_commun, t.cfd_specialite] })],
);

/** BCN `N_FAMILLE_METIER_SPEC_PRO`: a famille de métiers by its code (`001`…, `016_temp` for agriculture). */
export const famillesMetier = pgTable('famille_metier', {
  code: text('code').primaryKey(),
  libelle_long: text('libelle_long').notNull(),
  libelle_edition: text('libelle_edition'),
  date_ouverture: date('date_ouverture', { mode: 'string' }),
  date_fermeture: date('date_fermeture', { mode: 'string' }),
  import_id: importRef(),
});

/**
 * BCN `N_LIEN_MEF_FAMILLE_METIER`: which school-route years (10-character MEF) belong to a
 * famille de métiers; `seconde_commune` marks the common first year.
 */
export const liensMefFamilleMetier = pgTable(
  'lien_mef_famille_metier',
  {
    famille: text('famille').notNull(),
    mef: text('mef').notNull(),
    seconde_commune: boolean('seconde_commune').notNull(),
    date_ouverture: date('date_ouverture', { mode: 'string' }),
    date_fermeture: date('date_fermeture', { mode: 'string' }),
    import_id: importRef(),
  },
  (t) => [primaryKey({ columns: [t.famille, t.mef] }), index('lien_mef_famille_mef').on(t.mef)],
);
