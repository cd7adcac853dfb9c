import { bcnNomenclature } from './bcn-nomenclature.js';
import { code, text } from './column-spec.js';
import { STAGES } from './dataset.js';

/**
 * The options of a BTS (`optionsBTS.csv`): one line per option, with the CFD of the common
 * first year it follows. The first year has no final year of its own: its figures are its
 * options'.
 */
export const bcnOptionsBts = bcnNomenclature({
  id: 'bcn-options-bts',
  label: 'Options de BTS (années communes)',
  stage: STAGES.bcnLiens,
  table: 'option_bts',
  detect: { has: ['CFD_COMMUN', 'CFD_SPECIALITE'], lacks: ['MEFSTAT11_COMMUN'] },
  columns: {
    cfd_commun: { from: 'CFD_COMMUN', read: code('CFD') },
    cfd_specialite: { from: 'CFD_SPECIALITE', read: code('CFD') },
    famille: { from: 'FAMILLE', optional: true, read: text },
    specialite: { from: 'SPECIALITE', optional: true, read: text },
  },
});
