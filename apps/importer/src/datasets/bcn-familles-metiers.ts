import { parseCode } from '../values/parse-code.js';
import { type CsvDataset, STAGES } from './dataset.js';
import { cell, mapColumns } from './header.js';

/**
 * The familles de métiers table (`familleMetiers.csv`): one line per speciality, with the
 * common first year (seconde commune) it follows, both as MEFSTAT11 and CFD.
 */
export const bcnFamillesMetiers: CsvDataset = {
  format: 'csv',
  id: 'familles-metiers',
  label: 'Familles de métiers (secondes communes et spécialités)',
  stage: STAGES.bcnLiens,
  primary: 'famille_metier_specialite',
  detect: (header) => header.has('FAMILLE', 'MEFSTAT11_COMMUN', 'MEFSTAT11_SPECIALITE'),
  open(header) {
    const mapped = mapColumns(header, {
      famille: { names: ['FAMILLE'] },
      specialite: { names: ['SPECIALITE'], required: false },
      mefCommun: { names: ['MEFSTAT11_COMMUN'] },
      cfdCommun: { names: ['CFD_COMMUN'], required: false },
      mefSpecialite: { names: ['MEFSTAT11_SPECIALITE'] },
      cfdSpecialite: { names: ['CFD_SPECIALITE'], required: false },
    });
    if (!mapped.ok) return mapped;
    const { index } = mapped;
    return {
      row(fields, line, sink) {
        const problems: string[] = [];
        const famille = cell(fields, index.famille);
        if (famille === '') problems.push('FAMILLE : nom absent');
        const mefCommun = parseCode(
          cell(fields, index.mefCommun),
          'MEFSTAT11_COMMUN',
          problems,
          'MEFSTAT11',
        );
        const mefSpecialite = parseCode(
          cell(fields, index.mefSpecialite),
          'MEFSTAT11_SPECIALITE',
          problems,
          'MEFSTAT11',
        );
        const cfdCommun = parseCode(cell(fields, index.cfdCommun), 'CFD_COMMUN', problems, 'CFD');
        const cfdSpecialite = parseCode(
          cell(fields, index.cfdSpecialite),
          'CFD_SPECIALITE',
          problems,
          'CFD',
        );
        if (mefCommun === null || mefSpecialite === null) {
          if (problems.length === 0)
            problems.push('MEFSTAT11_COMMUN / MEFSTAT11_SPECIALITE : code absent');
        }
        if (mefCommun === null || mefSpecialite === null || problems.length > 0) {
          for (const problem of problems) sink.reject(line, problem);
          return;
        }
        sink.emit(
          'famille_metier_specialite',
          {
            famille,
            mefstat11_commun: mefCommun.code,
            cfd_commun: cfdCommun?.code ?? null,
            mefstat11_specialite: mefSpecialite.code,
            cfd_specialite: cfdSpecialite?.code ?? null,
            specialite: cell(fields, index.specialite) || null,
          },
          line,
        );
      },
    };
  },
};
