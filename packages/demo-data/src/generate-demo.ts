import {
  diplomeSiseFile,
  famillesMetiersFile,
  formationDiplomeFile,
  mefFile,
  niveauFormationFile,
} from './bcn-files.js';
import { casFile } from './cas-file.js';
import { generateIndicateurs } from './generate-indicateurs.js';
import { indicateursFile } from './indicateurs-file.js';
import { etablissementsFile, territoiresFile } from './referentiel-files.js';

export interface DemoFile {
  name: string;
  contents: Buffer;
}

/**
 * Every file of the demo dataset, built in memory: the same bytes on every run and every
 * machine (no clock, no environment, no shared data read).
 */
export function generateDemo(): DemoFile[] {
  const rows = generateIndicateurs();
  return [
    { name: 'acce_etablissements.csv', contents: etablissementsFile() },
    { name: 'cas.json', contents: casFile(rows) },
    { name: 'departements_academies_regions.csv', contents: territoiresFile() },
    { name: 'familles_metiers.csv', contents: famillesMetiersFile() },
    { name: 'indicateurs.csv', contents: indicateursFile(rows) },
    { name: 'n_diplome_sise.csv', contents: diplomeSiseFile() },
    { name: 'n_formation_diplome.csv', contents: formationDiplomeFile() },
    { name: 'n_mef.csv', contents: mefFile() },
    { name: 'n_niveau_formation_diplome.csv', contents: niveauFormationFile() },
  ];
}
