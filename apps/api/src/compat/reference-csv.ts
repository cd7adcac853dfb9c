import type { ReferenceStat } from './reference-stat.js';

/** The figure columns of the reference's exports, in its (alphabetical) order. */
const FIGURES = [
  'nb_annee_term',
  'nb_en_emploi_12_mois',
  'nb_en_emploi_18_mois',
  'nb_en_emploi_24_mois',
  'nb_en_emploi_6_mois',
  'nb_poursuite_etudes',
  'nb_sortant',
  'salaire_12_mois_q1',
  'salaire_12_mois_q2',
  'salaire_12_mois_q3',
  'taux_autres_12_mois',
  'taux_autres_18_mois',
  'taux_autres_24_mois',
  'taux_autres_6_mois',
  'taux_en_emploi_12_mois',
  'taux_en_emploi_18_mois',
  'taux_en_emploi_24_mois',
  'taux_en_emploi_6_mois',
  'taux_en_formation',
  'taux_rupture_contrats',
] as const;
const WITHOUT_SALARIES = FIGURES.filter((name) => !name.startsWith('salaire_'));
const IDENTITY = [
  'code_certification',
  'code_formation_diplome',
  'filiere',
  'millesime',
  'donnee_source_type',
  'donnee_source_code_certification',
] as const;

/** The columns of each list's export, as the reference named and ordered them. */
export const REFERENCE_CSV_COLUMNS = {
  certifications: [...IDENTITY, ...FIGURES],
  regionales: ['region', ...IDENTITY, ...WITHOUT_SALARIES],
  formations: [
    'uai',
    'uai_type',
    'uai_donnee',
    'uai_donnee_type',
    ...IDENTITY,
    ...WITHOUT_SALARIES,
  ],
} as const;
export type ReferenceListName = keyof typeof REFERENCE_CSV_COLUMNS;

function column(stat: ReferenceStat, name: string): unknown {
  const source = stat.donnee_source as { code_certification?: string; type?: string } | undefined;
  switch (name) {
    case 'region':
      return (stat.region as { nom?: string } | undefined)?.nom;
    case 'donnee_source_type':
      return source?.type;
    case 'donnee_source_code_certification':
      return source?.code_certification;
    default:
      return stat[name];
  }
}

/** `null` is written `null` and a figure we do not hold is left empty, as the reference did. */
function cell(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return '';
  const text = String(value);
  return /[;"\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * A list exported as the reference did: `;` between cells, `\n` between lines, no
 * byte-order mark (its partners' scripts read the first column's name as it is).
 */
export function referenceCsv(list: ReferenceListName, stats: readonly ReferenceStat[]): string {
  const columns: readonly string[] = REFERENCE_CSV_COLUMNS[list];
  const lines = [columns.join(';')];
  for (const stat of stats) lines.push(columns.map((name) => cell(column(stat, name))).join(';'));
  return `${lines.join('\n')}\n`;
}
