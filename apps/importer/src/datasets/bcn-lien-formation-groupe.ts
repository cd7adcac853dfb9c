import { parseCode } from '../values/parse-code.js';
import { type CsvDataset, STAGES } from './dataset.js';
import { cell, mapColumns } from './header.js';

/** BCN `N_LIEN_FORMATION_GROUPE`: which diplomas belong to which group. */
export const bcnLienFormationGroupe: CsvDataset = {
  format: 'csv',
  id: 'bcn-n-lien-formation-groupe',
  label: 'BCN N_LIEN_FORMATION_GROUPE (diplômes des groupes)',
  stage: STAGES.bcnLiens,
  primary: 'lien_formation_groupe',
  detect: (header) =>
    header.has('GROUPE_FORMATION', 'FORMATION_DIPLOME') && !header.has('TYPE_GROUPE_FORMATION'),
  open(header) {
    const mapped = mapColumns(header, {
      groupe: { names: ['GROUPE_FORMATION'] },
      cfd: { names: ['FORMATION_DIPLOME'] },
    });
    if (!mapped.ok) return mapped;
    const { index } = mapped;
    return {
      row(fields, line, sink) {
        const problems: string[] = [];
        const groupe = cell(fields, index.groupe);
        if (!/^[0-9A-Z]{5}$/.test(groupe)) {
          problems.push(
            `GROUPE_FORMATION : « ${groupe} » n’est pas un code de groupe (5 caractères)`,
          );
        }
        const cfd = parseCode(cell(fields, index.cfd), 'FORMATION_DIPLOME', problems, 'CFD');
        if (cfd === null && problems.length === 0) problems.push('FORMATION_DIPLOME : code absent');
        if (cfd === null || problems.length > 0) {
          for (const problem of problems) sink.reject(line, problem);
          return;
        }
        sink.emit('lien_formation_groupe', { groupe, cfd: cfd.code }, line);
      },
    };
  },
};
