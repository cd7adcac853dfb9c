import { bcnNomenclature } from './bcn-nomenclature.js';
import { type CellReader, code, date, optionalMatching, required } from './column-spec.js';
import { STAGES } from './dataset.js';

const intitule = required('libellé');

/** The title, with its precision (`LIBELLE_INTITULE_2`) after a dash when there is one. */
const titleWithPrecision: CellReader<string> = (cells, column, line) => {
  const title = intitule(cells.slice(0, 1), column, line);
  const precision = cells[1] ?? '';
  return precision === '' ? title : `${title} – ${precision}`;
};

/** BCN `N_DIPLOME_SISE`: higher-education diplomas (SISE codes) and their labels. */
export const bcnDiplomeSise = bcnNomenclature({
  id: 'bcn-n-diplome-sise',
  label: 'BCN N_DIPLOME_SISE (diplômes du supérieur)',
  stage: STAGES.bcnDiplomes,
  table: 'diplome',
  detect: { has: ['DIPLOME_SISE', 'TYPE_DIPLOME_SISE', 'LIBELLE_INTITULE_1'] },
  columns: {
    code: { from: 'DIPLOME_SISE', read: code('SISE') },
    libelle_long: {
      from: ['LIBELLE_INTITULE_1', 'LIBELLE_INTITULE_2'],
      read: titleWithPrecision,
    },
    niveau: {
      from: 'TYPE_DIPLOME_SISE',
      read: optionalMatching(/^[0-9A-Z]{2}$/, 'un type SISE (2 caractères)'),
    },
    date_ouverture: { from: 'DATE_OUVERTURE', optional: true, read: date },
    date_fermeture: { from: 'DATE_FERMETURE', optional: true, read: date },
    code_type: { value: 'SISE' },
    libelle_court: { value: null },
  },
});
