import { parseCode } from '../values/parse-code.js';
import { parseDate } from '../values/parse-date.js';
import { type CsvDataset, STAGES } from './dataset.js';
import { cell, mapColumns } from './header.js';

/** BCN `N_DIPLOME_SISE`: higher-education diplomas (SISE codes) and their labels. */
export const bcnDiplomeSise: CsvDataset = {
  format: 'csv',
  id: 'bcn-n-diplome-sise',
  label: 'BCN N_DIPLOME_SISE (diplômes du supérieur)',
  stage: STAGES.bcnDiplomes,
  primary: 'diplome',
  detect: (header) => header.has('DIPLOME_SISE', 'TYPE_DIPLOME_SISE', 'LIBELLE_INTITULE_1'),
  open(header) {
    const mapped = mapColumns(header, {
      code: { names: ['DIPLOME_SISE'] },
      type: { names: ['TYPE_DIPLOME_SISE'] },
      intitule1: { names: ['LIBELLE_INTITULE_1'] },
      intitule2: { names: ['LIBELLE_INTITULE_2'], required: false },
      ouverture: { names: ['DATE_OUVERTURE'], required: false },
      fermeture: { names: ['DATE_FERMETURE'], required: false },
    });
    if (!mapped.ok) return mapped;
    const { index } = mapped;
    return {
      row(fields, line, sink) {
        const problems: string[] = [];
        const code = parseCode(cell(fields, index.code), 'DIPLOME_SISE', problems, 'SISE');
        if (code === null && problems.length === 0) problems.push('DIPLOME_SISE : code absent');
        const intitule = cell(fields, index.intitule1);
        if (intitule === '') problems.push('LIBELLE_INTITULE_1 : libellé absent');
        const type = cell(fields, index.type);
        if (type !== '' && !/^[0-9A-Z]{2}$/.test(type)) {
          problems.push(`TYPE_DIPLOME_SISE : « ${type} » n’est pas un type SISE (2 caractères)`);
        }
        const ouverture = parseDate(cell(fields, index.ouverture), 'DATE_OUVERTURE', problems);
        const fermeture = parseDate(cell(fields, index.fermeture), 'DATE_FERMETURE', problems);
        if (code === null || problems.length > 0) {
          for (const problem of problems) sink.reject(line, problem);
          return;
        }
        const precision = cell(fields, index.intitule2);
        sink.emit(
          'diplome',
          {
            code: code.code,
            code_type: 'SISE',
            niveau: type || null,
            libelle_court: null,
            libelle_long: precision === '' ? intitule : `${intitule} – ${precision}`,
            date_ouverture: ouverture,
            date_fermeture: fermeture,
          },
          line,
        );
      },
    };
  },
};
