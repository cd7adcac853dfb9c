import { msg } from '@lit/localize';

/**
 * What each outcome counts, true to the definitions: salaried jobs only, private or public,
 * in France; self-employment counts among the other paths; "in education" includes further
 * study, repeating a year and changing track. A chunk of its own, loaded once the figures
 * are on screen (see `load-explanations.ts`).
 */
export const EXPLANATIONS = {
  emploi3eme: () =>
    msg(
      'Six mois après la fin de la formation, ils ont un emploi salarié en France, dans une entreprise ou dans le public. Ceux qui travaillent à leur compte (auto-entrepreneurs) ne sont pas comptés ici, mais avec ceux qui font autre chose.',
    ),
  formation3eme: () =>
    msg(
      'Ils sont toujours en formation : ils préparent un autre diplôme, refont une année ou changent de formation.',
    ),
  autres3eme: () =>
    msg(
      'Ils cherchent du travail, travaillent à leur compte, sont partis à l’étranger, suivent une formation privée ou font une pause. Les chiffres ne disent pas lequel de ces chemins ils ont pris.',
    ),
  emploiLycee: () =>
    msg(
      'Part des élèves de dernière année qui ont un emploi salarié en France six mois après la formation, dans le privé ou le public, quel que soit le contrat. Le travail indépendant (auto-entreprise…) n’est pas compté ici : il fait partie des autres parcours.',
    ),
  formationLycee: () =>
    msg(
      'Part des élèves de dernière année toujours en formation l’année suivante : ils poursuivent leurs études, redoublent ou changent de filière.',
    ),
  autresLycee: () =>
    msg(
      'Tous les autres : recherche d’emploi, travail indépendant, départ à l’étranger, formation privée non reconnue, pause… Les données ne permettent pas de les distinguer.',
    ),
  dureeLycee: () =>
    msg(
      'Part des élèves de dernière année en emploi salarié en France, dans le privé ou le public, 6, 12 et 24 mois après la formation.',
    ),
  salaire: () =>
    msg(
      'Salaire net mensuel en équivalent temps plein, 12 mois après la formation, pour toute la France. La moitié gagne moins que le salaire médian, l’autre moitié plus ; la barre montre la moitié du milieu, entre le premier et le dernier quart.',
    ),
  emploiSuperieur: () =>
    msg(
      'Part des diplômés qui ont un emploi salarié en France, dans le privé ou le public, 6 à 30 mois après le diplôme. Le travail indépendant n’est pas compté.',
    ),
  formationSuperieur: () =>
    msg(
      'Part des diplômés toujours en formation l’année suivante : ils poursuivent leurs études, redoublent ou changent de filière.',
    ),
  stableSuperieur: () =>
    msg(
      'Parmi les diplômés en emploi salarié, part de ceux qui ont un emploi stable : un contrat à durée indéterminée ou un poste de fonctionnaire.',
    ),
};

/** Which explanation a disclosure shows. */
export type ExplanationKey = keyof typeof EXPLANATIONS;
