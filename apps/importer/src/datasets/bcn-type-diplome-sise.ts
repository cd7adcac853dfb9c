import { bcnNomenclature } from './bcn-nomenclature.js';
import { matching, required, text } from './column-spec.js';
import { STAGES } from './dataset.js';

/**
 * BCN `N_TYPE_DIPLOME_SISE`: higher-education diploma types (licence pro, master…). They are
 * stored beside the BCN levels, since a SISE diploma's `niveau` is its type: the codes never
 * collide (two characters here, three for BCN levels).
 */
export const bcnTypeDiplomeSise = bcnNomenclature({
  id: 'bcn-n-type-diplome-sise',
  label: 'BCN N_TYPE_DIPLOME_SISE (types de diplômes du supérieur)',
  stage: STAGES.bcnNiveaux,
  table: 'niveau_formation',
  detect: { has: ['TYPE_DIPLOME_SISE', 'LIBELLE_COURT'], lacks: ['DIPLOME_SISE'] },
  columns: {
    code: {
      from: 'TYPE_DIPLOME_SISE',
      read: matching(/^[0-9A-Z]{2}$/, 'un type SISE (2 caractères)'),
    },
    // Some types have only a long label: it stands in for the short one.
    libelle_court: { from: ['LIBELLE_COURT', 'LIBELLE_LONG'], read: required('libellé') },
    niveau_interministeriel: { from: 'NIVEAU_INTERMINISTERIEL', optional: true, read: text },
    libelle_long: { from: 'LIBELLE_LONG', optional: true, read: text },
  },
});
