/**
 * The départements of the demo with their académie and région: INSEE and Education codes and
 * names as in `referentiels/departements_academies_regions.csv` (checked by a test).
 */
export interface Departement {
  code: string;
  libelle: string;
  academie: string;
  libelleAcademie: string;
  region: string;
  libelleRegion: string;
}

export const DEPARTEMENTS: readonly Departement[] = [
  {
    code: '069',
    libelle: 'Rhône',
    academie: '10',
    libelleAcademie: 'Lyon',
    region: '84',
    libelleRegion: 'Auvergne-Rhône-Alpes',
  },
  {
    code: '075',
    libelle: 'Paris',
    academie: '01',
    libelleAcademie: 'Paris',
    region: '11',
    libelleRegion: 'Île-de-France',
  },
  {
    code: '093',
    libelle: 'Seine-St-Denis',
    academie: '24',
    libelleAcademie: 'Créteil',
    region: '11',
    libelleRegion: 'Île-de-France',
  },
  {
    code: '013',
    libelle: 'Bouches-du-Rhône',
    academie: '02',
    libelleAcademie: 'Aix-Marseille',
    region: '93',
    libelleRegion: "Provence-Alpes-Côte d'Azur",
  },
  {
    code: '006',
    libelle: 'Alpes-Maritimes',
    academie: '23',
    libelleAcademie: 'Nice',
    region: '93',
    libelleRegion: "Provence-Alpes-Côte d'Azur",
  },
  {
    code: '059',
    libelle: 'Nord',
    academie: '09',
    libelleAcademie: 'Lille',
    region: '32',
    libelleRegion: 'Hauts-de-France',
  },
  {
    code: '035',
    libelle: 'Ille-et-Vilaine',
    academie: '14',
    libelleAcademie: 'Rennes',
    region: '53',
    libelleRegion: 'Bretagne',
  },
];

/** The regions of the demo, in a fixed order, each with its share of the national population. */
export const REGIONS_DEMO = [
  { code: '84', part: 0.13 },
  { code: '11', part: 0.17 },
  { code: '93', part: 0.08 },
  { code: '32', part: 0.1 },
  { code: '53', part: 0.05 },
] as const;
export type RegionDemo = (typeof REGIONS_DEMO)[number]['code'];
