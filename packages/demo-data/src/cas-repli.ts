import { at, attendu, bloc, both, IJ, national, SUP, self } from './attendu-builders.js';
import type { CasDemo } from './etat-demo.js';

/** Demo cases: fallback to a wider scope, withheld figures, nothing to show, unknown code. */
export const CAS_REPLI: readonly CasDemo[] = [
  {
    id: 'masque-repli-region-bac-pro-mcv-beffrois',
    etat: 'masque_repli_region',
    titre: 'Bac pro commerce et vente A : trop peu d’élèves au lycée, chiffres de la région',
    code: '40031213',
    ...at('beffrois'),
    audience: '3eme',
    a_afficher:
      'Moins de 20 élèves au lycée : le widget le dit gentiment et montre les chiffres des Hauts-de-France.',
    attendu: attendu({
      scope: 'regional',
      repli: [{ scope: 'formation', raison: 'effectif_insuffisant' }],
      millesime: IJ,
      filieres: both(),
      donnee_source: self('40031213'),
    }),
  },
  {
    id: 'masque-repli-region-bts-cg-canal',
    etat: 'masque_repli_region',
    titre: 'BTS comptabilité et gestion : trop peu d’étudiants au lycée, chiffres de la région',
    code: '32031408',
    ...at('canal'),
    audience: 'lycee',
    a_afficher: 'Moins de 20 étudiants au lycée : chiffres d’Île-de-France, en le disant.',
    attendu: attendu({
      scope: 'regional',
      repli: [{ scope: 'formation', raison: 'effectif_insuffisant' }],
      millesime: IJ,
      filieres: both(),
      donnee_source: self('32031408'),
    }),
  },
  {
    id: 'repli-region-agora-plaine',
    etat: 'repli_region',
    titre: 'Bac pro AGOrA : rien de publié pour le lycée, chiffres de la région',
    code: '40030004',
    ...at('plaine'),
    audience: '3eme',
    a_afficher:
      'Le lycée figure sans chiffres publiés : le widget montre ceux d’Île-de-France et dit pourquoi.',
    attendu: attendu({
      scope: 'regional',
      repli: [{ scope: 'formation', raison: 'non_publie' }],
      millesime: IJ,
      filieres: both(),
      donnee_source: self('40030004'),
    }),
  },
  {
    id: 'repli-national-cap-tournage-beffrois',
    etat: 'repli_national',
    titre: 'CAP tournage en céramique : trop peu d’élèves au lycée et dans la région',
    code: '50022421',
    ...at('beffrois'),
    audience: '3eme',
    a_afficher:
      'Les chiffres nationaux, en disant que le lycée et la région comptent trop peu d’élèves.',
    attendu: attendu({
      scope: 'national',
      repli: [
        { scope: 'formation', raison: 'effectif_insuffisant' },
        { scope: 'regional', raison: 'effectif_insuffisant' },
      ],
      millesime: IJ,
      filieres: [bloc('scolaire')],
      donnee_source: self('50022421'),
    }),
  },
  {
    id: 'repli-national-licence-pro-confluent',
    etat: 'repli_national',
    titre: 'Licence pro : trop peu de diplômés à l’université, chiffres nationaux',
    code: '2400075',
    ...at('confluent'),
    audience: 'superieur',
    a_afficher:
      'Les chiffres nationaux (pas de chiffres régionaux dans InserSup), en disant pourquoi.',
    attendu: attendu({
      scope: 'national',
      repli: [
        { scope: 'formation', raison: 'effectif_insuffisant' },
        { scope: 'regional', raison: 'absent' },
      ],
      millesime: SUP,
      filieres: [bloc('superieur')],
      donnee_source: self('2400075'),
    }),
  },
  {
    id: 'masque-partout-cap-moules-vieux-port',
    etat: 'masque_partout',
    titre: 'CAP modèles et moules céramiques : moins de 20 élèves partout',
    code: '50022420',
    ...at('vieuxPort'),
    audience: '3eme',
    a_afficher:
      'Aucun chiffre : moins de 20 élèves au lycée, et aussi dans la région et en France ; le widget explique pourquoi, sans alarmer.',
    attendu: attendu({
      scope: 'formation',
      millesime: IJ,
      filieres: [bloc('scolaire', [], 'effectif_insuffisant')],
      donnee_source: self('50022420'),
    }),
  },
  {
    id: 'non-enseigne-bac-pro-cuisine-plaine',
    etat: 'non_enseigne',
    titre: 'Bac pro cuisine demandé dans un lycée qui ne le propose pas',
    code: '40022106',
    ...at('plaine'),
    audience: '3eme',
    a_afficher:
      'Le lycée n’a aucun chiffre pour ce diplôme (il ne le propose pas) : le widget le dit et montre ceux de la région.',
    attendu: attendu({
      scope: 'regional',
      repli: [{ scope: 'formation', raison: 'absent' }],
      millesime: IJ,
      filieres: both(),
      donnee_source: self('40022106'),
    }),
  },
  {
    id: 'nouveau-diplome-bac-pro-optique',
    etat: 'aucune_donnee_nouveau_diplome',
    titre: 'Bac pro optique photonique : diplôme trop récent',
    code: '40025518',
    ...national,
    audience: '3eme',
    a_afficher: 'Pas encore de chiffres : diplôme ouvert en 2023, aucune promotion encore suivie.',
    attendu: attendu({
      repli: [{ scope: 'national', raison: 'absent' }],
      absence: 'nouveau_diplome',
    }),
  },
  {
    id: 'code-inconnu',
    etat: 'code_inconnu',
    titre: 'Un code bien formé qui n’existe pas',
    code: '40088888',
    ...national,
    audience: '3eme',
    a_afficher: 'Un message discret, et un avertissement dans la console pour l’intégrateur.',
    attendu: attendu({ erreur: 'code_inconnu' }),
  },
];
