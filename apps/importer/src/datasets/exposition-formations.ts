import type { Filiere } from '@inserjeunes/contract';
import { buildIndicateur } from '../figures/build-indicateur.js';
import { checkCounts } from '../figures/check-counts.js';
import { parseCode, parseMillesimeCell, parseUaiCell } from '../values/parse-code.js';
import { parseRate } from '../values/parse-rate.js';
import { countColumns, countReader } from './count-columns.js';
import { type CsvDataset, STAGES } from './dataset.js';
import { cell, mapColumns } from './header.js';

/** The reference service's filière names (`pro` is the school route). */
const FILIERES: Record<string, Filiere> = {
  pro: 'scolaire',
  scolaire: 'scolaire',
  apprentissage: 'apprentissage',
  agricole: 'agricole',
  superieur: 'superieur',
};

/**
 * Formation-level rows as the public reference service exports them (`/api/inserjeunes/
 * formations`): establishment × certification × millésime with counts and shares. The
 * shares are checked for range and recomputed from the counts.
 */
export const expositionFormations: CsvDataset = {
  format: 'csv',
  id: 'exposition-formations',
  label: 'Service de référence : indicateurs par formation',
  stage: STAGES.figuresDetaillees,
  primary: 'indicateur',
  detect: (header) =>
    header.has('code_certification', 'uai', 'millesime', 'filiere', 'nb_annee_term') &&
    !header.has('perimetre') &&
    !header.has('fictif'),
  open(header) {
    const mapped = mapColumns(header, {
      code: { names: ['code_certification'] },
      uai: { names: ['uai'] },
      millesime: { names: ['millesime'] },
      cfd: { names: ['code_formation_diplome'], required: false },
      filiere: { names: ['filiere'] },
      ...countColumns('nb_annee_term'),
    });
    if (!mapped.ok) return mapped;
    const { index } = mapped;
    const readCounts = countReader(index);
    const rates = header.names.filter((name) => name.startsWith('taux_'));
    return {
      row(fields, line, sink) {
        const problems: string[] = [];
        const code = parseCode(cell(fields, index.code), 'code_certification', problems);
        if (code === null && problems.length === 0)
          problems.push('code_certification : code absent');
        const cfd = parseCode(cell(fields, index.cfd), 'code_formation_diplome', problems, 'CFD');
        const uai = parseUaiCell(cell(fields, index.uai), 'uai', problems);
        if (uai === null && problems.length === 0) problems.push('uai : code absent');
        const millesime = parseMillesimeCell(cell(fields, index.millesime), 'millesime', problems);
        const filiereRaw = cell(fields, index.filiere);
        const filiere = FILIERES[filiereRaw];
        if (filiere === undefined) problems.push(`filiere : « ${filiereRaw} » inconnue`);
        const counts = readCounts(fields, problems);
        for (const name of rates) parseRate(cell(fields, header.indexOf(name)), name, problems);
        if (problems.length === 0) checkCounts(counts, problems);
        if (
          code === null ||
          uai === null ||
          millesime === null ||
          filiere === undefined ||
          problems.length > 0
        ) {
          for (const problem of problems) sink.reject(line, problem);
          return;
        }
        sink.emit(
          'indicateur',
          buildIndicateur({
            scope: 'formation',
            millesime,
            filiere,
            code: code.code,
            code_type: code.type,
            cfd: code.type === 'MEFSTAT11' ? (cfd?.code ?? null) : code.code,
            uai,
            counts,
            fictif: false,
          }),
          line,
        );
      },
    };
  },
};
