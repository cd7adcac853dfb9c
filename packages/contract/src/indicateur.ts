import * as z from 'zod/mini';
import { CODE_TYPES } from './codes/certification-code.js';
import { FILIERES } from './filiere.js';
import { RATE_KEYS } from './rates/compute-rates.js';
import { COUNT_KEYS } from './rates/counts.js';
import { RAISONS_MASQUAGE } from './rates/threshold.js';
import { SCOPES } from './scope.js';

const count = z.nullable(z.int().check(z.nonnegative()));
const percent = z.nullable(z.int().check(z.gte(0), z.lte(100)));
const euros = z.nullable(z.number().check(z.nonnegative()));
const signedPoints = z.nullable(z.int().check(z.gte(-100), z.lte(100)));

/**
 * Where the figures of a record come from: the code itself (`self`), or, for a renewed
 * diploma without data of its own, its predecessor (`ancienne`) or successor (`nouvelle`).
 */
export const DonneeSource = z.object({
  code: z.string(),
  type: z.enum(['self', 'ancienne', 'nouvelle']),
});
export type DonneeSource = z.infer<typeof DonneeSource>;

/** One import behind a figure: which dataset and file, when, and whether it is real data. */
export const Provenance = z.object({
  jeu_de_donnees: z.string(),
  libelle: z.string(),
  fichier: z.nullable(z.string()),
  importe_le: z.string(),
  fictif: z.boolean(),
  /**
   * Present (true) when the dataset publishes rates without counts and they are served as
   * published, never recomputed (the formation-level files): over whom each rate is is said
   * by its name (`taux_en_*` over final-year students, `taux_emploi_sortants_*` over leavers).
   */
  taux_publies_tels_quels: z.optional(z.boolean()),
});
export type Provenance = z.infer<typeof Provenance>;

/** Why figures are withheld: fewer than 20 students, or not published by the source. */
export const Masquage = z.object({
  raison: z.enum(RAISONS_MASQUAGE),
  seuil: z.int(),
  message: z.string(),
});
export type Masquage = z.infer<typeof Masquage>;

export const Libelle = z.object({ code: z.string(), libelle: z.string() });

const counts = Object.fromEntries(COUNT_KEYS.map((key) => [key, count])) as Record<
  (typeof COUNT_KEYS)[number],
  typeof count
>;
const rates = Object.fromEntries(RATE_KEYS.map((key) => [key, percent])) as Record<
  (typeof RATE_KEYS)[number],
  typeof percent
>;

/**
 * One set of figures for one certification (or one establishment), one millésime, one
 * filière and one scope. Field names follow the public reference service.
 */
export const Indicateur = z.object({
  scope: z.enum(SCOPES),
  millesime: z.string(),
  filiere: z.enum(FILIERES),
  /** The code the figures are for (after final-year resolution), without prefix. */
  code_certification: z.nullable(z.string()),
  code_certification_type: z.nullable(z.enum(CODE_TYPES)),
  /** The CFD of the diploma behind a MEFSTAT11, or the CFD itself. */
  code_formation_diplome: z.nullable(z.string()),
  libelle: z.nullable(z.string()),
  /**
   * The label in words a reader reads ("Bac pro Cuisine"), built from the official one by
   * `readableLabel`. Optional for the widget's sake: an older API does not send it.
   */
  libelle_lisible: z.optional(z.nullable(z.string())),
  /** The diploma's level: BCN level code and its label (`400`, `BAC PRO`). */
  diplome: z.nullable(Libelle),
  formation_fermee: z.boolean(),
  date_fermeture: z.nullable(z.string()),
  region: z.nullable(Libelle),
  /** The establishment's académie, on a record of one establishment's figures when it is known. */
  academie: z.optional(z.nullable(Libelle)),
  etablissement: z.nullable(z.object({ uai: z.string(), libelle: z.nullable(z.string()) })),
  donnee_source: DonneeSource,
  /** National figures summed from regional rows because no national figure was published. */
  agregat_regional: z.boolean(),
  /**
   * Present (true) on national InserSup figures summed from the establishments' counts,
   * where counts exist, because no national figure was published.
   */
  agregat_etablissements: z.optional(z.boolean()),
  /** The codes whose counts were summed into this record, when there were several. */
  codes_sommes: z.nullable(z.array(z.string())),
  /** Set when the requested code was a non-final year resolved to this final-year code. */
  resolution: z.nullable(z.object({ code_demande: z.string(), raison: z.string() })),
  masquage: z.nullable(Masquage),
  ...counts,
  ...rates,
  /**
   * Employment rates over leavers (not over nb_annee_term), as the sources publish them:
   * establishment files, formation-level files and InserSup. Never mixed with the shares.
   */
  taux_emploi_sortants_6_mois: percent,
  taux_emploi_sortants_12_mois: percent,
  taux_emploi_sortants_18_mois: percent,
  taux_emploi_sortants_24_mois: percent,
  taux_emploi_attendu_6_mois: percent,
  valeur_ajoutee_6_mois: signedPoints,
  part_contrats_interrompus: percent,
  salaire_12_mois_q1: euros,
  salaire_12_mois_q2: euros,
  salaire_12_mois_q3: euros,
  provenance: z.array(Provenance),
});
export type Indicateur = z.infer<typeof Indicateur>;

/** Several codes, or `vue=filieres`: one block per filière, rates from summed counts. */
export const IndicateursParFiliere = z.object({
  codes: z.array(z.string()),
  millesime: z.string(),
  filieres: z.array(Indicateur),
});
export type IndicateursParFiliere = z.infer<typeof IndicateursParFiliere>;

/**
 * A common first year (seconde commune of a famille de métiers) has no figures of its own:
 * the answer lists the final-year specialities it leads to.
 */
export const SecondeCommune = z.object({
  seconde_commune: z.object({
    code: z.string(),
    libelle: z.nullable(z.string()),
    famille: z.nullable(z.string()),
  }),
  specialites: z.array(Libelle),
});
export type SecondeCommune = z.infer<typeof SecondeCommune>;
