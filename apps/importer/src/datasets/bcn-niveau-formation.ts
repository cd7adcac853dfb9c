import { type CsvDataset, STAGES } from './dataset.js';
import { cell, mapColumns } from './header.js';

/** BCN `N_NIVEAU_FORMATION_DIPLOME`: level codes (`500`, `400`, `320`…) and their labels. */
export const bcnNiveauFormation: CsvDataset = {
  format: 'csv',
  id: 'bcn-n-niveau-formation-diplome',
  label: 'BCN N_NIVEAU_FORMATION_DIPLOME (niveaux de diplôme)',
  stage: STAGES.bcnNiveaux,
  primary: 'niveau_formation',
  detect: (header) => header.has('NIVEAU_FORMATION_DIPLOME', 'LIBELLE_COURT', 'LIBELLE_100'),
  open(header) {
    const mapped = mapColumns(header, {
      code: { names: ['NIVEAU_FORMATION_DIPLOME'] },
      interministeriel: { names: ['NIVEAU_INTERMINISTERIEL'], required: false },
      court: { names: ['LIBELLE_COURT'] },
      long: { names: ['LIBELLE_100'] },
    });
    if (!mapped.ok) return mapped;
    const { index } = mapped;
    return {
      row(fields, line, sink) {
        const code = cell(fields, index.code);
        const court = cell(fields, index.court);
        if (!/^[0-9A-Z]{3}$/.test(code)) {
          sink.reject(
            line,
            `NIVEAU_FORMATION_DIPLOME : « ${code} » n’est pas un niveau BCN (3 caractères)`,
          );
          return;
        }
        if (court === '') {
          sink.reject(line, 'LIBELLE_COURT : libellé absent');
          return;
        }
        sink.emit(
          'niveau_formation',
          {
            code,
            niveau_interministeriel: cell(fields, index.interministeriel) || null,
            libelle_court: court,
            libelle_long: cell(fields, index.long) || null,
          },
          line,
        );
      },
    };
  },
};
