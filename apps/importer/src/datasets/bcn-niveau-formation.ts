import { bcnNomenclature } from './bcn-nomenclature.js';
import { matching, required, text } from './column-spec.js';
import { STAGES } from './dataset.js';

/** BCN `N_NIVEAU_FORMATION_DIPLOME`: level codes (`500`, `400`, `320`…) and their labels. */
export const bcnNiveauFormation = bcnNomenclature({
  id: 'bcn-n-niveau-formation-diplome',
  label: 'BCN N_NIVEAU_FORMATION_DIPLOME (niveaux de diplôme)',
  stage: STAGES.bcnNiveaux,
  table: 'niveau_formation',
  detect: { has: ['NIVEAU_FORMATION_DIPLOME', 'LIBELLE_COURT', 'LIBELLE_100'] },
  columns: {
    code: {
      from: 'NIVEAU_FORMATION_DIPLOME',
      read: matching(/^[0-9A-Z]{3}$/, 'un niveau BCN (3 caractères)'),
    },
    libelle_court: { from: 'LIBELLE_COURT', read: required('libellé') },
    niveau_interministeriel: { from: 'NIVEAU_INTERMINISTERIEL', optional: true, read: text },
    libelle_long: { from: 'LIBELLE_100', read: text },
  },
});
