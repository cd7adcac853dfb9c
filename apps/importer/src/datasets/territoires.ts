import { parseRegion } from '@inserjeunes/contract';
import { type CsvDataset, STAGES } from './dataset.js';
import { cell, mapColumns } from './header.js';

const REGION = /^\d{2}$/;
const ACADEMIE = /^\d{2}$/;
const DEPARTEMENT = /^(?:\d{3}|02[AB])$/;

/**
 * Départements → académies → régions. The file also lists pseudo-entries (overseas
 * collectivities under region `00`, "sans objet" under `99`, académies `#` and `$`): they are
 * no INSEE region, so their lines are read, checked for form, and not stored.
 */
export const territoires: CsvDataset = {
  format: 'csv',
  id: 'departements-academies-regions',
  label: 'Départements, académies et régions',
  stage: STAGES.territoires,
  primary: 'departement',
  detect: (header) => header.has('codeDepartement', 'codeAcademie', 'codeRegion'),
  open(header) {
    const mapped = mapColumns(header, {
      region: { names: ['codeRegion'] },
      regionLibelle: { names: ['libelleRegion'] },
      academie: { names: ['codeAcademie'] },
      academieLibelle: { names: ['libelleAcademie'] },
      departement: { names: ['codeDepartement'] },
      departementLibelle: { names: ['libelleDepartement'] },
    });
    if (!mapped.ok) return mapped;
    const { index } = mapped;
    return {
      row(fields, line, sink) {
        const region = cell(fields, index.region);
        const academie = cell(fields, index.academie);
        const departement = cell(fields, index.departement);
        if (!REGION.test(region)) {
          sink.reject(line, `codeRegion : « ${region} » n’est pas un code de région (2 chiffres)`);
          return;
        }
        if (!parseRegion(region).ok) {
          sink.ignore(line);
          return;
        }
        const problems: string[] = [];
        if (!ACADEMIE.test(academie))
          problems.push(`codeAcademie : « ${academie} » n’est pas un code d’académie`);
        if (departement !== '' && !DEPARTEMENT.test(departement)) {
          problems.push(
            `codeDepartement : « ${departement} » n’est pas un code de département (3 caractères)`,
          );
        }
        const regionLibelle = cell(fields, index.regionLibelle);
        const academieLibelle = cell(fields, index.academieLibelle);
        if (regionLibelle === '') problems.push('libelleRegion : libellé absent');
        if (academieLibelle === '') problems.push('libelleAcademie : libellé absent');
        if (problems.length > 0) {
          for (const problem of problems) sink.reject(line, problem);
          return;
        }
        sink.emit('region', { code: region, libelle: regionLibelle }, line);
        sink.emit(
          'academie',
          { code: academie, libelle: academieLibelle, region_code: region },
          line,
        );
        if (departement !== '') {
          sink.emit(
            'departement',
            {
              code: departement,
              libelle: cell(fields, index.departementLibelle) || departement,
              academie_code: academie,
              region_code: region,
            },
            line,
          );
        }
      },
    };
  },
};
