import { parseCode } from '../values/parse-code.js';
import { parseDate } from '../values/parse-date.js';
import { type CsvDataset, type CsvRowReader, STAGES } from './dataset.js';
import { cell, type Header, mapColumns } from './header.js';

const LINKS = [1, 2, 3, 4, 5, 6, 7];
const LEVEL = /^[0-9A-Z]{3}$/;

function detectDiplomas(header: Header): boolean {
  return header.has('FORMATION_DIPLOME', 'NIVEAU_FORMATION_DIPLOME', 'LIBELLE_LONG_200');
}

function openDiplomas(header: Header): CsvRowReader | { problems: string[] } {
  const mapped = mapColumns(header, {
    code: { names: ['FORMATION_DIPLOME'] },
    niveau: { names: ['NIVEAU_FORMATION_DIPLOME'] },
    court: { names: ['LIBELLE_COURT'], required: false },
    long: { names: ['LIBELLE_LONG_200'] },
    stat: { names: ['LIBELLE_STAT_33'], required: false },
    ouverture: { names: ['DATE_OUVERTURE'] },
    fermeture: { names: ['DATE_FERMETURE'] },
  });
  if (!mapped.ok) return mapped;
  const { index } = mapped;
  const anciens = LINKS.map((n) => header.indexOf(`ANCIEN_DIPLOME_${n}`)).filter((i) => i >= 0);
  const nouveaux = LINKS.map((n) => header.indexOf(`NOUVEAU_DIPLOME_${n}`)).filter((i) => i >= 0);
  return {
    row(fields, line, sink) {
      const problems: string[] = [];
      const code = parseCode(cell(fields, index.code), 'FORMATION_DIPLOME', problems, 'CFD');
      if (code === null && problems.length === 0) problems.push('FORMATION_DIPLOME : code absent');
      const niveau = cell(fields, index.niveau);
      if (niveau !== '' && !LEVEL.test(niveau)) {
        problems.push(
          `NIVEAU_FORMATION_DIPLOME : « ${niveau} » n’est pas un niveau BCN (3 caractères)`,
        );
      }
      const libelle =
        cell(fields, index.long) || cell(fields, index.stat) || cell(fields, index.court);
      if (libelle === '') problems.push('LIBELLE_LONG_200 : libellé absent');
      const ouverture = parseDate(cell(fields, index.ouverture), 'DATE_OUVERTURE', problems);
      const fermeture = parseDate(cell(fields, index.fermeture), 'DATE_FERMETURE', problems);
      if (code === null || problems.length > 0) {
        for (const problem of problems) sink.reject(line, problem);
        return;
      }
      sink.emit(
        'diplome',
        {
          code: code.code,
          code_type: 'CFD',
          niveau: niveau || null,
          libelle_court: cell(fields, index.court) || null,
          libelle_long: libelle,
          date_ouverture: ouverture,
          date_fermeture: fermeture,
        },
        line,
      );
      // The BCN keeps some links in the 7-character codification that preceded the CFD
      // (`5103300`, `450255S`): they name no diploma we can serve, so they are skipped
      // with a warning instead of making the whole nomenclature unusable.
      for (const [positions, direction] of [
        [anciens, 'ANCIEN'],
        [nouveaux, 'NOUVEAU'],
      ] as const) {
        for (const position of positions) {
          const other = cell(fields, position);
          if (other === '') continue;
          if (!/^[0-9A-Z]{8}$/.test(other.toUpperCase())) {
            sink.warn(
              line,
              `lien de continuum ignoré : « ${other} » (${direction}_DIPLOME) n’est pas un CFD`,
            );
            continue;
          }
          const link =
            direction === 'ANCIEN'
              ? { ancien_code: other.toUpperCase(), nouveau_code: code.code }
              : { ancien_code: code.code, nouveau_code: other.toUpperCase() };
          if (link.ancien_code !== link.nouveau_code) sink.emit('diplome_continuum', link, line);
        }
      }
    },
  };
}

/** BCN `N_FORMATION_DIPLOME`: diplomas with their renewal links (continuum). */
export const bcnNFormationDiplome: CsvDataset = {
  format: 'csv',
  id: 'bcn-n-formation-diplome',
  label: 'BCN N_FORMATION_DIPLOME (diplômes et continuum)',
  stage: STAGES.bcnDiplomesAvecContinuum,
  primary: 'diplome',
  detect: (header) => detectDiplomas(header) && header.has('ANCIEN_DIPLOME_1'),
  open: openDiplomas,
};

/** BCN `V_FORMATION_DIPLOME`: every diploma, without continuum columns. */
export const bcnVFormationDiplome: CsvDataset = {
  format: 'csv',
  id: 'bcn-v-formation-diplome',
  label: 'BCN V_FORMATION_DIPLOME (tous les diplômes)',
  stage: STAGES.bcnDiplomes,
  primary: 'diplome',
  detect: (header) => detectDiplomas(header) && !header.has('ANCIEN_DIPLOME_1'),
  open: openDiplomas,
};
