import { type Indicateur, PUBLISHED_FIGURE_KEYS } from '@inserjeunes/contract';
import type { CompatEtablissement } from './compat-source.js';
import { referenceCodeType, referenceDiplome, referenceFiliere } from './reference-conventions.js';
import { type ReferenceMeta, referenceMessages, referenceTexts } from './reference-meta.js';
import { codeRegionAcademique } from './reference-regions.js';

/** A record in the reference service's shape (its fields first, ours after). */
export type ReferenceStat = Record<string, unknown>;

type FigureKey = keyof Indicateur;

/** The reference's figures, in its order, and where each comes from in our records. */
const REFERENCE_FIGURES: ReadonlyArray<readonly [string, FigureKey]> = [
  ['nb_annee_term', 'nb_annee_term'],
  ['nb_poursuite_etudes', 'nb_poursuite_etudes'],
  ['nb_en_emploi_24_mois', 'nb_en_emploi_24_mois'],
  ['nb_en_emploi_18_mois', 'nb_en_emploi_18_mois'],
  ['nb_en_emploi_12_mois', 'nb_en_emploi_12_mois'],
  ['nb_en_emploi_6_mois', 'nb_en_emploi_6_mois'],
  ['nb_sortant', 'nb_sortant'],
  ['taux_rupture_contrats', 'part_contrats_interrompus'],
  ['taux_en_formation', 'taux_en_formation'],
  ['taux_en_emploi_24_mois', 'taux_en_emploi_24_mois'],
  ['taux_en_emploi_18_mois', 'taux_en_emploi_18_mois'],
  ['taux_en_emploi_12_mois', 'taux_en_emploi_12_mois'],
  ['taux_en_emploi_6_mois', 'taux_en_emploi_6_mois'],
  ['taux_autres_6_mois', 'taux_autres_6_mois'],
  ['taux_autres_12_mois', 'taux_autres_12_mois'],
  ['taux_autres_18_mois', 'taux_autres_18_mois'],
  ['taux_autres_24_mois', 'taux_autres_24_mois'],
  ['salaire_12_mois_q1', 'salaire_12_mois_q1'],
  ['salaire_12_mois_q2', 'salaire_12_mois_q2'],
  ['salaire_12_mois_q3', 'salaire_12_mois_q3'],
];

/** Figures of ours the reference did not have, given after its own when we hold them. */
const OUR_FIGURES: readonly FigureKey[] = [
  'nb_en_emploi_30_mois',
  'taux_en_emploi_30_mois',
  'taux_autres_30_mois',
  // The DEPP's rates over leavers, its expected rate and added value, as published.
  ...PUBLISHED_FIGURE_KEYS.filter((key) => key.startsWith('taux_') || key.startsWith('valeur_')),
];

export interface ReferenceStatOptions {
  /** The establishment of a formation record. */
  etablissement?: CompatEtablissement | null | undefined;
  /** Single lookups carry `_meta.titre` and `_meta.details`; list items do not. */
  texts?: boolean | undefined;
}

/**
 * One of our records as the reference service gave it. A figure we do not hold is absent,
 * as it was there; below the threshold every `nb_*` (but `nb_annee_term`), `taux_*` and
 * salary is `null` and `_meta.messages` says why (the reference left salaries visible).
 */
export function referenceStat(
  record: Indicateur,
  options: ReferenceStatOptions = {},
): ReferenceStat {
  const code = record.code_certification ?? record.code_formation_diplome ?? '';
  const stat: ReferenceStat = { millesime: record.millesime };
  if (record.code_certification !== null) stat.code_certification = record.code_certification;
  if (record.code_certification_type !== null) {
    stat.code_certification_type = referenceCodeType(record.code_certification_type);
  }
  if (record.code_formation_diplome !== null) {
    stat.code_formation_diplome = record.code_formation_diplome;
  }
  if (record.libelle !== null) stat.libelle = record.libelle;
  stat.filiere = referenceFiliere(record.filiere);
  const diplome = referenceDiplome(record.code_formation_diplome, record.diplome);
  if (diplome !== null) stat.diplome = diplome;

  const etablissement = options.etablissement ?? null;
  const region = etablissement?.region ?? record.region;
  if (region !== null) {
    const academique = codeRegionAcademique(region.code);
    stat.region = {
      code: region.code,
      nom: region.libelle,
      ...(academique === undefined ? {} : { code_region_academique: academique }),
    };
  }
  if (record.etablissement !== null) {
    const uai = record.etablissement.uai;
    stat.uai = uai;
    const libelle = etablissement?.libelle ?? record.etablissement.libelle;
    if (libelle !== null) stat.libelle_etablissement = libelle;
    if (etablissement?.academie) {
      stat.academie = { code: etablissement.academie.code, nom: etablissement.academie.libelle };
    }
    // The figures are those published for this UAI; its role (gestionnaire, formateur,
    // lieu de formation) is not in the open data, so the role fields stay absent.
    stat.uai_donnee = uai;
  }

  const withheld = record.masquage !== null;
  for (const [name, key] of REFERENCE_FIGURES) {
    const value = record[key];
    if (withheld && name !== 'nb_annee_term') stat[name] = null;
    else if (value !== null) stat[name] = value;
  }
  if (!withheld) {
    for (const key of OUR_FIGURES) {
      const value = record[key];
      if (value !== null) stat[key] = value;
    }
  }

  stat.formation_fermee = record.formation_fermee;
  if (record.date_fermeture !== null)
    stat.date_fermeture = `${record.date_fermeture}T00:00:00.000Z`;
  stat.donnee_source = {
    code_certification: record.donnee_source.code,
    type: record.donnee_source.type,
  };

  const meta: ReferenceMeta = {};
  if (options.texts) Object.assign(meta, referenceTexts(record, code, etablissement));
  const messages = referenceMessages(record);
  if (messages.length > 0) meta.messages = messages;
  if (Object.keys(meta).length > 0) stat._meta = meta;

  // Ours: why figures are withheld, national sums of regional figures, where figures come from.
  if (record.masquage !== null) stat.masquage = record.masquage;
  if (record.agregat_regional) stat.agregat_regional = true;
  if (record.resolution !== null) stat.resolution = record.resolution;
  stat.provenance = record.provenance;
  return stat;
}
