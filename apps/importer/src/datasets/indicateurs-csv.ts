import {
  type Counts,
  emploiCountKey,
  emploiStableCountKey,
  HORIZONS,
  isFiliere,
  parseRegion,
} from '@inserjeunes/contract';
import { blankCounts } from '../figures/blank-counts.js';
import { buildIndicateur } from '../figures/build-indicateur.js';
import { checkCounts, checkQuartiles } from '../figures/check-counts.js';
import { parseCode, parseMillesimeCell, parseUaiCell } from '../values/parse-code.js';
import { parseCount } from '../values/parse-count.js';
import { parseEuros } from '../values/parse-euros.js';
import { type CsvDataset, STAGES } from './dataset.js';
import { cell, type Header } from './header.js';

const COUNT_COLUMNS: readonly (keyof Counts)[] = [
  'nb_annee_term',
  'nb_poursuite_etudes',
  'nb_sortant',
  ...HORIZONS.map(emploiCountKey),
  ...HORIZONS.map(emploiStableCountKey),
];
const SALARY_COLUMNS = ['salaire_12_mois_q1', 'salaire_12_mois_q2', 'salaire_12_mois_q3'] as const;
const REQUIRED = [
  'perimetre',
  'millesime',
  'filiere',
  'code_certification',
  'nb_annee_term',
  'fictif',
];
const KNOWN = new Set([...REQUIRED, 'uai', 'code_region', ...COUNT_COLUMNS, ...SALARY_COLUMNS]);
const SCOPES = new Set(['national', 'regional', 'formation']);

/**
 * Our own CSV of figures (`docs/formats/indicateurs-csv.md`): one row per scope, millésime,
 * filière and code with raw counts and salaries; rates are never given, always computed.
 * Unknown columns are an error so that a misspelt column cannot silently empty a figure.
 */
export const indicateursCsv: CsvDataset = {
  format: 'csv',
  id: 'indicateurs-csv',
  label: 'Fichier d’indicateurs InserJeunes (format du projet)',
  stage: STAGES.figuresDetaillees,
  primary: 'indicateur',
  detect: (header) => header.has('perimetre', 'code_certification', 'fictif'),
  open(header: Header) {
    const problems: string[] = [];
    header.names.forEach((name, position) => {
      if (!KNOWN.has(name)) {
        problems.push(
          `colonne inconnue : « ${header.raw[position] ?? name} » (colonne ${position + 1})`,
        );
      }
    });
    for (const name of REQUIRED) {
      if (header.indexOf(name) < 0) problems.push(`colonne obligatoire absente : ${name}`);
    }
    if (problems.length > 0) return { problems };
    const at = (name: string) => header.indexOf(name);
    const counts = COUNT_COLUMNS.map((key) => [key, at(key)] as const);
    const salaries = SALARY_COLUMNS.map((key) => [key, at(key)] as const);
    return {
      row(fields, line, sink) {
        const problems: string[] = [];
        const perimetre = cell(fields, at('perimetre'));
        if (!SCOPES.has(perimetre)) {
          problems.push(`perimetre : « ${perimetre} » inconnu (national, regional ou formation)`);
        }
        const millesime = parseMillesimeCell(cell(fields, at('millesime')), 'millesime', problems);
        const filiere = cell(fields, at('filiere'));
        if (!isFiliere(filiere)) {
          problems.push(
            `filiere : « ${filiere} » inconnue (scolaire, apprentissage, agricole ou superieur)`,
          );
        }
        const code = parseCode(
          cell(fields, at('code_certification')),
          'code_certification',
          problems,
        );
        if (code === null && problems.length === 0)
          problems.push('code_certification : code absent');
        const uai = parseUaiCell(cell(fields, at('uai')), 'uai', problems);
        const regionRaw = cell(fields, at('code_region'));
        let region: string | null = null;
        if (regionRaw !== '') {
          const parsed = /^\d{1,2}$/.test(regionRaw) ? parseRegion(regionRaw) : null;
          if (parsed?.ok) region = parsed.value.code;
          else problems.push(`code_region : « ${regionRaw} » n’est pas un code de région INSEE`);
        }
        if (
          perimetre === 'formation' &&
          uai === null &&
          !problems.some((p) => p.startsWith('uai'))
        ) {
          problems.push('uai : obligatoire pour le périmètre formation');
        }
        if (perimetre !== 'formation' && uai !== null)
          problems.push('uai : seulement pour le périmètre formation');
        if (perimetre === 'regional' && region === null && regionRaw === '') {
          problems.push('code_region : obligatoire pour le périmètre regional');
        }
        if (perimetre === 'national' && regionRaw !== '') {
          problems.push('code_region : sans objet pour le périmètre national');
        }
        const fictif = cell(fields, at('fictif'));
        if (fictif !== 'oui' && fictif !== 'non')
          problems.push(`fictif : « ${fictif} » (attendu oui ou non)`);
        const values: Counts = blankCounts();
        for (const [key, position] of counts)
          values[key] = parseCount(cell(fields, position), key, problems);
        if (values.nb_annee_term === null && !problems.some((p) => p.startsWith('nb_annee_term'))) {
          problems.push('nb_annee_term : valeur obligatoire');
        }
        const [q1, q2, q3] = salaries.map(([key, position]) =>
          parseEuros(cell(fields, position), key, problems),
        );
        if (problems.length === 0) {
          checkCounts(values, problems);
          checkQuartiles(q1 ?? null, q2 ?? null, q3 ?? null, problems);
        }
        if (problems.length > 0 || code === null || millesime === null || !isFiliere(filiere)) {
          for (const problem of problems) sink.reject(line, problem);
          return;
        }
        sink.emit(
          'indicateur',
          buildIndicateur({
            scope: perimetre as 'national' | 'regional' | 'formation',
            millesime,
            filiere,
            code: code.code,
            code_type: code.type,
            region_code: region,
            uai,
            counts: values,
            published: {
              salaire_12_mois_q1: q1 ?? null,
              salaire_12_mois_q2: q2 ?? null,
              salaire_12_mois_q3: q3 ?? null,
            },
            fictif: fictif === 'oui',
          }),
          line,
        );
      },
    };
  },
};
