import type { Rates } from '@inserjeunes/contract';
import { buildIndicateur, type Published } from '../figures/build-indicateur.js';
import { parseMillesimeCell, parseUaiCell } from '../values/parse-code.js';
import { parseRateInteger } from '../values/parse-rate.js';
import { regionByLabel } from '../values/region-by-label.js';
import { type CsvDataset, STAGES } from './dataset.js';
import { EstablishmentNames } from './establishment-name.js';
import { cell, mapColumns } from './header.js';

/**
 * The official CFA dataset (`fr-en-inserjeunes-cfa`): one line per CFA and `cumul YYYY-YYYY`,
 * with shares over all apprentices (`DEVENIR Part …`), rates over leavers (`Taux emploi X
 * mois`), the expected rate and the value added. Stored at the establishment scope.
 */
export const inserjeunesCfa: CsvDataset = {
  format: 'csv',
  id: 'inserjeunes-cfa',
  label: 'InserJeunes par CFA (fr-en-inserjeunes-cfa)',
  stage: STAGES.figuresDetaillees,
  primary: 'indicateur',
  // The official CFA dataset, as a whole: it wins over the DEPP's yearly files.
  publication: { rank: 2, complete: true },
  detect: (header) => header.has('Année', 'UAI', 'DEVENIR Part poursuite études'),
  open(header) {
    const mapped = mapColumns(header, {
      annee: { names: ['Année'] },
      uai: { names: ['UAI'] },
      libelle: { names: ['Libellé'], required: false },
      region: { names: ['Région'], required: false },
      partPoursuite: { names: ['DEVENIR Part poursuite études'] },
      partEmploi: { names: ['DEVENIR Part en emploi 6 mois'] },
      partAutres: { names: ['DEVENIR Part autre situation 6 mois'] },
      interrompus: { names: ['Part contrats apprentissage interrompus'], required: false },
      tauxPoursuite: { names: ['Taux poursuite études'], required: false },
      t6: { names: ['Taux emploi 6 mois'] },
      attendu: { names: ['Taux emploi 6 mois attendu'], required: false },
      va: { names: ['VA emploi 6 mois'], required: false },
      t12: { names: ['Taux emploi 12 mois'], required: false },
      t18: { names: ['Taux emploi 18 mois'], required: false },
      t24: { names: ['Taux emploi 24 mois'], required: false },
    });
    if (!mapped.ok) return mapped;
    const { index } = mapped;
    const names = new EstablishmentNames();
    return {
      row(fields, line, sink) {
        const problems: string[] = [];
        const millesime = parseMillesimeCell(cell(fields, index.annee), 'Année', problems);
        const uai = parseUaiCell(cell(fields, index.uai), 'UAI', problems);
        if (uai === null && problems.length === 0) problems.push('UAI : code absent');
        const regionLabel = cell(fields, index.region);
        const region = regionLabel === '' ? null : regionByLabel(regionLabel);
        if (regionLabel !== '' && region === null)
          problems.push(`Région : « ${regionLabel} » inconnue`);
        const rate = (position: number, column: string) =>
          parseRateInteger(cell(fields, position), column, problems);
        const shares: Partial<Rates> = {
          taux_en_formation: rate(index.partPoursuite, 'DEVENIR Part poursuite études'),
          taux_en_emploi_6_mois: rate(index.partEmploi, 'DEVENIR Part en emploi 6 mois'),
          taux_autres_6_mois: rate(index.partAutres, 'DEVENIR Part autre situation 6 mois'),
        };
        rate(index.tauxPoursuite, 'Taux poursuite études');
        const published: Published = {
          part_contrats_interrompus: rate(
            index.interrompus,
            'Part contrats apprentissage interrompus',
          ),
          taux_emploi_sortants_6_mois: rate(index.t6, 'Taux emploi 6 mois'),
          taux_emploi_attendu_6_mois: rate(index.attendu, 'Taux emploi 6 mois attendu'),
          valeur_ajoutee_6_mois: parseRateInteger(
            cell(fields, index.va),
            'VA emploi 6 mois',
            problems,
            -100,
            100,
          ),
          taux_emploi_sortants_12_mois: rate(index.t12, 'Taux emploi 12 mois'),
          taux_emploi_sortants_18_mois: rate(index.t18, 'Taux emploi 18 mois'),
          taux_emploi_sortants_24_mois: rate(index.t24, 'Taux emploi 24 mois'),
        };
        if (uai === null || millesime === null || problems.length > 0) {
          for (const problem of problems) sink.reject(line, problem);
          return;
        }
        sink.emit(
          'indicateur',
          buildIndicateur({
            scope: 'etablissement',
            millesime,
            filiere: 'apprentissage',
            code: null,
            code_type: null,
            uai,
            shares,
            published,
            fictif: false,
          }),
          line,
        );
        names.emit(sink, line, uai, cell(fields, index.libelle), region);
      },
    };
  },
};
