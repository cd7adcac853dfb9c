import {
  type Affichage,
  type EtatExemple,
  HEADLINE_FIGURE_KEYS,
  hasAnyFigure,
  type Indicateur,
} from '@inserjeunes/contract';

/** The three shares the vocational views lead with: a block with none of them is not shown. */
const HEADLINE = HEADLINE_FIGURE_KEYS.lycee;
/** What the vocational views draw: the shares, then employment at 12 and 24 months. */
const DRAWN = [...HEADLINE, 'taux_en_emploi_12_mois', 'taux_en_emploi_24_mois'] as const;

const headline = (block: Indicateur) => HEADLINE.every((key) => block[key] !== null);
const complete = (block: Indicateur) => DRAWN.every((key) => block[key] !== null);
const shown = (block: Indicateur) => block.masquage === null && hasAnyFigure(block, HEADLINE);

/** Figures at the scope asked, nothing special about them. */
function plain(affichage: Affichage): boolean {
  return (
    affichage.scope !== null &&
    affichage.absence === null &&
    affichage.repli.length === 0 &&
    !affichage.formation_fermee &&
    affichage.seconde_commune === null &&
    affichage.filieres.length > 0 &&
    affichage.filieres.every(
      (block) => shown(block) && headline(block) && block.donnee_source.type === 'self',
    )
  );
}

/**
 * Whether the widget's view of a request shows the state `etat`: the API's answer is
 * checked, not guessed from the rows, so each example shows what its tile says.
 */
export function matchesEtat(
  etat: Exclude<EtatExemple, 'code_inconnu'>,
  affichage: Affichage,
): boolean {
  const blocks = affichage.filieres;
  const anyShown = blocks.some(shown);
  switch (etat) {
    case 'chiffres':
      return plain(affichage) && affichage.scope === 'national';
    case 'deux_voies':
      return plain(affichage) && blocks.length >= 2;
    case 'chiffres_partiels':
      return (
        affichage.absence === null &&
        anyShown &&
        blocks.some((block) => !shown(block) || !complete(block))
      );
    case 'etablissement':
      return plain(affichage) && affichage.scope === 'formation';
    case 'repli_region':
      return (
        anyShown && affichage.scope === 'regional' && affichage.repli[0]?.scope === 'formation'
      );
    case 'repli_national':
      return anyShown && affichage.scope === 'national' && affichage.repli[0]?.scope === 'regional';
    case 'masque':
      return (
        affichage.absence === null &&
        blocks.length > 0 &&
        !anyShown &&
        blocks.some((block) => block.masquage?.raison === 'effectif_insuffisant')
      );
    case 'aucune_donnee':
      return affichage.absence !== null;
    case 'diplome_ferme':
      return affichage.formation_fermee && anyShown;
    case 'continuum':
      return anyShown && blocks.some((block) => block.donnee_source.type !== 'self');
    case 'seconde_commune':
      return affichage.seconde_commune !== null && anyShown;
    case 'superieur':
      return anyShown && blocks.every((block) => block.filiere === 'superieur');
  }
}
