import type { Filiere, Rates } from '@inserjeunes/contract';
import { buildIndicateur, type Published } from '../figures/build-indicateur.js';
import { isNotPublished } from '../values/not-published.js';
import { parseMillesimeCell, parseUaiCell } from '../values/parse-code.js';
import { parseRateInteger } from '../values/parse-rate.js';
import { regionByLabel } from '../values/region-by-label.js';
import { type CsvDataset, type FileInfo, type LineSink, STAGES } from './dataset.js';
import { emitEstablishmentName } from './establishment-name.js';
import { cell, type Header, normalizeName } from './header.js';

type Field =
  | 'population'
  | 'interrompus'
  | 'tauxPoursuite'
  | 'taux'
  | 'attendu'
  | 'va'
  | 'partPoursuite'
  | 'partEmploi'
  | 'partAutres'
  | 't12'
  | 't18'
  | 't24';

const NAMED: Record<string, Field> = {
  'dont apprentis en eple': 'population',
  "taux de poursuite d'etudes": 'tauxPoursuite',
  taux: 'taux',
  'taux attendu': 'attendu',
  'valeur ajoutee': 'va',
  "part en poursuite d'etudes": 'partPoursuite',
  'part en emploi 6 mois apres la sortie': 'partEmploi',
  'part des autres situations': 'partAutres',
};

/** Who a line of a lycée file describes. */
const POPULATIONS: Record<string, 'ensemble' | Filiere> = {
  ensemble: 'ensemble',
  'dont eleves en voie pro sco': 'scolaire',
  'dont apprentis': 'apprentissage',
};

/**
 * Positions of the columns of one DEPP yearly file. The 2018–2019 and 2019–2020 files leave
 * some headers blank; what they hold was worked out from the data and checked against the
 * official CFA dataset, which repeats those years with named columns:
 * - the blank just before `Taux` is the further-study rate: its values are those of
 *   `Taux poursuite études` for the same CFA and year (0010826T, 2018–2019: 38);
 * - the blank fourth column is, in an apprentice file, the share of interrupted contracts
 *   (0010826T: 41 = `Part contrats apprentissage interrompus`; empty in 2019–2020 as there),
 *   and in a lycée file the population (`ensemble`, `dont apprentis`…), so each cell is read
 *   as a population label when it is one and as a share otherwise;
 * - the blanks after `Valeur ajoutée` rise month after month and equal the CFA dataset's
 *   `Taux emploi 12 / 18 / 24 mois` (0010826T: 68, 69, 71), so they are those rates.
 * Later files name every column; none of them has the 12–24 month rates.
 */
function layout(header: Header): { positions: Partial<Record<Field, number>>; problems: string[] } {
  const positions: Partial<Record<Field, number>> = {};
  header.names.forEach((name, index) => {
    const field = NAMED[name];
    if (field !== undefined && positions[field] === undefined) positions[field] = index;
  });
  const problems: string[] = [];
  const { taux, va } = positions;
  if (taux === undefined || positions.attendu === undefined || va === undefined) {
    problems.push('colonnes « Taux », « Taux attendu » et « Valeur ajoutée » attendues');
    return { positions, problems };
  }
  const blank = (index: number) =>
    index >= 3 && index < header.length && header.names[index] === '';
  if (positions.tauxPoursuite === undefined && blank(taux - 1)) positions.tauxPoursuite = taux - 1;
  if (positions.population === undefined && blank(3)) positions.interrompus = 3;
  if (positions.partPoursuite === undefined) {
    (['t12', 't18', 't24'] as const).forEach((field, offset) => {
      if (blank(va + 1 + offset)) positions[field] = va + 1 + offset;
    });
  }
  for (const position of Object.values(positions)) header.used.add(position);
  return { positions, problems };
}

/** The millésime of a DEPP file, which only its name carries (`…-2021_2022-pro.csv`). */
export function millesimeFromFileName(name: string): string | null {
  const match = /(?:^|[^0-9])(\d{4})[_-](\d{4})(?:[^0-9]|$)/.exec(name);
  if (match === null) return null;
  const problems: string[] = [];
  return parseMillesimeCell(`${match[1]}_${match[2]}`, 'nom du fichier', problems);
}

interface Pending {
  line: number;
  population: 'ensemble' | Filiere;
  shares: Partial<Rates>;
  published: Published;
}

/**
 * The DEPP yearly files per establishment (`depp-2022-etablissements-<millésime>-pro.csv`
 * for lycées, `…-apprentissage.csv` for CFA), with their year-to-year header variations.
 * A lycée with apprentices has three lines (all, school route, apprentices): the two parts
 * are stored under their filière and the mixed whole is read but not stored; a lycée with
 * one line has school-route students only.
 */
export const deppEtablissements: CsvDataset = {
  format: 'csv',
  id: 'depp-etablissements',
  label: 'DEPP : insertion par établissement (fichiers annuels)',
  stage: STAGES.figuresDetaillees,
  primary: 'indicateur',
  // Yearly files, each the whole of its millésime and voie; the official CFA dataset, richer,
  // wins over them. Dated by the promotion they measure (`…-2022_2023` → 2023): a later
  // year's file names establishments as they are now.
  publication: {
    rank: 1,
    published: (file) => /\d{4}_(\d{4})/.exec(file.name)?.[1] ?? null,
    complete: true,
  },
  detect: (header) =>
    header.has("n°UAI de l'établissement", 'Taux attendu') ||
    header.has("n°UAI de l'établissement", 'Taux'),
  open(header: Header, file: FileInfo) {
    const millesime = millesimeFromFileName(file.name);
    if (millesime === null) {
      return {
        problems: [
          `millésime introuvable dans le nom du fichier « ${file.name} » : les fichiers DEPP ne le portent que dans leur nom (…-2021_2022-pro.csv) ; renommez le fichier en y indiquant les deux années`,
        ],
      };
    }
    const { positions, problems } = layout(header);
    if (problems.length > 0) return { problems };
    const uaiAt = header.indexOf("n°UAI de l'établissement");
    const libelleAt = header.indexOf("Libellé de l'établissement");
    const regionAt = header.indexOf('Région');
    let group: { uai: string; rows: Pending[] } | undefined;

    const flush = (sink: LineSink) => {
      if (group === undefined) return;
      const split = group.rows.some((row) => row.population !== 'ensemble');
      for (const row of group.rows) {
        if (row.population === 'ensemble' && split) {
          sink.ignore(row.line);
          continue;
        }
        const filiere: Filiere = row.population === 'ensemble' ? 'scolaire' : row.population;
        sink.emit(
          'indicateur',
          buildIndicateur({
            scope: 'etablissement',
            millesime,
            filiere,
            code: null,
            code_type: null,
            uai: group.uai,
            shares: row.shares,
            published: row.published,
            fictif: false,
          }),
          row.line,
        );
      }
      group = undefined;
    };

    return {
      row(fields, line, sink) {
        const problems: string[] = [];
        const uai = parseUaiCell(cell(fields, uaiAt), "n°UAI de l'établissement", problems);
        if (uai === null && problems.length === 0) problems.push('n°UAI : code absent');
        const regionLabel = cell(fields, regionAt);
        const region = regionByLabel(regionLabel);
        if (regionLabel !== '' && region === null)
          problems.push(`Région : « ${regionLabel} » inconnue`);
        const at = (field: Field) => cell(fields, positions[field] ?? -1);
        const rate = (field: Field, column: string) =>
          parseRateInteger(at(field), column, problems);
        let population: 'ensemble' | Filiere = 'apprentissage';
        if (positions.population !== undefined) {
          const label = normalizeName(at('population'));
          const known = POPULATIONS[label];
          if (known === undefined)
            problems.push(`Dont apprentis en EPLE : « ${at('population')} » inconnu`);
          else population = known;
        } else if (positions.interrompus !== undefined) {
          const value = at('interrompus');
          const known = POPULATIONS[normalizeName(value)];
          if (known !== undefined) population = known;
          else if (!isNotPublished(value) && !/^-?\d/.test(value)) {
            problems.push(`colonne 4 : « ${value} » n’est ni une population ni un pourcentage`);
          }
        }
        const interrompus =
          positions.interrompus !== undefined &&
          POPULATIONS[normalizeName(at('interrompus'))] === undefined
            ? rate('interrompus', 'part de contrats interrompus (colonne 4)')
            : null;
        const shares: Partial<Rates> = {
          taux_en_formation: rate('partPoursuite', "Part en poursuite d'études"),
          taux_en_emploi_6_mois: rate('partEmploi', 'Part en emploi 6 mois après la sortie'),
          taux_autres_6_mois: rate('partAutres', 'Part des autres situations'),
        };
        const tauxPoursuite = rate('tauxPoursuite', "Taux de poursuite d'études");
        // Before 2020 the files give the further-study rate only: it is the same share.
        shares.taux_en_formation ??= tauxPoursuite;
        const published: Published = {
          taux_emploi_sortants_6_mois: rate('taux', 'Taux'),
          taux_emploi_attendu_6_mois: rate('attendu', 'Taux attendu'),
          valeur_ajoutee_6_mois: parseRateInteger(at('va'), 'Valeur ajoutée', problems, -100, 100),
          taux_emploi_sortants_12_mois: rate('t12', 'taux d’emploi à 12 mois'),
          taux_emploi_sortants_18_mois: rate('t18', 'taux d’emploi à 18 mois'),
          taux_emploi_sortants_24_mois: rate('t24', 'taux d’emploi à 24 mois'),
          part_contrats_interrompus: interrompus,
        };
        if (uai === null || problems.length > 0) {
          for (const problem of problems) sink.reject(line, problem);
          return;
        }
        if (group?.uai !== uai) {
          flush(sink);
          group = { uai, rows: [] };
          emitEstablishmentName(sink, line, uai, cell(fields, libelleAt), region);
        }
        group.rows.push({ line, population, shares, published });
      },
      end(sink) {
        flush(sink);
      },
    };
  },
};
