import type { Indicateur } from '@inserjeunes/contract';
import type { CompatEtablissement } from './compat-source.js';
import { referenceFiliere } from './reference-conventions.js';

/** The reference's message for figures withheld below the threshold, word for word. */
export const THRESHOLD_MESSAGE =
  "Les taux ne peuvent pas être affichés car il n'y a pas assez d'élèves pour fournir une information fiable.";

/** `_meta` of a reference record: a title and a sentence for single lookups, messages when a rule fired. */
export interface ReferenceMeta {
  titre?: string;
  details?: string;
  messages?: string[];
}

/** The messages of a record: why its figures are withheld, if they are. */
export function referenceMessages(record: Indicateur): string[] {
  if (record.masquage === null) return [];
  return [
    record.masquage.raison === 'effectif_insuffisant' ? THRESHOLD_MESSAGE : record.masquage.message,
  ];
}

/**
 * The title and sentence the reference put in `_meta` of a single lookup:
 * `Certification 40025214` / `Données InserJeunes pour la certification 40025214 (BAC PRO
 * filière apprentissage) pour le millésime 2022_2023`, with the region or the
 * establishment when there is one.
 */
export function referenceTexts(
  record: Indicateur,
  code: string,
  etablissement: CompatEtablissement | null,
): { titre: string; details: string } {
  const source = record.filiere === 'superieur' ? 'InserSup' : 'InserJeunes';
  const filiere = `filière ${referenceFiliere(record.filiere)}`;
  const what = record.diplome === null ? filiere : `${record.diplome.libelle} ${filiere}`;
  const start = `Données ${source} pour la certification ${code} (${what})`;
  if (etablissement !== null) {
    return {
      titre: `Certification ${code}, établissement ${etablissement.uai}`,
      details: `${start} dispensée par l'établissement ${etablissement.uai}, pour le millésime ${record.millesime}`,
    };
  }
  const region = record.region === null ? '' : ` et la région ${record.region.libelle}`;
  return {
    titre: `Certification ${code}`,
    details: `${start} pour le millésime ${record.millesime}${region}`,
  };
}
