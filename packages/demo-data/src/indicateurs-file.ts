import { emploiCountKey, emploiStableCountKey, HORIZONS } from '@inserjeunes/contract';
import { csvFile } from './csv-text.js';
import type { LigneIndicateur } from './generate-indicateurs.js';

/** Every column of the project's own figures format (docs/formats/indicateurs-csv.md). */
export const COLONNES_INDICATEURS = [
  'perimetre',
  'millesime',
  'filiere',
  'code_certification',
  'uai',
  'code_region',
  'nb_annee_term',
  'nb_poursuite_etudes',
  'nb_sortant',
  ...HORIZONS.map(emploiCountKey),
  ...HORIZONS.map(emploiStableCountKey),
  'salaire_12_mois_q1',
  'salaire_12_mois_q2',
  'salaire_12_mois_q3',
  'fictif',
] as const;

/** The demo's figures in the project's own format: UTF-8, `;`, every figure marked fictitious. */
export function indicateursFile(rows: readonly LigneIndicateur[]): Buffer {
  const cell = (value: number | null | undefined) => (value == null ? '' : String(value));
  return csvFile(
    { separator: ';', encoding: 'utf8', bom: false },
    COLONNES_INDICATEURS,
    rows.map((row) => [
      row.perimetre,
      row.millesime,
      row.filiere,
      row.code,
      row.uai ?? '',
      row.region ?? '',
      cell(row.counts.nb_annee_term),
      cell(row.counts.nb_poursuite_etudes),
      cell(row.counts.nb_sortant),
      ...HORIZONS.map((h) => cell(row.counts[emploiCountKey(h)])),
      ...HORIZONS.map((h) => cell(row.counts[emploiStableCountKey(h)])),
      cell(row.salaires?.[0]),
      cell(row.salaires?.[1]),
      cell(row.salaires?.[2]),
      'oui',
    ]),
  );
}
