import type { Couverture } from '@inserjeunes/contract';
import { toCsv } from '../csv/to-csv.js';
import { RAISON_LABELS, STATUT_SHORT } from './couverture-words.js';

const HEADER = [
  'ligne',
  'code',
  'uai',
  'region',
  'statut',
  'raison',
  'explication',
  'perimetre_affiche',
  'perimetres_ecartes',
  'millesime',
  'voies',
];

/** The coverage report, one row per catalogue line, as a CSV a spreadsheet opens. */
export function reportCsv(report: Couverture): string {
  return toCsv(
    HEADER,
    report.lignes.map((ligne) => [
      ligne.ligne,
      ligne.code,
      ligne.uai,
      ligne.region,
      STATUT_SHORT[ligne.statut],
      ligne.raison === null ? null : RAISON_LABELS[ligne.raison],
      ligne.message,
      ligne.scope,
      ligne.repli.map((step) => `${step.scope} (${step.raison})`).join(', '),
      ligne.millesime,
      ligne.filieres.join(', '),
    ]),
  );
}
