import { isRecord } from '../values/json-value.js';
import type { KnownDataset } from './dataset.js';

/**
 * Files the importer recognises but has no use for: they are reported as such, so that a
 * folder of open data imports without noise and a wrong file is never guessed into a table.
 */
export const KNOWN_NOT_IMPORTED: readonly KnownDataset[] = [
  {
    id: 'catalogue-affelnet-capacites',
    label: 'Offre Affelnet (capacités et vœux par établissement et MEF) : catalogue partenaire',
    detectCsv: (header) => header.has("Etablissement d'accueil", 'MEF STAT 11'),
  },
  {
    id: 'constat-effectifs',
    label: 'Constat des effectifs par établissement et MEF : catalogue partenaire',
    detectCsv: (header) => header.has('UAI', 'Mef Bcp 11'),
  },
  {
    id: 'catalogue-apprentissage',
    label: 'Catalogue des formations en apprentissage : catalogue partenaire',
    detectJson: (json) =>
      isRecord(json) &&
      Array.isArray(json.formations) &&
      json.formations.some(
        (item) => isRecord(item) && 'cfd' in item && 'etablissement_formateur_uai' in item,
      ),
  },
  {
    id: 'bcn-n-dispositif-formation',
    label: 'BCN N_DISPOSITIF_FORMATION',
    detectCsv: (header) =>
      header.has('DISPOSITIF_FORMATION', 'NIVEAU_FORMATION_DIPLOME') && !header.has('MEF'),
  },
  {
    id: 'bcn-n-categorie-specialite',
    label: 'BCN N_CATEGORIE_SPECIALITE',
    detectCsv: (header) => header.has('CATEGORIE_SPECIALITE') && !header.has('DOMAINE_SPECIALITE'),
  },
  {
    id: 'bcn-n-domaine-specialite',
    label: 'BCN N_DOMAINE_SPECIALITE',
    detectCsv: (header) => header.has('DOMAINE_SPECIALITE') && !header.has('GROUPE_SPECIALITE'),
  },
  {
    id: 'bcn-n-groupe-specialite',
    label: 'BCN N_GROUPE_SPECIALITE',
    detectCsv: (header) => header.has('GROUPE_SPECIALITE', 'DOMAINE_SPECIALITE'),
  },
  {
    id: 'bcn-n-type-groupe-formation',
    label: 'BCN N_TYPE_GROUPE_FORMATION',
    detectCsv: (header) => header.has('TYPE_GROUPE_FORMATION') && !header.has('GROUPE_FORMATION'),
  },
  {
    id: 'diplomes-professionnels',
    label: 'Répertoire des diplômes professionnels (CPC)',
    detectCsv: (header) => header.has('Commission professionnelle consultative', 'Code diplôme'),
  },
];
