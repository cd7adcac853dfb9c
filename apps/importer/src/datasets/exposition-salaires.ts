import type { Filiere } from '@inserjeunes/contract';
import { checkQuartiles } from '../figures/check-counts.js';
import { parseCode } from '../values/parse-code.js';
import { parseEuros } from '../values/parse-euros.js';
import { type CsvDataset, STAGES } from './dataset.js';
import { cell, mapColumns } from './header.js';

const FILIERES: Record<string, Filiere> = {
  pro: 'scolaire',
  scolaire: 'scolaire',
  apprentissage: 'apprentissage',
  agricole: 'agricole',
  superieur: 'superieur',
};

/**
 * National salary quartiles per certification as the reference service exports them. The
 * export names no millésime, so they are kept as the certification's salaries
 * (`salaire_certification`) rather than attached to one year's figures; a SISE code without
 * filière is higher education, a CFD without filière applies to every voie.
 */
export const expositionSalaires: CsvDataset = {
  format: 'csv',
  id: 'exposition-salaires',
  label: 'Service de référence : salaires à 12 mois par certification',
  stage: STAGES.figuresDetaillees,
  primary: 'salaire_certification',
  detect: (header) =>
    header.has(
      'code_certification',
      'salaire_12_mois_q1',
      'salaire_12_mois_q2',
      'salaire_12_mois_q3',
    ) && !header.has('fictif'),
  open(header) {
    const mapped = mapColumns(header, {
      code: { names: ['code_certification'] },
      filiere: { names: ['filiere'], required: false },
      q1: { names: ['salaire_12_mois_q1'] },
      q2: { names: ['salaire_12_mois_q2'] },
      q3: { names: ['salaire_12_mois_q3'] },
      origine: { names: ['doc_table'], required: false },
    });
    if (!mapped.ok) return mapped;
    const { index } = mapped;
    return {
      row(fields, line, sink) {
        const problems: string[] = [];
        const code = parseCode(cell(fields, index.code), 'code_certification', problems);
        if (code === null && problems.length === 0)
          problems.push('code_certification : code absent');
        const filiereRaw = cell(fields, index.filiere);
        const filiere =
          filiereRaw === '' ? (code?.type === 'SISE' ? 'superieur' : null) : FILIERES[filiereRaw];
        if (filiere === undefined) problems.push(`filiere : « ${filiereRaw} » inconnue`);
        const q1 = parseEuros(cell(fields, index.q1), 'salaire_12_mois_q1', problems);
        const q2 = parseEuros(cell(fields, index.q2), 'salaire_12_mois_q2', problems);
        const q3 = parseEuros(cell(fields, index.q3), 'salaire_12_mois_q3', problems);
        checkQuartiles(q1, q2, q3, problems);
        if (code === null || filiere === undefined || problems.length > 0) {
          for (const problem of problems) sink.reject(line, problem);
          return;
        }
        sink.emit(
          'salaire_certification',
          {
            code: code.code,
            code_type: code.type,
            filiere,
            salaire_12_mois_q1: q1,
            salaire_12_mois_q2: q2,
            salaire_12_mois_q3: q3,
            origine: cell(fields, index.origine) || null,
            fictif: false,
          },
          line,
        );
      },
    };
  },
};
