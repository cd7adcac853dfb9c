// The acronyms a readable label keeps in capitals: diplomas and their series, the bodies
// that award titles, and terms of trade read letter by letter. Every other word of a label
// is written in lower case (or with a capital, in a proper name); the test on every
// official label holds the readable labels to this list. A word that is also an everyday
// French word ("DE", "ES", "SPA") is not listed: it would stay in capitals in every label.

const LIST = `
AFPA AFTRAL ANFA APCMA ASSP BAFA BAFD BEP BEPA BEPM BIM BMA BMS BP BPA BPJEPS BT BTA BTM
BTN BTP BTS BTSA BTSM BUT CAO CAP CAPA CAPM CCI CCIP CESI CFA CFAO CFP CFPPA CGEA CMA CNAM
CPA CPGE CPNE CQP CS CSA CTM CY DAEU DAO DCG DEA DECF DEJEPS DESJEPS DESS DEUG DEUST DFES
DMA DN DNB DNMADE DNTS DRT DSAA DSCG DSP DTS DUT ECAD ECAM EDF EFAA EFREI EGC ENS ENSAM
ERP ESA ESC ESGCV ESIEE ESSEC FCIL FCIP GEA GIP GMAO GRETA GRH HACCP HSE ICD IDF IEF IESA
IFOCOP IGS IMT INA INSEEC INU IPAC IPI IRUP ISART IT IUP IUT JEPS LMD LV MADE MANAA MBA MEEF MC MELEC
MIAGE MJM MLDS MS MSPC MST NFI NTIC PACA PAO PGE PME PMI PPA PSE QHSE QSE RH RNCP SAV SEGPA
SIG SMS SNCF SST SSIAP STAE STAPS STAV STD STG STI STL STMG STPA STT SVT TBS TIC TMD TOM
TPE UE UFR UNMFREO VTC
`;

/** Acronyms, in capitals. */
export const ACRONYMS: ReadonlySet<string> = new Set(LIST.split(/\s+/).filter(Boolean));

/** Roman numerals, as levels are written ("niveau IV"). */
const ROMAN = /^(?:X{0,3})(?:IX|IV|V?I{0,3})$/;

/** Whether a word written in capitals stays so: an acronym, a roman numeral or one letter (an option, a series). */
export function isAcronym(word: string): boolean {
  return ACRONYMS.has(word) || (word !== '' && ROMAN.test(word)) || /^\p{Lu}$/u.test(word);
}
