import { type CsvDataset, STAGES } from './dataset.js';
import { cell, mapColumns } from './header.js';

/**
 * BCN `N_TYPE_DIPLOME_SISE`: higher-education diploma types (licence pro, master…). They are
 * stored beside the BCN levels, since a SISE diploma's `niveau` is its type: the codes never
 * collide (two characters here, three for BCN levels).
 */
export const bcnTypeDiplomeSise: CsvDataset = {
  format: 'csv',
  id: 'bcn-n-type-diplome-sise',
  label: 'BCN N_TYPE_DIPLOME_SISE (types de diplômes du supérieur)',
  stage: STAGES.bcnNiveaux,
  primary: 'niveau_formation',
  detect: (header) =>
    header.has('TYPE_DIPLOME_SISE', 'LIBELLE_COURT') && !header.has('DIPLOME_SISE'),
  open(header) {
    const mapped = mapColumns(header, {
      code: { names: ['TYPE_DIPLOME_SISE'] },
      interministeriel: { names: ['NIVEAU_INTERMINISTERIEL'], required: false },
      court: { names: ['LIBELLE_COURT'] },
      long: { names: ['LIBELLE_LONG'], required: false },
    });
    if (!mapped.ok) return mapped;
    const { index } = mapped;
    return {
      row(fields, line, sink) {
        const code = cell(fields, index.code);
        if (!/^[0-9A-Z]{2}$/.test(code)) {
          sink.reject(
            line,
            `TYPE_DIPLOME_SISE : « ${code} » n’est pas un type SISE (2 caractères)`,
          );
          return;
        }
        const court = cell(fields, index.court) || cell(fields, index.long);
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
