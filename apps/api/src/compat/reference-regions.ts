/**
 * The InserJeunes code of each region (`code_region_academique`), which the reference
 * service gives beside the INSEE code, and its académies.
 */
const TABLE: ReadonlyArray<readonly [insee: string, academique: string, academies: string]> = [
  ['00', '00', '40 41 42 44 77 78'],
  ['01', '07', '32'],
  ['02', '12', '31'],
  ['03', '08', '33'],
  ['04', '11', '28'],
  ['06', '13', '43'],
  ['11', '10', '01 24 25'],
  ['24', '04', '18'],
  ['27', '02', '07 03'],
  ['28', '14', '70'],
  ['32', '09', '20 09'],
  ['44', '06', '19 12 15'],
  ['52', '17', '17'],
  ['53', '03', '14'],
  ['75', '15', '13 22 04'],
  ['76', '16', '16 11'],
  ['84', '01', '10 06 08'],
  ['93', '18', '02 23'],
  ['94', '05', '27'],
];

const ACADEMIQUE = new Map(TABLE.map(([insee, academique]) => [insee, academique]));

/** The académie codes the reference service accepts in `academies`. */
export const ACADEMIE_CODES: ReadonlySet<string> = new Set(
  TABLE.flatMap(([, , academies]) => academies.split(' ')),
);

/** The InserJeunes region code of an INSEE region code, when it has one. */
export function codeRegionAcademique(insee: string): string | undefined {
  return ACADEMIQUE.get(insee);
}

/** Overseas collectivities (département 975, 984, 986…989): the reference's region `00`. */
export const COLLECTIVITES_OUTRE_MER = { code: '00', libelle: 'Collectivités d’outre-mer' };
const COLLECTIVITES_DEPARTEMENTS = new Set(['975', '984', '986', '987', '988', '989']);

export function isCollectiviteOutreMer(postalCode: string): boolean {
  return COLLECTIVITES_DEPARTEMENTS.has(postalCode.slice(0, 3));
}
