import { parseDate } from '../values/parse-date.js';
import { type CsvDataset, STAGES } from './dataset.js';
import { cell, mapColumns } from './header.js';

/** BCN `N_GROUPE_FORMATION`: groups of diplomas (familles de métiers, bac pro with options…). */
export const bcnGroupeFormation: CsvDataset = {
  format: 'csv',
  id: 'bcn-n-groupe-formation',
  label: 'BCN N_GROUPE_FORMATION (groupes de formations)',
  stage: STAGES.bcnDiplomes,
  primary: 'groupe_formation',
  detect: (header) => header.has('GROUPE_FORMATION', 'TYPE_GROUPE_FORMATION', 'LIBELLE_LONG'),
  open(header) {
    const mapped = mapColumns(header, {
      code: { names: ['GROUPE_FORMATION'] },
      type: { names: ['TYPE_GROUPE_FORMATION'] },
      court: { names: ['LIBELLE_COURT'], required: false },
      long: { names: ['LIBELLE_LONG'] },
      edition: { names: ['LIBELLE_EDITION'], required: false },
      ouverture: { names: ['DATE_OUVERTURE'], required: false },
      fermeture: { names: ['DATE_FERMETURE'], required: false },
    });
    if (!mapped.ok) return mapped;
    const { index } = mapped;
    return {
      row(fields, line, sink) {
        const problems: string[] = [];
        const code = cell(fields, index.code);
        if (!/^[0-9A-Z]{5}$/.test(code)) {
          problems.push(
            `GROUPE_FORMATION : « ${code} » n’est pas un code de groupe (5 caractères)`,
          );
        }
        const ouverture = parseDate(cell(fields, index.ouverture), 'DATE_OUVERTURE', problems);
        const fermeture = parseDate(cell(fields, index.fermeture), 'DATE_FERMETURE', problems);
        if (problems.length > 0) {
          for (const problem of problems) sink.reject(line, problem);
          return;
        }
        sink.emit(
          'groupe_formation',
          {
            code,
            type: cell(fields, index.type) || null,
            libelle_court: cell(fields, index.court) || null,
            libelle_long: cell(fields, index.long) || null,
            libelle_edition: cell(fields, index.edition) || null,
            date_ouverture: ouverture,
            date_fermeture: fermeture,
          },
          line,
        );
      },
    };
  },
};
