import type { Filiere, Rates } from '@inserjeunes/contract';
import { buildIndicateur, type Published } from '../figures/build-indicateur.js';
import { parseCode, parseMillesimeCell, parseUaiCell } from '../values/parse-code.js';
import { parseRateInteger } from '../values/parse-rate.js';
import { regionByLabel } from '../values/region-by-label.js';
import { type CsvDataset, type CsvRowReader, STAGES } from './dataset.js';
import { EstablishmentNames } from './establishment-name.js';
import { cell, type Header, mapColumns } from './header.js';

/** The columns both formation-level files share, after their code column. */
const SHARES = {
  poursuite: 'part_en_poursuite_d_etudes',
  emploi: 'part_en_emploi_6_mois_apres_la_sortie',
  autres: 'part_des_autres_situations',
} as const;
const LEAVERS = [6, 12, 18, 24] as const;

/** The CFD column of the apprenticeship file, under the names it may take. */
const CFD_COLUMNS = ['code_formation_diplome', 'code_formation_cfd', 'cfd', 'code_formation'];

/**
 * How one formation-level file names its training: the school route's MEFSTAT11 or the
 * apprenticeship's CFD, and the filière its rows describe.
 */
interface Route {
  codeColumns: readonly string[];
  codeType: 'MEFSTAT11' | 'CFD';
  filiere: Filiere;
}

function formationFineReader(header: Header, route: Route): CsvRowReader | { problems: string[] } {
  const mapped = mapColumns(header, {
    annee: { names: ['annee'] },
    uai: { names: ['uai'] },
    libelle: { names: ['libelle'], required: false },
    region: { names: ['region'], required: false },
    code: { names: route.codeColumns },
    poursuite: { names: [SHARES.poursuite] },
    emploi: { names: [SHARES.emploi] },
    autres: { names: [SHARES.autres] },
    tauxPoursuite: { names: ['taux_poursuite_etudes'], required: false },
    t6: { names: ['taux_emploi_6_mois'], required: false },
    t12: { names: ['taux_emploi_12_mois'], required: false },
    t18: { names: ['taux_emploi_18_mois'], required: false },
    t24: { names: ['taux_emploi_24_mois'], required: false },
  });
  if (!mapped.ok) return mapped;
  const { index } = mapped;
  const codeColumn = route.codeColumns[0] ?? 'code';
  const leaverColumns = { 6: index.t6, 12: index.t12, 18: index.t18, 24: index.t24 };
  const names = new EstablishmentNames();
  return {
    row(fields, line, sink) {
      const problems: string[] = [];
      const millesime = parseMillesimeCell(cell(fields, index.annee), 'annee', problems);
      const uai = parseUaiCell(cell(fields, index.uai), 'uai', problems);
      if (uai === null && problems.length === 0) problems.push('uai : code absent');
      const code = parseCode(cell(fields, index.code), codeColumn, problems, route.codeType);
      if (code === null && problems.length === 0) problems.push(`${codeColumn} : code absent`);
      const regionLabel = cell(fields, index.region);
      const region = regionLabel === '' ? null : regionByLabel(regionLabel);
      if (regionLabel !== '' && region === null) {
        problems.push(`region : « ${regionLabel} » inconnue`);
      }
      const rate = (position: number, column: string) =>
        parseRateInteger(cell(fields, position), column, problems);
      const poursuite = rate(index.poursuite, SHARES.poursuite);
      const tauxPoursuite = rate(index.tauxPoursuite, 'taux_poursuite_etudes');
      const shares: Partial<Rates> = {
        // Both are over final-year students; older cumuls publish only the second.
        taux_en_formation: poursuite ?? tauxPoursuite,
        taux_en_emploi_6_mois: rate(index.emploi, SHARES.emploi),
        taux_autres_6_mois: rate(index.autres, SHARES.autres),
      };
      const published: Published = {};
      for (const h of LEAVERS) {
        published[`taux_emploi_sortants_${h}_mois`] = rate(
          leaverColumns[h],
          `taux_emploi_${h}_mois`,
        );
      }
      if (uai === null || code === null || millesime === null || problems.length > 0) {
        for (const problem of problems) sink.reject(line, problem);
        return;
      }
      if (poursuite !== null && tauxPoursuite !== null && poursuite !== tauxPoursuite) {
        sink.warn(
          line,
          `${SHARES.poursuite} (${poursuite}) et taux_poursuite_etudes (${tauxPoursuite}) diffèrent : le premier est servi`,
        );
      }
      const { taux_en_formation: f, taux_en_emploi_6_mois: e, taux_autres_6_mois: a } = shares;
      if (f != null && e != null && a != null && f + e + a !== 100) {
        sink.warn(
          line,
          `les trois parts publiées font ${f + e + a} et non 100 : servies telles quelles`,
        );
      }
      const empty =
        Object.values(shares).every((value) => value === null) &&
        Object.values(published).every((value) => value === null);
      sink.emit(
        'indicateur',
        buildIndicateur({
          scope: 'formation',
          millesime,
          filiere: route.filiere,
          code: code.code,
          code_type: code.type,
          cfd: code.type === 'CFD' ? code.code : null,
          uai,
          shares,
          published,
          // An empty row is a group the source withheld itself: not our threshold.
          withheld: empty ? 'masque_par_la_source' : null,
          fictif: false,
        }),
        line,
      );
      names.emit(sink, line, uai, cell(fields, index.libelle), region);
    },
  };
}

/**
 * The official formation-level file of the school route
 * (`fr-en-inserjeunes-lycee_pro-formation-fine`): lycée × MEFSTAT11 × `cumul YYYY-YYYY`,
 * rates without counts. The three `part_*` are the headline shares over final-year students
 * (served as `taux_en_formation`, `taux_en_emploi_6_mois`, `taux_autres_6_mois`); the
 * `taux_emploi_*` are over leavers and kept apart (`taux_emploi_sortants_*`). Nothing is
 * recomputed; a row with every cell empty is a group the source withheld.
 */
export const inserjeunesFormationFineLycee: CsvDataset = {
  format: 'csv',
  id: 'inserjeunes-formation-fine-lycee',
  label: 'InserJeunes par lycée et formation (fr-en-inserjeunes-lycee_pro-formation-fine)',
  stage: STAGES.figuresDetaillees,
  primary: 'indicateur',
  detect: (header) =>
    header.has('annee', 'uai', 'code_formation_mefstat11', SHARES.emploi, SHARES.poursuite),
  open: (header) =>
    formationFineReader(header, {
      codeColumns: ['code_formation_mefstat11'],
      codeType: 'MEFSTAT11',
      filiere: 'scolaire',
    }),
};

/**
 * Its apprenticeship twin (`fr-en-inserjeunes-cfa-formation_fine`): CFA × CFD, the same
 * columns with a CFD instead of the MEFSTAT11, read by the same rules.
 */
export const inserjeunesFormationFineCfa: CsvDataset = {
  format: 'csv',
  id: 'inserjeunes-formation-fine-cfa',
  label: 'InserJeunes par CFA et formation (fr-en-inserjeunes-cfa-formation_fine)',
  stage: STAGES.figuresDetaillees,
  primary: 'indicateur',
  detect: (header) =>
    header.has('annee', 'uai', SHARES.emploi, SHARES.poursuite) &&
    !header.has('code_formation_mefstat11') &&
    CFD_COLUMNS.some((name) => header.has(name)),
  open: (header) =>
    formationFineReader(header, {
      codeColumns: CFD_COLUMNS,
      codeType: 'CFD',
      filiere: 'apprentissage',
    }),
};
