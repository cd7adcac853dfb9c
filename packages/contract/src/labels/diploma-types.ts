// The diploma type a readable label starts with, from the BCN level of the diploma
// (NIVEAU_FORMATION_DIPLOME), in the words a pupil or a student uses. The BCN's own level
// labels are capitals and abbreviations too ("BAC PRO AG", "LIC PRO").

/**
 * BCN level code (3 characters) or SISE diploma type (2, TYPE_DIPLOME_SISE, for a
 * higher-education diploma) → the diploma type, as a reader names it.
 */
export const DIPLOMA_TYPES: ReadonlyMap<string, string> = new Map([
  ['DC', 'Licence'],
  ['DJ', 'Licence'],
  ['DL', 'Licence pro'],
  ['DP', 'Licence pro'],
  ['DR', 'BUT'],
  ['FI', 'Diplôme d’ingénieur'],
  ['FN', 'Diplôme d’ingénieur'],
  ['XA', 'Licence'],
  ['XB', 'Master'],
  ['XC', 'Master'],
  ['XD', 'Master MEEF'],
  ['010', 'MC'],
  ['013', 'MC agricole'],
  ['100', 'Doctorat'],
  ['120', 'DEA'],
  ['125', 'Master recherche'],
  ['130', 'DESS'],
  ['135', 'Master pro'],
  ['145', 'Master'],
  ['155', 'Diplôme grade master'],
  ['165', 'Diplôme visé grade master'],
  ['170', 'Diplôme d’ingénieur'],
  ['200', 'Licence'],
  ['205', 'Licence'],
  ['236', 'DESJEPS'],
  ['237', 'DESJEPS'],
  ['240', 'DSAA'],
  ['241', 'DN MADE'],
  ['250', 'Licence pro'],
  ['251', 'BUT'],
  ['255', 'Diplôme grade licence'],
  ['265', 'Diplôme visé grade licence'],
  ['320', 'BTS'],
  ['321', 'DMA'],
  ['323', 'BTSA'],
  ['336', 'DEJEPS'],
  ['337', 'DEJEPS'],
  ['350', 'DUT'],
  ['355', 'DEUST'],
  ['363', 'CSA'],
  ['370', 'CPGE'],
  ['400', 'Bac pro'],
  ['401', 'BMA'],
  ['403', 'Bac pro agricole'],
  ['420', 'BT'],
  ['423', 'BTA'],
  ['430', 'Bac techno'],
  ['433', 'Bac techno agricole'],
  ['446', 'BPJEPS'],
  ['447', 'BPJEPS'],
  ['450', 'BP'],
  ['453', 'BPA'],
  ['461', 'CS'],
  ['463', 'CSA'],
  ['470', 'Bac général'],
  ['500', 'CAP'],
  ['503', 'CAPA'],
  ['510', 'BEP'],
  ['513', 'BEPA'],
  ['553', 'BPA'],
  ['561', 'CS'],
  ['563', 'CSA'],
]);

/**
 * Titles of other ministries and bodies, registered at a level (`56T` is a level-5 title of
 * the ministry of labour): a titre professionnel, or another certified title.
 */
export function titleType(level: string): string | null {
  if (!/^[1-5](?:6[A-Z]|ZZ)$/.test(level) && !/^[1-5]64$/.test(level)) return null;
  return level.endsWith('6T') ? 'Titre professionnel' : 'Titre certifié';
}

/**
 * How the BCN names a diploma type at the end of a long label, in parentheses:
 * "(BAC PRO)", "(LP VERSAILLES)", "(MC NIVEAU IV)", "(TP)". Longest first: the words that
 * follow (a university, a level) are kept.
 */
export const TYPE_TOKENS: readonly string[] = [
  'BAC PRO AG',
  'BAC PRO',
  'BAC TECHNO',
  'BAC TEC AG',
  'BAC GENE',
  'LICENCE PRO',
  'LICENCE',
  'LIC LMD',
  'LIC PRO',
  'LIC',
  'LP',
  'MASTER PRO',
  'MASTER R',
  'MASTER',
  'MC AG',
  'MC',
  'BTSA',
  'BTS',
  'CAPA',
  'CAP',
  'BEPA',
  'BEP',
  'BPA',
  'BP JEPS',
  'BP',
  'BMA',
  'DMA',
  'DNMADE',
  'DSAA',
  'DUT',
  'BUT',
  'DEUST',
  'DESS',
  'DEA',
  'CSA',
  'CS3',
  'CS4',
  'CS',
  'BTA',
  'BTN',
  'BT',
  'TP',
  'TH1',
  'TH2',
  'TH3',
  'TH4',
  'TH5',
  'TH',
  'ING-NFI',
  'ING',
];
