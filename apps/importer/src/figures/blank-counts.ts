import type { Counts } from '@inserjeunes/contract';

/**
 * Counts with nothing published, as one object literal: the figure readers call this for
 * every line, and a literal is several times cheaper than building the object key by key.
 */
export function blankCounts(): Counts {
  return {
    nb_annee_term: null,
    nb_poursuite_etudes: null,
    nb_sortant: null,
    nb_en_emploi_6_mois: null,
    nb_en_emploi_12_mois: null,
    nb_en_emploi_18_mois: null,
    nb_en_emploi_24_mois: null,
    nb_en_emploi_30_mois: null,
    nb_en_emploi_stable_6_mois: null,
    nb_en_emploi_stable_12_mois: null,
    nb_en_emploi_stable_18_mois: null,
    nb_en_emploi_stable_24_mois: null,
    nb_en_emploi_stable_30_mois: null,
  };
}
