import type { Affichage, Filiere, Indicateur } from '@inserjeunes/contract';
import { emptyIndicateur } from './empty-indicateur.js';

const PROVENANCE = {
  jeu_de_donnees: 'inserjeunes_region',
  libelle: 'InserJeunes, régions × certifications',
  fichier: 'ij_region_data.csv',
  importe_le: '2026-01-15T10:00:00Z',
  fictif: false,
};

/** One filière's figures: 6-month headline shares that add up to 100, and the rest given. */
export function block(filiere: Filiere, overrides: Partial<Indicateur> = {}): Indicateur {
  return {
    ...emptyIndicateur(filiere, '2022_2023'),
    scope: 'regional',
    code_certification: '40025214',
    code_certification_type: 'CFD',
    code_formation_diplome: '40025214',
    libelle: 'BAC PRO Cuisine',
    diplome: { code: '400', libelle: 'BAC PRO' },
    region: { code: '53', libelle: 'Bretagne' },
    donnee_source: { code: '40025214', type: 'self' },
    nb_annee_term: 120,
    nb_poursuite_etudes: 42,
    nb_en_emploi_6_mois: 46,
    taux_en_emploi_6_mois: 38,
    taux_en_formation: 35,
    taux_autres_6_mois: 27,
    taux_en_emploi_12_mois: 44,
    taux_en_emploi_24_mois: 51,
    provenance: [PROVENANCE],
    ...overrides,
  };
}

/** The usual answer: regional figures for one bac pro, by school route and apprenticeship. */
export function affichage(overrides: Partial<Affichage> = {}): Affichage {
  return {
    codes: ['40025214'],
    libelle: 'BAC PRO Cuisine',
    audience_suggeree: '3eme',
    scope: 'regional',
    repli: [],
    region: { code: '53', libelle: 'Bretagne' },
    etablissement: null,
    millesime: '2022_2023',
    formation_fermee: false,
    filieres: [
      block('scolaire'),
      block('apprentissage', {
        taux_en_emploi_6_mois: 61,
        taux_en_formation: 20,
        taux_autres_6_mois: 19,
      }),
    ],
    seconde_commune: null,
    absence: null,
    ...overrides,
  };
}

/** Higher-education figures (InserSup) with every horizon and salaries. */
export function superieurAffichage(overrides: Partial<Affichage> = {}): Affichage {
  return affichage({
    codes: ['2400074'],
    libelle: 'Master Informatique',
    audience_suggeree: 'superieur',
    scope: 'national',
    region: null,
    filieres: [
      block('superieur', {
        scope: 'national',
        code_certification: '2400074',
        code_certification_type: 'SISE',
        libelle: 'Master Informatique',
        region: null,
        taux_en_emploi_6_mois: 62,
        taux_en_emploi_12_mois: 74,
        taux_en_emploi_18_mois: 80,
        taux_en_emploi_24_mois: 83,
        taux_en_emploi_30_mois: 85,
        taux_en_formation: 12,
        taux_autres_6_mois: 26,
        part_emploi_stable_12_mois: 71,
        salaire_12_mois_q1: 2010,
        salaire_12_mois_q2: 2350,
        salaire_12_mois_q3: 2780,
      }),
    ],
    ...overrides,
  });
}

/** Lycée figures: a BTS, both routes, national salaries on the school route. */
export function lyceeAffichage(overrides: Partial<Affichage> = {}): Affichage {
  return affichage({
    codes: ['32031213'],
    libelle: 'BTS Management commercial opérationnel',
    audience_suggeree: 'lycee',
    scope: 'national',
    region: null,
    filieres: [
      block('scolaire', {
        scope: 'national',
        region: null,
        taux_en_emploi_6_mois: 17,
        taux_en_formation: 49,
        taux_autres_6_mois: 34,
        salaire_12_mois_q1: 1380,
        salaire_12_mois_q2: 1520,
        salaire_12_mois_q3: 1700,
      }),
      block('apprentissage', {
        scope: 'national',
        region: null,
        taux_en_emploi_6_mois: 58,
        taux_en_formation: 25,
        taux_autres_6_mois: 17,
      }),
    ],
    ...overrides,
  });
}
