import type { EtatExemple } from '@inserjeunes/contract';
import type { CasDemo, EtatDemo } from './etat-demo.js';

/** The gallery's coarser state for each demo state (`ETATS_EXEMPLE` of the contract). */
const GALERIE: Record<EtatDemo, EtatExemple> = {
  chiffres: 'chiffres',
  donnees_fictives: 'chiffres',
  une_seule_voie: 'chiffres',
  premiere_annee: 'chiffres',
  agregat_regional: 'chiffres',
  deux_voies: 'deux_voies',
  chiffres_partiels: 'chiffres_partiels',
  masque_repli_region: 'repli_region',
  repli_region: 'repli_region',
  non_enseigne: 'repli_region',
  repli_national: 'repli_national',
  masque_partout: 'masque',
  aucune_donnee_nouveau_diplome: 'aucune_donnee',
  diplome_ferme: 'diplome_ferme',
  continuum: 'continuum',
  seconde_commune: 'seconde_commune',
  superieur_graphique: 'superieur',
  code_inconnu: 'code_inconnu',
};

/**
 * Which gallery state a demo case illustrates: plain figures shown for one establishment
 * are the gallery's `etablissement` state.
 */
export function etatGalerie(cas: CasDemo): EtatExemple {
  const etat = GALERIE[cas.etat];
  return etat === 'chiffres' && cas.attendu.scope === 'formation' ? 'etablissement' : etat;
}
