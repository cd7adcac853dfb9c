import { bcnNomenclature } from './bcn-nomenclature.js';
import { date, matching, text } from './column-spec.js';
import { STAGES } from './dataset.js';

/** BCN `N_GROUPE_FORMATION`: groups of diplomas (familles de métiers, bac pro with options…). */
export const bcnGroupeFormation = bcnNomenclature({
  id: 'bcn-n-groupe-formation',
  label: 'BCN N_GROUPE_FORMATION (groupes de formations)',
  stage: STAGES.bcnDiplomes,
  table: 'groupe_formation',
  detect: { has: ['GROUPE_FORMATION', 'TYPE_GROUPE_FORMATION', 'LIBELLE_LONG'] },
  columns: {
    code: {
      from: 'GROUPE_FORMATION',
      read: matching(/^[0-9A-Z]{5}$/, 'un code de groupe (5 caractères)'),
    },
    date_ouverture: { from: 'DATE_OUVERTURE', optional: true, read: date },
    date_fermeture: { from: 'DATE_FERMETURE', optional: true, read: date },
    type: { from: 'TYPE_GROUPE_FORMATION', read: text },
    libelle_court: { from: 'LIBELLE_COURT', optional: true, read: text },
    libelle_long: { from: 'LIBELLE_LONG', read: text },
    libelle_edition: { from: 'LIBELLE_EDITION', optional: true, read: text },
  },
});
