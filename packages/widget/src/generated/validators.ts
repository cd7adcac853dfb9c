// Generated from the contract's JSON Schemas (z.toJSONSchema) by scripts/generate-validators.ts.
// Do not edit: change the contract and regenerate. Unknown keys are allowed and kept, as
// zod allows them; everything else the schema says is checked.
import type { Affichage, ApiError, RaisonAbsence } from '@inserjeunes/contract';

/** Null when the value conforms, else the path to the first part that does not ('' for itself). */
type Check = (value: unknown) => string | null;

/** The outcome of a validation: the value, now typed, or where it first departs from the schema. */
export type Validated<T> = { ok: true; value: T } | { ok: false; path: string };

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const at = (key: string | number, issue: string | null): string | null =>
  issue === null ? null : issue === '' ? `${key}` : `${key}.${issue}`;
const is = (ok: boolean): string | null => (ok ? null : '');

const anything: Check = () => null;
const string: Check = (value) => is(typeof value === 'string');
const boolean: Check = (value) => is(typeof value === 'boolean');
const isNull: Check = (value) => is(value === null);
const integer =
  (min: number, max: number): Check =>
  (value) =>
    is(Number.isInteger(value) && (value as number) >= min && (value as number) <= max);
const number =
  (min: number, max: number): Check =>
  (value) =>
    is(Number.isFinite(value) && (value as number) >= min && (value as number) <= max);
const oneOf =
  (values: readonly string[]): Check =>
  (value) =>
    is(values.includes(value as string));
const nullable =
  (check: Check): Check =>
  (value) =>
    value === null ? null : check(value);
const optional =
  (check: Check): Check =>
  (value) =>
    value === undefined ? null : check(value);
const anyOf =
  (checks: readonly Check[]): Check =>
  (value) =>
    is(checks.some((check) => check(value) === null));
const array =
  (item: Check): Check =>
  (value) => {
    if (!Array.isArray(value)) return '';
    for (let i = 0; i < value.length; i++) {
      const issue = at(i, item(value[i]));
      if (issue !== null) return issue;
    }
    return null;
  };
const record =
  (item: Check): Check =>
  (value) => {
    if (!isObject(value)) return '';
    for (const [key, field] of Object.entries(value)) {
      const issue = at(key, item(field));
      if (issue !== null) return issue;
    }
    return null;
  };
const object =
  (shape: Record<string, Check>): Check =>
  (value) => {
    if (!isObject(value)) return '';
    for (const [key, check] of Object.entries(shape)) {
      const issue = at(key, check(value[key]));
      if (issue !== null) return issue;
    }
    return null;
  };

const check1: Check = array(string);
const check2: Check = nullable(string);
const check3: Check = oneOf(["3eme","lycee","superieur"]);
const check4: Check = oneOf(["national","regional","formation","etablissement"]);
const check5: Check = nullable(check4);
const check6: Check = oneOf(["absent","effectif_insuffisant","non_publie"]);
const check7: Check = object({
  scope: check4,
  raison: check6,
});
const check8: Check = array(check7);
const check9: Check = object({
  code: string,
  libelle: string,
});
const check10: Check = nullable(check9);
const check11: Check = object({
  uai: string,
  libelle: check2,
});
const check12: Check = nullable(check11);
const check13: Check = oneOf(["scolaire","apprentissage","agricole","superieur"]);
const check14: Check = oneOf(["CFD","MEFSTAT11","SISE"]);
const check15: Check = nullable(check14);
const check16: Check = oneOf(["self","ancienne","nouvelle"]);
const check17: Check = object({
  code: string,
  type: check16,
});
const check18: Check = nullable(check1);
const check19: Check = object({
  code_demande: string,
  raison: string,
});
const check20: Check = nullable(check19);
const check21: Check = oneOf(["effectif_insuffisant","non_publie","masque_par_la_source"]);
const check22: Check = integer(-9007199254740991, 9007199254740991);
const check23: Check = object({
  raison: check21,
  seuil: check22,
  message: string,
});
const check24: Check = nullable(check23);
const check25: Check = integer(0, 9007199254740991);
const check26: Check = nullable(check25);
const check27: Check = integer(0, 100);
const check28: Check = nullable(check27);
const check29: Check = integer(-100, 100);
const check30: Check = nullable(check29);
const check31: Check = number(0, Infinity);
const check32: Check = nullable(check31);
const check33: Check = object({
  jeu_de_donnees: string,
  libelle: string,
  fichier: check2,
  importe_le: string,
  fictif: boolean,
  taux_publies_tels_quels: optional(boolean),
});
const check34: Check = array(check33);
const check35: Check = object({
  scope: check4,
  millesime: string,
  filiere: check13,
  code_certification: check2,
  code_certification_type: check15,
  code_formation_diplome: check2,
  libelle: check2,
  libelle_lisible: optional(check2),
  diplome: check10,
  formation_fermee: boolean,
  date_fermeture: check2,
  region: check10,
  academie: optional(check10),
  etablissement: check12,
  donnee_source: check17,
  agregat_regional: boolean,
  agregat_etablissements: optional(boolean),
  codes_sommes: check18,
  resolution: check20,
  masquage: check24,
  nb_annee_term: check26,
  nb_poursuite_etudes: check26,
  nb_sortant: check26,
  nb_en_emploi_6_mois: check26,
  nb_en_emploi_12_mois: check26,
  nb_en_emploi_18_mois: check26,
  nb_en_emploi_24_mois: check26,
  nb_en_emploi_30_mois: check26,
  nb_en_emploi_stable_6_mois: check26,
  nb_en_emploi_stable_12_mois: check26,
  nb_en_emploi_stable_18_mois: check26,
  nb_en_emploi_stable_24_mois: check26,
  nb_en_emploi_stable_30_mois: check26,
  taux_en_formation: check28,
  taux_en_emploi_6_mois: check28,
  taux_en_emploi_12_mois: check28,
  taux_en_emploi_18_mois: check28,
  taux_en_emploi_24_mois: check28,
  taux_en_emploi_30_mois: check28,
  taux_autres_6_mois: check28,
  taux_autres_12_mois: check28,
  taux_autres_18_mois: check28,
  taux_autres_24_mois: check28,
  taux_autres_30_mois: check28,
  part_emploi_stable_6_mois: check28,
  part_emploi_stable_12_mois: check28,
  part_emploi_stable_18_mois: check28,
  part_emploi_stable_24_mois: check28,
  part_emploi_stable_30_mois: check28,
  taux_emploi_sortants_6_mois: check28,
  taux_emploi_sortants_12_mois: check28,
  taux_emploi_sortants_18_mois: check28,
  taux_emploi_sortants_24_mois: check28,
  taux_emploi_attendu_6_mois: check28,
  valeur_ajoutee_6_mois: check30,
  part_contrats_interrompus: check28,
  salaire_12_mois_q1: check32,
  salaire_12_mois_q2: check32,
  salaire_12_mois_q3: check32,
  provenance: check34,
});
const check36: Check = array(check35);
const check37: Check = object({
  code: string,
  libelle: check2,
  famille: check2,
});
const check38: Check = array(check9);
const check39: Check = object({
  seconde_commune: check37,
  specialites: check38,
});
const check40: Check = nullable(check39);
const check41: Check = nullable(check22);
const check42: Check = array(check22);
const check43: Check = oneOf(["taux_en_emploi_6_mois","taux_en_emploi_12_mois","taux_en_formation","taux_autres_6_mois","salaire_12_mois_q2"]);
const check44: Check = oneOf(["regional","national"]);
const check45: Check = number(-Infinity, Infinity);
const check46: Check = nullable(check45);
const check47: Check = oneOf(["quart_superieur","moitie_centrale","quart_inferieur","comparaison_impossible"]);
const check48: Check = object({
  indicateur: check43,
  perimetre: check44,
  region: check10,
  nb_formations: check25,
  valeur: check46,
  q1: check46,
  mediane: check46,
  q3: check46,
  position: check47,
});
const check49: Check = array(check48);
const check50: Check = object({
  millesime: string,
  nb_annee_term: check41,
  taux_en_emploi_6_mois: check46,
  taux_en_emploi_12_mois: check46,
  taux_en_emploi_18_mois: optional(check46),
  taux_en_emploi_24_mois: optional(check46),
  taux_en_emploi_30_mois: optional(check46),
  taux_en_formation: check46,
  salaire_12_mois_q2: check46,
});
const check51: Check = array(check50);
const check52: Check = object({
  filiere: check13,
  millesime: string,
  nb_annee_term: check41,
  nb_sortant: check41,
  promotions: check42,
  niveau: check10,
  comparaison: check49,
  evolution: check51,
});
const check53: Check = array(check52);
const check54: Check = oneOf(["nouveau_diplome","non_enseigne","non_publie"]);
const check55: Check = object({
  raison: check54,
  message: string,
});
const check56: Check = nullable(check55);
const check57: Check = object({
  codes: check1,
  libelle: check2,
  libelle_lisible: optional(check2),
  audience_suggeree: check3,
  scope: check5,
  repli: check8,
  region: check10,
  etablissement: check12,
  millesime: check2,
  voie: optional(check13),
  formation_fermee: boolean,
  filieres: check36,
  seconde_commune: check40,
  contexte: optional(check53),
  signalement: optional(check2),
  absence: check56,
});
const check58: Check = oneOf(["parametre_invalide","parametre_inconnu","corps_invalide","requete_invalide","cle_invalide","non_trouve","code_inconnu","etablissement_inconnu","millesime_indisponible","donnees_indisponibles","methode_non_autorisee","corps_trop_grand","requete_trop_lente","trop_de_requetes","entetes_trop_grands","erreur_interne","base_indisponible","service_sature"]);
const check59: Check = record(anything);
const check60: Check = object({
  code: check58,
  message: string,
  details: optional(check59),
});
const check61: Check = object({
  error: check60,
});

/** Checks a value against the contract's `Affichage`, without zod. */
export function validateAffichage(value: unknown): Validated<Affichage> {
  const path = check57(value);
  return path === null ? { ok: true, value: value as Affichage } : { ok: false, path };
}

/** Checks a value against the contract's `ApiError`, without zod. */
export function validateApiError(value: unknown): Validated<ApiError> {
  const path = check61(value);
  return path === null ? { ok: true, value: value as ApiError } : { ok: false, path };
}

/** Checks a value against the contract's `RaisonAbsence`, without zod. */
export function validateRaisonAbsence(value: unknown): Validated<RaisonAbsence> {
  const path = check54(value);
  return path === null ? { ok: true, value: value as RaisonAbsence } : { ok: false, path };
}
