import { parseRegion } from '@inserjeunes/contract';
import { buildIndicateur } from '../figures/build-indicateur.js';
import { checkCounts } from '../figures/check-counts.js';
import { parseCode, parseMillesimeCell } from '../values/parse-code.js';
import { parseRateInteger } from '../values/parse-rate.js';
import { countColumns, countReader } from './count-columns.js';
import { type CsvDataset, STAGES } from './dataset.js';
import { cell, mapColumns } from './header.js';

/**
 * The InserJeunes extract by region × certification × millésime × voie
 * (`ij_region_data.csv`). School-route rows are keyed on the final-year MEFSTAT11, apprentice
 * rows on the CFD. Its `taux_emploi_X_mois` are over leavers, so they are kept as
 * `taux_emploi_sortants_X_mois`; the shares over the final-year population are recomputed.
 */
export const inserjeunesRegional: CsvDataset = {
  format: 'csv',
  id: 'inserjeunes-regional',
  label: 'InserJeunes par région et certification',
  stage: STAGES.figures,
  primary: 'indicateur',
  // The official regional dataset, as a whole.
  publication: { rank: 1, complete: true },
  detect: (header) =>
    header.has('millesime', 'code_region', 'voie', 'nb_annee_term') && header.has('mefstat11'),
  open(header) {
    const mapped = mapColumns(header, {
      millesime: { names: ['millesime'] },
      region: { names: ['code_region'] },
      voie: { names: ['voie'] },
      cfd: { names: ['cfd'] },
      mefstat11: { names: ['mefstat11'] },
      ...countColumns('all'),
      t6: { names: ['taux_emploi_6_mois'], required: false },
      t12: { names: ['taux_emploi_12_mois'], required: false },
      t18: { names: ['taux_emploi_18_mois'], required: false },
      t24: { names: ['taux_emploi_24_mois'], required: false },
      tPoursuite: { names: ['taux_poursuite_etudes'], required: false },
    });
    if (!mapped.ok) return mapped;
    const { index } = mapped;
    const readCounts = countReader(index);
    return {
      lookedUpOnly: true,
      row(fields, line, sink) {
        const problems: string[] = [];
        const millesime = parseMillesimeCell(cell(fields, index.millesime), 'millesime', problems);
        const regionRaw = cell(fields, index.region);
        const region = /^\d{2}$/.test(regionRaw) ? parseRegion(regionRaw) : null;
        if (region === null || !region.ok) {
          problems.push(`code_region : « ${regionRaw} » n’est pas un code de région INSEE`);
        }
        const voie = cell(fields, index.voie);
        let code = null;
        if (voie === 'scolaire') {
          code = parseCode(cell(fields, index.mefstat11), 'mefstat11', problems, 'MEFSTAT11');
          if (code === null && problems.length === 0)
            problems.push('mefstat11 : code absent pour la voie scolaire');
        } else if (voie === 'apprentissage') {
          code = parseCode(cell(fields, index.cfd), 'cfd', problems, 'CFD');
          if (code === null && problems.length === 0)
            problems.push('cfd : code absent pour l’apprentissage');
        } else {
          problems.push(`voie : « ${voie} » inconnue (attendu scolaire ou apprentissage)`);
        }
        const counts = readCounts(fields, problems);
        const published = {
          taux_emploi_sortants_6_mois: parseRateInteger(
            cell(fields, index.t6),
            'taux_emploi_6_mois',
            problems,
          ),
          taux_emploi_sortants_12_mois: parseRateInteger(
            cell(fields, index.t12),
            'taux_emploi_12_mois',
            problems,
          ),
          taux_emploi_sortants_18_mois: parseRateInteger(
            cell(fields, index.t18),
            'taux_emploi_18_mois',
            problems,
          ),
          taux_emploi_sortants_24_mois: parseRateInteger(
            cell(fields, index.t24),
            'taux_emploi_24_mois',
            problems,
          ),
        };
        parseRateInteger(cell(fields, index.tPoursuite), 'taux_poursuite_etudes', problems);
        if (problems.length === 0) checkCounts(counts, problems);
        if (
          problems.length > 0 ||
          millesime === null ||
          code === null ||
          region === null ||
          !region.ok
        ) {
          for (const problem of problems) sink.reject(line, problem);
          return;
        }
        sink.emit(
          'indicateur',
          buildIndicateur({
            scope: 'regional',
            millesime,
            filiere: voie === 'scolaire' ? 'scolaire' : 'apprentissage',
            code: code.code,
            code_type: code.type,
            region_code: region.value.code,
            counts,
            published,
            fictif: false,
          }),
          line,
        );
      },
    };
  },
};
