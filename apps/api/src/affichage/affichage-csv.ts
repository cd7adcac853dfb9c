import {
  type Affichage,
  type AffichageMeta,
  COMPARED_KEYS,
  type ComparaisonFigure,
} from '@inserjeunes/contract';
import { toCsv } from '../http/to-csv.js';

const HEADER = [
  'filiere',
  'millesime',
  'scope',
  'region',
  'etablissement',
  'indicateur',
  'valeur',
  'nb_annee_term',
  'nb_sortant',
  'masquage',
  ...comparisonColumns('region'),
  ...comparisonColumns('france'),
  'source',
  'licence',
  'definitions',
  'importe_le',
  'fictif',
] as const;

function comparisonColumns(place: string): string[] {
  return ['nb_formations', 'q1', 'mediane', 'q3', 'position'].map((name) => `${name}_${place}`);
}

/**
 * The widget's answer as a spreadsheet: one line per filière and compared figure, with how
 * many students it rests on, its comparison in the region and in France, and the `meta`
 * block repeated on every line so that a line copied elsewhere keeps its source.
 */
export function affichageCsv(affichage: Affichage, meta: AffichageMeta): string {
  const metaCells = [meta.source, meta.licence, meta.definitions, meta.importe_le, meta.fictif];
  const lines: unknown[][] = [];
  affichage.filieres.forEach((record, index) => {
    const contexte = affichage.contexte?.[index];
    for (const key of COMPARED_KEYS) {
      const valeur = record[key];
      const compared = (perimetre: ComparaisonFigure['perimetre']) => {
        const found = contexte?.comparaison.find(
          (entry) => entry.indicateur === key && entry.perimetre === perimetre,
        );
        return found === undefined
          ? [null, null, null, null, null]
          : [found.nb_formations, found.q1, found.mediane, found.q3, found.position];
      };
      if (valeur === null && record.masquage === null) continue;
      lines.push([
        record.filiere,
        record.millesime,
        record.scope,
        record.region?.libelle ?? null,
        record.etablissement?.libelle ?? record.etablissement?.uai ?? null,
        key,
        valeur,
        record.nb_annee_term,
        record.nb_sortant,
        record.masquage?.raison ?? null,
        ...compared('regional'),
        ...compared('national'),
        ...metaCells,
      ]);
    }
  });
  return toCsv(HEADER, lines);
}
