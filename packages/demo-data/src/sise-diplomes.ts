/**
 * A higher-education diploma (SISE code) in the shape of the BCN table `N_DIPLOME_SISE`.
 * The shared data holds only four SISE codes with a label (see docs/formats/indicateurs-csv.md):
 * the demo uses those four and no other, so it has no BUT.
 */
export interface DiplomeSise {
  code: string;
  /** SISE diploma type (`DP` licence professionnelle, `XD` master enseignement, `DJ` licence IUP). */
  type: string;
  intitule1: string;
  intitule2: string;
  groupeSpecialite: string;
  lettreSpecialite: string;
  secteurDisciplinaire: string;
  citeDomaine: string;
  ouverture: string;
  fermeture: string | null;
  /** Where the label comes from in `../shared/data`, for the test that checks it. */
  source: 'insersup-api' | 'insersup-long' | 'bcn-sise';
}

const sise = (
  code: string,
  type: string,
  intitule1: string,
  source: DiplomeSise['source'],
  rest: Partial<DiplomeSise> = {},
): DiplomeSise => ({
  code,
  type,
  intitule1,
  intitule2: '',
  groupeSpecialite: '',
  lettreSpecialite: '',
  secteurDisciplinaire: '',
  citeDomaine: '',
  ouverture: '',
  fermeture: null,
  source,
  ...rest,
});

/**
 * Labels as published by InserSup or the BCN. The type of the first three follows from
 * InserSup's `type_diplome` (licence_pro, master_MEEF); the fourth is the BCN's own row.
 */
export const DIPLOMES_SISE: readonly DiplomeSise[] = [
  sise('2400074', 'DP', 'MANAGEMENT ET GESTION DES ORGANISATIONS', 'insersup-api'),
  sise('2400075', 'DP', 'MANAGEMENT ET GESTION DES ORGANISATIONS', 'insersup-api'),
  sise(
    '2500249',
    'XD',
    "METIERS DE L'ENSEIGNEMENT, DE L'EDUCATION ET DE LA FORMATION (MEEF), 2e DEGRE",
    'insersup-long',
  ),
  sise('2001235', 'DJ', 'INGENIERIE DU COMMERCE ET DE LA VENTE', 'bcn-sise', {
    intitule2: 'GESTION COMMERCIALE DES P M E',
    groupeSpecialite: '312',
    lettreSpecialite: 'P',
    secteurDisciplinaire: '39',
    citeDomaine: '341',
    fermeture: '31/08/2000',
  }),
];
