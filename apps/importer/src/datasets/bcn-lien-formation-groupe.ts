import { bcnNomenclature } from './bcn-nomenclature.js';
import { code, matching } from './column-spec.js';
import { STAGES } from './dataset.js';

/** BCN `N_LIEN_FORMATION_GROUPE`: which diplomas belong to which group. */
export const bcnLienFormationGroupe = bcnNomenclature({
  id: 'bcn-n-lien-formation-groupe',
  label: 'BCN N_LIEN_FORMATION_GROUPE (diplômes des groupes)',
  stage: STAGES.bcnLiens,
  table: 'lien_formation_groupe',
  detect: { has: ['GROUPE_FORMATION', 'FORMATION_DIPLOME'], lacks: ['TYPE_GROUPE_FORMATION'] },
  columns: {
    groupe: {
      from: 'GROUPE_FORMATION',
      read: matching(/^[0-9A-Z]{5}$/, 'un code de groupe (5 caractères)'),
    },
    cfd: { from: 'FORMATION_DIPLOME', read: code('CFD') },
  },
});
