import { type Counts, HORIZONS } from '@inserjeunes/contract';
import { blankCounts } from '../figures/blank-counts.js';
import { buildIndicateur, type Published } from '../figures/build-indicateur.js';
import { checkCounts, checkQuartiles } from '../figures/check-counts.js';
import { insersupPublished } from '../values/insersup-published.js';
import {
  parseInserSupCount,
  parseInserSupRate,
  parseInserSupValue,
} from '../values/insersup-value.js';
import { parseCode, parseMillesimeCell, parseUaiCell } from '../values/parse-code.js';
import { type CsvDataset, STAGES } from './dataset.js';
import { cell, type Header } from './header.js';
import { emitInserSupDiploma } from './insersup-diploma.js';
import { InserSupEstablishments } from './insersup-establishments.js';

/** The population whose figures are the headline; the others are filters of it. */
const HEADLINE: Readonly<Record<string, string>> = {
  genre: 'ensemble',
  nationalite: 'ensemble',
  regime_inscription: 'ensemble',
  obtention_diplome: 'diplômé',
};
/** Horizons that have a column of rates over leavers in our records (30 months has none). */
const LEAVER_RATE_HORIZONS = [6, 12, 18, 24] as const;

/**
 * `fr-esr-insersup` in its current structure (101 columns, `date_jeu` 2026_S1): one line per
 * establishment (UAI) × SISE diploma × promotion (`2024`, or `2023,2024` when two were
 * cumulated) × population. The headline population (everybody, graduates) becomes one
 * formation record: leavers and those still studying at the first horizon, salaried
 * employment in France and stable employment at each horizon whose leavers are the same,
 * the published rates over leavers (`taux_emploi_sortants_*`, rounded to the unit), the
 * salary quartiles at 12 months. `nd` is not published; an empty cell is a horizon not yet
 * observable. The headline `all` lines (every diploma of a type) make the establishment's
 * record; lines of other populations are read, checked and not stored.
 */
export const insersup2026: CsvDataset = {
  format: 'csv',
  id: 'insersup-2026',
  label: 'InserSup : fr-esr-insersup, structure de 2026 (101 colonnes)',
  stage: STAGES.figuresDetaillees,
  primary: 'indicateur',
  // Dated like the records API's files of the same dataset, so that the newer one wins.
  publication: { rank: 0, published: (file) => insersupPublished(file.name), complete: false },
  detect: (header) =>
    header.has('date_jeu', 'etablissement', 'diplome', 'promo', 'nb_sortants_12') &&
    header.has('tx_sortants_en_emploi_sal_fr_12', 'nb_poursuivants_12'),
  open(header) {
    const at = (name: string) => header.indexOf(name);
    const missing = ['etablissement', 'diplome', 'promo', 'nb_sortants_6', 'nb_poursuivants_6']
      .filter((name) => at(name) < 0)
      .map((name) => `colonne obligatoire absente : ${name}`);
    if (missing.length > 0) return { problems: missing };
    const establishments = new InserSupEstablishments();
    return {
      end: (sink) => establishments.emit(sink),
      row(fields, line, sink) {
        const text = (name: string) => cell(fields, at(name));
        const problems: string[] = [];
        const uai = parseUaiCell(text('etablissement'), 'etablissement', problems);
        if (uai === null && problems.length === 0) problems.push('etablissement : UAI absent');
        const diplome = text('diplome');
        const code =
          diplome.toLowerCase() === 'all' ? null : parseCode(diplome, 'diplome', problems, 'SISE');
        if (diplome === '') problems.push('diplome : code SISE absent');
        const millesime = parseMillesimeCell(
          text('promo').replace(/\s*,\s*/, '_'),
          'promo',
          problems,
        );
        const { counts, published } = figures(header, fields, problems);
        if (problems.length === 0) checkCounts(counts, problems);
        if (uai === null || millesime === null || problems.length > 0) {
          for (const problem of problems) sink.reject(line, problem);
          return;
        }
        const headline = Object.entries(HEADLINE).every(
          ([column, value]) => at(column) < 0 || text(column).toLowerCase() === value,
        );
        if (!headline) {
          sink.ignore(line);
          return;
        }
        const region = /^R(\d{2})$/.exec(text('reg_id'))?.[1] ?? null;
        sink.emit(
          'etablissement',
          {
            uai,
            libelle: text('denomination_principale') || text('uo_lib') || null,
            region_code: region,
            academie_code: null,
            departement_code: null,
          },
          line,
          'fill',
        );
        if (code === null) {
          establishments.add(uai, millesime, line, counts, published);
          return;
        }
        // Leavers counted, nothing else: the source withheld the group (`nd`, flagged `**`).
        const empty =
          counts.nb_poursuite_etudes === null &&
          HORIZONS.every((h) => counts[`nb_en_emploi_${h}_mois`] === null) &&
          Object.values(published).every((value) => value === null);
        sink.emit(
          'indicateur',
          buildIndicateur({
            scope: 'formation',
            millesime,
            filiere: 'superieur',
            code: code.code,
            code_type: 'SISE',
            uai,
            counts,
            published,
            withheld: empty ? 'masque_par_la_source' : null,
            fictif: false,
          }),
          line,
        );
        emitInserSupDiploma(sink, line, code.code, text('libelle_diplome'), [
          text('type_diplome_long'),
          text('type_diplome'),
        ]);
      },
    };
  },
};

/** The counts and published rates of one line; problems name the column and the value. */
function figures(
  header: Header,
  fields: readonly string[],
  problems: string[],
): { counts: Counts; published: Published } {
  const raw = (name: string) => cell(fields, header.indexOf(name));
  const count = (name: string) => parseInserSupCount(raw(name), name, problems).value;
  const sortants = count('nb_sortants_6');
  const poursuivants = count('nb_poursuivants_6');
  const counts: Counts = {
    ...blankCounts(),
    nb_annee_term: sortants !== null && poursuivants !== null ? sortants + poursuivants : null,
    nb_poursuite_etudes: poursuivants,
    nb_sortant: sortants,
  };
  for (const h of HORIZONS) {
    // Employment counts join the record only over the same leavers as its first horizon.
    const sameLeavers = h === HORIZONS[0] || count(`nb_sortants_${h}`) === sortants;
    const employed = count(`nb_sortants_en_emploi_sal_fr_${h}`);
    const stable = count(`nb_sortants_en_emploi_stable_${h}`);
    counts[`nb_en_emploi_${h}_mois`] = sameLeavers ? employed : null;
    counts[`nb_en_emploi_stable_${h}_mois`] = sameLeavers ? stable : null;
    for (const rate of ['non_sal', 'stable']) {
      parseInserSupRate(
        raw(`tx_sortants_en_emploi_${rate}_${h}`),
        `tx_sortants_en_emploi_${rate}_${h}`,
        problems,
      );
    }
  }
  const published: Published = {};
  for (const h of LEAVER_RATE_HORIZONS) {
    const name = `tx_sortants_en_emploi_sal_fr_${h}`;
    const rate = parseInserSupRate(raw(name), name, problems);
    published[`taux_emploi_sortants_${h}_mois`] = rate === null ? null : Math.round(rate);
  }
  const [q1, q2, q3] = [1, 2, 3].map((q) => {
    const name = `salaire_q${q}_12`;
    const { value } = parseInserSupValue(raw(name), name, problems);
    if (value !== null && value < 0) problems.push(`${name} : salaire négatif`);
    return value;
  });
  checkQuartiles(q1 ?? null, q2 ?? null, q3 ?? null, problems);
  published.salaire_12_mois_q1 = q1 ?? null;
  published.salaire_12_mois_q2 = q2 ?? null;
  published.salaire_12_mois_q3 = q3 ?? null;
  return { counts, published };
}
