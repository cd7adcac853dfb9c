import { parseDate } from '../values/parse-date.js';
import { type CsvDataset, STAGES } from './dataset.js';
import { cell, mapColumns } from './header.js';

const FAMILLE = /^\d{3}(?:_temp)?$/;

/** BCN `N_FAMILLE_METIER_SPEC_PRO`: familles de métiers by code (`016_temp` in agriculture). */
export const bcnFamilleMetier: CsvDataset = {
  format: 'csv',
  id: 'bcn-n-famille-metier-spec-pro',
  label: 'BCN N_FAMILLE_METIER_SPEC_PRO (familles de métiers)',
  stage: STAGES.bcnDiplomes,
  primary: 'famille_metier',
  detect: (header) => header.has('FAMILLE_METIER', 'LIBELLE_LONG') && !header.has('MEF'),
  open(header) {
    const mapped = mapColumns(header, {
      code: { names: ['FAMILLE_METIER'] },
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
        if (!FAMILLE.test(code)) {
          problems.push(`FAMILLE_METIER : « ${code} » n’est pas un code de famille de métiers`);
        }
        const long = cell(fields, index.long);
        if (long === '') problems.push('LIBELLE_LONG : libellé absent');
        const ouverture = parseDate(cell(fields, index.ouverture), 'DATE_OUVERTURE', problems);
        const fermeture = parseDate(cell(fields, index.fermeture), 'DATE_FERMETURE', problems);
        if (problems.length > 0) {
          for (const problem of problems) sink.reject(line, problem);
          return;
        }
        sink.emit(
          'famille_metier',
          {
            code,
            libelle_long: long,
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

/** BCN `N_LIEN_MEF_FAMILLE_METIER`: the MEF of each famille; the seconde commune is tagged. */
export const bcnLienMefFamilleMetier: CsvDataset = {
  format: 'csv',
  id: 'bcn-n-lien-mef-famille-metier',
  label: 'BCN N_LIEN_MEF_FAMILLE_METIER (années des familles de métiers)',
  stage: STAGES.bcnLiens,
  primary: 'lien_mef_famille_metier',
  detect: (header) => header.has('FAMILLE_METIER', 'MEF'),
  open(header) {
    const mapped = mapColumns(header, {
      famille: { names: ['FAMILLE_METIER'] },
      mef: { names: ['MEF'] },
      ouverture: { names: ['DATE_OUVERTURE'], required: false },
      fermeture: { names: ['DATE_FERMETURE'], required: false },
      tag: { names: ['tag'], required: false },
    });
    if (!mapped.ok) return mapped;
    const { index } = mapped;
    return {
      row(fields, line, sink) {
        const problems: string[] = [];
        const famille = cell(fields, index.famille);
        if (!FAMILLE.test(famille)) {
          problems.push(`FAMILLE_METIER : « ${famille} » n’est pas un code de famille de métiers`);
        }
        const mef = cell(fields, index.mef);
        if (!/^[0-9A-Z]{10}$/.test(mef))
          problems.push(`MEF : « ${mef} » n’est pas un code MEF (10 caractères)`);
        const ouverture = parseDate(cell(fields, index.ouverture), 'DATE_OUVERTURE', problems);
        const fermeture = parseDate(cell(fields, index.fermeture), 'DATE_FERMETURE', problems);
        if (problems.length > 0) {
          for (const problem of problems) sink.reject(line, problem);
          return;
        }
        sink.emit(
          'lien_mef_famille_metier',
          {
            famille,
            mef,
            seconde_commune: /2NDE PRO COMMUNE/i.test(cell(fields, index.tag)),
            date_ouverture: ouverture,
            date_fermeture: fermeture,
          },
          line,
        );
      },
    };
  },
};
