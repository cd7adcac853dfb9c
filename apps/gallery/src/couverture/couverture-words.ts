import type { RaisonCouverture, StatutCouverture } from '@inserjeunes/contract';

export const STATUT_LABELS: Record<StatutCouverture, string> = {
  couvert: 'Couvert : le widget affiche des chiffres',
  sous_seuil: 'Sous le seuil : moins de 20 élèves, le widget l’explique',
  non_couvert: 'Non couvert : le widget n’a rien à montrer',
  invalide: 'Ligne illisible',
};

export const STATUT_SHORT: Record<StatutCouverture, string> = {
  couvert: 'Couvert',
  sous_seuil: 'Sous le seuil',
  non_couvert: 'Non couvert',
  invalide: 'Illisible',
};

export const RAISON_LABELS: Record<RaisonCouverture, string> = {
  code_manquant: 'Code absent de la ligne',
  code_invalide: 'Code mal formé',
  uai_invalide: 'UAI mal formé',
  region_invalide: 'Région mal formée',
  code_inconnu: 'Code inconnu',
  uai_inconnu: 'Établissement inconnu (un périmètre plus large répond)',
  millesime_indisponible: 'Pas de chiffres pour ce millésime',
  nouveau_diplome: 'Diplôme trop récent pour avoir été mesuré',
  non_enseigne: 'Formation non suivie dans cet établissement',
  non_publie: 'Aucun chiffre publié',
  effectif_insuffisant: 'Moins de 20 élèves',
  seconde_commune: 'Seconde commune : chiffres de ses spécialités',
  annee_non_terminale: 'Année non terminale : chiffres de l’année terminale',
};
