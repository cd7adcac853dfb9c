import { bcnNomenclature } from './bcn-nomenclature.js';
import { type CellReader, date, matching, required, text } from './column-spec.js';
import { STAGES } from './dataset.js';

const famille = matching(/^\d{3}(?:_temp)?$/, 'un code de famille de métiers');

/** The common first year's MEF carry the BCN's tag `2NDE PRO COMMUNE`. */
const secondeCommune: CellReader<boolean> = ([tag = '']) => /2NDE PRO COMMUNE/i.test(tag);

/** BCN `N_FAMILLE_METIER_SPEC_PRO`: familles de métiers by code (`016_temp` in agriculture). */
export const bcnFamilleMetier = bcnNomenclature({
  id: 'bcn-n-famille-metier-spec-pro',
  label: 'BCN N_FAMILLE_METIER_SPEC_PRO (familles de métiers)',
  stage: STAGES.bcnDiplomes,
  table: 'famille_metier',
  detect: { has: ['FAMILLE_METIER', 'LIBELLE_LONG'], lacks: ['MEF'] },
  columns: {
    code: { from: 'FAMILLE_METIER', read: famille },
    libelle_long: { from: 'LIBELLE_LONG', read: required('libellé') },
    date_ouverture: { from: 'DATE_OUVERTURE', optional: true, read: date },
    date_fermeture: { from: 'DATE_FERMETURE', optional: true, read: date },
    libelle_edition: { from: 'LIBELLE_EDITION', optional: true, read: text },
  },
});

/** BCN `N_LIEN_MEF_FAMILLE_METIER`: the MEF of each famille; the seconde commune is tagged. */
export const bcnLienMefFamilleMetier = bcnNomenclature({
  id: 'bcn-n-lien-mef-famille-metier',
  label: 'BCN N_LIEN_MEF_FAMILLE_METIER (années des familles de métiers)',
  stage: STAGES.bcnLiens,
  table: 'lien_mef_famille_metier',
  detect: { has: ['FAMILLE_METIER', 'MEF'] },
  columns: {
    famille: { from: 'FAMILLE_METIER', read: famille },
    mef: { from: 'MEF', read: matching(/^[0-9A-Z]{10}$/, 'un code MEF (10 caractères)') },
    date_ouverture: { from: 'DATE_OUVERTURE', optional: true, read: date },
    date_fermeture: { from: 'DATE_FERMETURE', optional: true, read: date },
    seconde_commune: { from: 'tag', optional: true, read: secondeCommune },
  },
});
