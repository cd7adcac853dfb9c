import { bcnNomenclature } from './bcn-nomenclature.js';
import { type CellReader, optionalCode, required, text } from './column-spec.js';
import { STAGES } from './dataset.js';

const readMefstat11 = optionalCode('MEFSTAT11');
/** A MEFSTAT11 the row needs; empty when absent, which the row's check reports once for both. */
const mefstat11: CellReader<string> = (cells, column, line) =>
  readMefstat11(cells, column, line) ?? '';

/**
 * The familles de métiers table (`familleMetiers.csv`): one line per speciality, with the
 * common first year (seconde commune) it follows, both as MEFSTAT11 and CFD.
 */
export const bcnFamillesMetiers = bcnNomenclature({
  id: 'familles-metiers',
  label: 'Familles de métiers (secondes communes et spécialités)',
  stage: STAGES.bcnLiens,
  table: 'famille_metier_specialite',
  detect: { has: ['FAMILLE', 'MEFSTAT11_COMMUN', 'MEFSTAT11_SPECIALITE'] },
  columns: {
    famille: { from: 'FAMILLE', read: required('nom') },
    mefstat11_commun: { from: 'MEFSTAT11_COMMUN', read: mefstat11 },
    mefstat11_specialite: { from: 'MEFSTAT11_SPECIALITE', read: mefstat11 },
    cfd_commun: { from: 'CFD_COMMUN', optional: true, read: optionalCode('CFD') },
    cfd_specialite: { from: 'CFD_SPECIALITE', optional: true, read: optionalCode('CFD') },
    specialite: { from: 'SPECIALITE', optional: true, read: text },
  },
  check(row, { problems }) {
    if ((row.mefstat11_commun === '' || row.mefstat11_specialite === '') && problems.length === 0) {
      problems.push('MEFSTAT11_COMMUN / MEFSTAT11_SPECIALITE : code absent');
    }
  },
});
