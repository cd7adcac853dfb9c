import type { Nomenclature, RowCollector } from './bcn-nomenclature.js';
import { bcnNomenclature } from './bcn-nomenclature.js';
import { code, date, optionalMatching, required, text } from './column-spec.js';
import { STAGES } from './dataset.js';
import { cell, type Header } from './header.js';

const LINKS = [1, 2, 3, 4, 5, 6, 7];

/**
 * Emits each diploma, then its renewal links from the `ANCIEN_DIPLOME_n` and
 * `NOUVEAU_DIPLOME_n` columns the file has.
 */
function withContinuum(header: Header): RowCollector<'diplome'> {
  const anciens = LINKS.map((n) => header.indexOf(`ANCIEN_DIPLOME_${n}`)).filter((i) => i >= 0);
  const nouveaux = LINKS.map((n) => header.indexOf(`NOUVEAU_DIPLOME_${n}`)).filter((i) => i >= 0);
  return {
    take(row, fields, line, sink) {
      sink.emit('diplome', row, line);
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
              ? { ancien_code: other.toUpperCase(), nouveau_code: row.code }
              : { ancien_code: row.code, nouveau_code: other.toUpperCase() };
          if (link.ancien_code !== link.nouveau_code) sink.emit('diplome_continuum', link, line);
        }
      }
    },
  };
}

/** The columns of both exports of the diplomas. */
const DIPLOMAS: Nomenclature<'diplome'>['columns'] = {
  code: { from: 'FORMATION_DIPLOME', read: code('CFD') },
  niveau: {
    from: 'NIVEAU_FORMATION_DIPLOME',
    read: optionalMatching(/^[0-9A-Z]{3}$/, 'un niveau BCN (3 caractères)'),
  },
  // A diploma without a long label is named by its statistical or short one.
  libelle_long: {
    from: ['LIBELLE_LONG_200', 'LIBELLE_STAT_33', 'LIBELLE_COURT'],
    read: required('libellé'),
  },
  date_ouverture: { from: 'DATE_OUVERTURE', read: date },
  date_fermeture: { from: 'DATE_FERMETURE', read: date },
  libelle_court: { from: 'LIBELLE_COURT', optional: true, read: text },
  code_type: { value: 'CFD' },
};

const HAS = ['FORMATION_DIPLOME', 'NIVEAU_FORMATION_DIPLOME', 'LIBELLE_LONG_200'];

/** BCN `N_FORMATION_DIPLOME`: diplomas with their renewal links (continuum). */
export const bcnNFormationDiplome = bcnNomenclature({
  id: 'bcn-n-formation-diplome',
  label: 'BCN N_FORMATION_DIPLOME (diplômes et continuum)',
  stage: STAGES.bcnDiplomesAvecContinuum,
  table: 'diplome',
  detect: { has: [...HAS, 'ANCIEN_DIPLOME_1'] },
  columns: DIPLOMAS,
  collect: withContinuum,
});

/** BCN `V_FORMATION_DIPLOME`: every diploma, without continuum columns. */
export const bcnVFormationDiplome = bcnNomenclature({
  id: 'bcn-v-formation-diplome',
  label: 'BCN V_FORMATION_DIPLOME (tous les diplômes)',
  stage: STAGES.bcnDiplomes,
  table: 'diplome',
  detect: { has: HAS, lacks: ['ANCIEN_DIPLOME_1'] },
  columns: DIPLOMAS,
  // Links in its other continuum columns, if a variant has some, are read all the same.
  collect: withContinuum,
});
