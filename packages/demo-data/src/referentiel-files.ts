import { csvFile } from './csv-text.js';
import { ETABLISSEMENTS_LISTE } from './etablissements.js';
import { DEPARTEMENTS } from './territoires.js';

/** Départements → académies → régions, in the shared referential's format (UTF-8 BOM, `;`). */
export function territoiresFile(): Buffer {
  return csvFile(
    { separator: ';', encoding: 'utf8', bom: true },
    [
      'libelleRegion',
      'codeAcademie',
      'codeRegion',
      'codeDepartement',
      'libelleAcademie',
      'libelleDepartement',
    ],
    DEPARTEMENTS.map((d) => [
      d.libelleRegion,
      d.academie,
      d.region,
      d.code,
      d.libelleAcademie,
      d.libelle,
    ]),
  );
}

/**
 * The establishments in the ACCE directory's format (Latin-1, `;`), keeping only the
 * columns the importer reads.
 */
export function etablissementsFile(): Buffer {
  return csvFile(
    { separator: ';', encoding: 'latin1', bom: false },
    [
      'numero_uai',
      'appellation_officielle',
      'denomination_principale',
      'academie',
      'departement_insee_3',
      'commune_libe',
    ],
    ETABLISSEMENTS_LISTE.map((e) => [
      e.uai,
      e.appellation,
      e.denomination,
      e.academie,
      e.departement,
      e.commune,
    ]),
  );
}
