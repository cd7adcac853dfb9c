import type { EtatExemple } from '@inserjeunes/contract';

/** A state simulated by pointing the widget at a gallery-only stand-in for the API. */
export type Simulation = 'en-panne' | 'lente';

/** One row of the matrix: a widget state, what it is for, and how it is obtained. */
export interface EtatMatrice {
  id: EtatExemple | 'erreur_reseau' | 'chargement';
  titre: string;
  description: string;
  /** The example whose code a simulated state borrows. */
  exemple: EtatExemple;
  simulation: Simulation | null;
}

/** Every state the matrix shows, in reading order. */
export const ETATS_MATRICE: readonly EtatMatrice[] = [
  {
    id: 'chiffres',
    titre: 'Chiffres',
    description: 'Les trois devenirs sont publiés pour ce diplôme, à l’échelle de la France.',
    exemple: 'chiffres',
    simulation: null,
  },
  {
    id: 'deux_voies',
    titre: 'Deux voies',
    description: 'Le diplôme se prépare au lycée et en apprentissage : une vue par voie.',
    exemple: 'deux_voies',
    simulation: null,
  },
  {
    id: 'chiffres_partiels',
    titre: 'Chiffres partiels',
    description: 'Certains chiffres ne sont pas publiés : le widget montre ceux qui le sont.',
    exemple: 'chiffres_partiels',
    simulation: null,
  },
  {
    id: 'etablissement',
    titre: 'Chiffres d’un établissement',
    description: 'Les anciens élèves de cette formation dans cet établissement.',
    exemple: 'etablissement',
    simulation: null,
  },
  {
    id: 'repli_region',
    titre: 'Repli sur la région',
    description:
      'L’établissement n’a pas de chiffre publiable pour ce diplôme : le widget le dit et montre la région.',
    exemple: 'repli_region',
    simulation: null,
  },
  {
    id: 'repli_national',
    titre: 'Repli sur la France',
    description:
      'La région n’a pas de chiffre publiable : le widget montre les chiffres nationaux.',
    exemple: 'repli_national',
    simulation: null,
  },
  {
    id: 'masque',
    titre: 'Chiffres masqués',
    description:
      'Moins de 20 élèves : aucun pourcentage n’est montré, et le widget explique pourquoi.',
    exemple: 'masque',
    simulation: null,
  },
  {
    id: 'aucune_donnee',
    titre: 'Aucune donnée',
    description:
      'Diplôme trop récent ou jamais mesuré : rien à montrer, et le widget dit pourquoi.',
    exemple: 'aucune_donnee',
    simulation: null,
  },
  {
    id: 'diplome_ferme',
    titre: 'Diplôme fermé',
    description: 'Le diplôme n’est plus délivré : ses derniers chiffres, avec un avertissement.',
    exemple: 'diplome_ferme',
    simulation: null,
  },
  {
    id: 'continuum',
    titre: 'Diplôme rénové',
    description:
      'Un diplôme rénové sous un nouveau code, sans chiffres propres : ceux de son prédécesseur, signalés.',
    exemple: 'continuum',
    simulation: null,
  },
  {
    id: 'seconde_commune',
    titre: 'Seconde commune',
    description:
      'Une première année commune à une famille de métiers : les chiffres de ses spécialités.',
    exemple: 'seconde_commune',
    simulation: null,
  },
  {
    id: 'superieur',
    titre: 'Enseignement supérieur',
    description: 'Un diplôme du supérieur (InserSup), avec l’emploi de 6 à 30 mois en graphique.',
    exemple: 'superieur',
    simulation: null,
  },
  {
    id: 'code_inconnu',
    titre: 'Code inconnu',
    description:
      'Un code qui n’existe pas : un message discret pour le lecteur, un avertissement en console pour l’intégrateur.',
    exemple: 'code_inconnu',
    simulation: null,
  },
  {
    id: 'erreur_reseau',
    titre: 'Erreur réseau',
    description: 'L’API ne répond pas (simulé par la galerie) : le widget propose de réessayer.',
    exemple: 'chiffres',
    simulation: 'en-panne',
  },
  {
    id: 'chargement',
    titre: 'Chargement',
    description:
      'La réponse tarde (simulé : 10 secondes) : la place finale est réservée, rien ne bouge quand les chiffres arrivent.',
    exemple: 'chiffres',
    simulation: 'lente',
  },
];
