import type { RegionDemo } from './territoires.js';

/**
 * An establishment of the demo. Names and UAI are invented, and every name says so; the
 * UAI have valid check letters, start with their département like real ones, and a test
 * makes sure none of them belongs to a real establishment of the shared data.
 */
export interface EtablissementDemo {
  uai: string;
  appellation: string;
  denomination: string;
  commune: string;
  departement: string;
  academie: string;
  region: RegionDemo;
}

/** Short names the figures plan and the cases refer to. */
export const ETABLISSEMENTS = {
  canuts: {
    uai: '0699901M',
    appellation: 'Lycée professionnel fictif des Canuts',
    denomination: 'LYCEE PROFESSIONNEL',
    commune: 'Lyon',
    departement: '069',
    academie: '10',
    region: '84',
  },
  cfaRhone: {
    uai: '0699902N',
    appellation: 'CFA fictif des métiers de bouche du Rhône',
    denomination: "CENTRE DE FORMATION D'APPRENTIS",
    commune: 'Villeurbanne',
    departement: '069',
    academie: '10',
    region: '84',
  },
  canal: {
    uai: '0759903G',
    appellation: 'Lycée polyvalent fictif du Canal',
    denomination: 'LYCEE POLYVALENT',
    commune: 'Paris',
    departement: '075',
    academie: '01',
    region: '11',
  },
  vieuxPort: {
    uai: '0139904V',
    appellation: 'Lycée professionnel fictif du Vieux-Port',
    denomination: 'LYCEE PROFESSIONNEL',
    commune: 'Marseille',
    departement: '013',
    academie: '02',
    region: '93',
  },
  beffrois: {
    uai: '0599905W',
    appellation: 'Lycée professionnel fictif des Beffrois',
    denomination: 'LYCEE PROFESSIONNEL',
    commune: 'Lille',
    departement: '059',
    academie: '09',
    region: '32',
  },
  cfaVilaine: {
    uai: '0359906C',
    appellation: 'CFA fictif de la Vilaine',
    denomination: "CENTRE DE FORMATION D'APPRENTIS",
    commune: 'Rennes',
    departement: '035',
    academie: '14',
    region: '53',
  },
  baieDesAnges: {
    uai: '0069907L',
    appellation: 'Université fictive de la Baie des Anges',
    denomination: 'UNIVERSITE',
    commune: 'Nice',
    departement: '006',
    academie: '23',
    region: '93',
  },
  confluent: {
    uai: '0699908V',
    appellation: 'Université fictive du Confluent',
    denomination: 'UNIVERSITE',
    commune: 'Lyon',
    departement: '069',
    academie: '10',
    region: '84',
  },
  plaine: {
    uai: '0939909R',
    appellation: 'Lycée professionnel fictif de la Plaine',
    denomination: 'LYCEE PROFESSIONNEL',
    commune: 'Saint-Denis',
    departement: '093',
    academie: '24',
    region: '11',
  },
} as const satisfies Record<string, EtablissementDemo>;

export type EtablissementId = keyof typeof ETABLISSEMENTS;

export const ETABLISSEMENTS_LISTE: readonly EtablissementDemo[] = Object.values(ETABLISSEMENTS);
