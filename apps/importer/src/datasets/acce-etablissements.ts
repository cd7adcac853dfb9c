import { parseUaiCell } from '../values/parse-code.js';
import { regionOfDepartement } from '../values/region-of-departement.js';
import { type CsvDataset, STAGES } from './dataset.js';
import { cell, mapColumns } from './header.js';

/**
 * The ACCE establishment directory (62 columns, Latin-1), or the subset of its columns the
 * demo writes. Only the name, académie and département are kept, and the region of the
 * département.
 */
export const acceEtablissements: CsvDataset = {
  format: 'csv',
  id: 'acce-etablissements',
  label: 'Annuaire ACCE des établissements',
  stage: STAGES.referentiels,
  primary: 'etablissement',
  // The directory: its names win over those figures files give.
  publication: { rank: 3, complete: false },
  detect: (header) => header.has('numero_uai', 'appellation_officielle'),
  open(header) {
    const mapped = mapColumns(header, {
      uai: { names: ['numero_uai'] },
      appellation: { names: ['appellation_officielle'] },
      denomination: { names: ['denomination_principale'], required: false },
      academie: { names: ['academie'], required: false },
      departement: { names: ['departement_insee_3'], required: false },
    });
    if (!mapped.ok) return mapped;
    const { index } = mapped;
    return {
      row(fields, line, sink) {
        const problems: string[] = [];
        const uai = parseUaiCell(cell(fields, index.uai), 'numero_uai', problems);
        if (uai === null && problems.length === 0) problems.push('numero_uai : code absent');
        const academie = cell(fields, index.academie);
        if (academie !== '' && !/^\d{2}$/.test(academie)) {
          problems.push(`academie : « ${academie} » n’est pas un code d’académie`);
        }
        const departement = cell(fields, index.departement);
        if (departement !== '' && !/^(?:\d{3}|02[AB])$/.test(departement)) {
          problems.push(
            `departement_insee_3 : « ${departement} » n’est pas un code de département`,
          );
        }
        if (uai === null || problems.length > 0) {
          for (const problem of problems) sink.reject(line, problem);
          return;
        }
        sink.emit(
          'etablissement',
          {
            uai,
            libelle: cell(fields, index.appellation) || cell(fields, index.denomination) || null,
            region_code: departement === '' ? null : regionOfDepartement(departement),
            academie_code: academie || null,
            departement_code: departement || null,
          },
          line,
        );
      },
    };
  },
};
