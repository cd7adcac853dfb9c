import { HORIZONS } from '@inserjeunes/contract';
import { buildIndicateur } from '../figures/build-indicateur.js';
import { checkCounts } from '../figures/check-counts.js';
import { insersupPublished } from '../values/insersup-published.js';
import { parseCode, parseMillesimeCell, parseUaiCell } from '../values/parse-code.js';
import { type CsvDataset, STAGES } from './dataset.js';
import { EstablishmentNames } from './establishment-name.js';
import { cell } from './header.js';
import { emitInserSupDiploma } from './insersup-diploma.js';
import { InserSupEstablishments } from './insersup-establishments.js';
import { InserSupFigureColumns } from './insersup-figures.js';

/** The population whose figures are the headline; the others are filters of it. */
const HEADLINE: Readonly<Record<string, string>> = {
  genre: 'ensemble',
  nationalite: 'ensemble',
  regime_inscription: 'ensemble',
  obtention_diplome: 'diplômé',
};
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
    const names = new EstablishmentNames();
    const diplomas = new Set<string>();
    // Every position looked up once: a name's lookup normalises it, too dear for each line.
    const figures = new InserSupFigureColumns(header);
    const column = {
      etablissement: at('etablissement'),
      diplome: at('diplome'),
      promo: at('promo'),
      region: at('reg_id'),
      denomination: at('denomination_principale'),
      uo: at('uo_lib'),
      libelle: at('libelle_diplome'),
      typeLong: at('type_diplome_long'),
      type: at('type_diplome'),
    };
    const headline = Object.entries(HEADLINE)
      .map(([column, value]) => ({ position: at(column), value }))
      .filter(({ position }) => position >= 0);
    return {
      lookedUpOnly: true,
      end: (sink) => establishments.emit(sink),
      row(fields, line, sink) {
        const problems: string[] = [];
        const uai = parseUaiCell(cell(fields, column.etablissement), 'etablissement', problems);
        if (uai === null && problems.length === 0) problems.push('etablissement : UAI absent');
        const diplome = cell(fields, column.diplome);
        const code =
          diplome.toLowerCase() === 'all' ? null : parseCode(diplome, 'diplome', problems, 'SISE');
        if (diplome === '') problems.push('diplome : code SISE absent');
        const promo = cell(fields, column.promo);
        const millesime = parseMillesimeCell(
          promo.includes(',') ? promo.replace(/\s*,\s*/, '_') : promo,
          'promo',
          problems,
        );
        const { counts, published } = figures.read(fields, problems);
        if (problems.length === 0) checkCounts(counts, problems);
        if (uai === null || millesime === null || problems.length > 0) {
          for (const problem of problems) sink.reject(line, problem);
          return;
        }
        if (!isHeadline(fields, headline)) {
          sink.ignore(line);
          return;
        }
        const region = /^R(\d{2})$/.exec(cell(fields, column.region))?.[1] ?? null;
        names.emit(
          sink,
          line,
          uai,
          cell(fields, column.denomination) || cell(fields, column.uo),
          region,
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
        const libelle = cell(fields, column.libelle);
        const types = [cell(fields, column.typeLong), cell(fields, column.type)];
        // Only the first line to describe a diploma fills its rows: a line saying the same
        // as an earlier one (the diploma taught at another university) adds nothing.
        const said = `${code.code}|${types.join('|')}|${libelle === '' ? '' : 'libellé'}`;
        if (diplomas.has(said)) return;
        // A flat copy: its pieces are slices of the file's text, which they would keep.
        diplomas.add(`${said} `.slice(0, -1));
        emitInserSupDiploma(sink, line, code.code, libelle, types);
      },
    };
  },
};

/** Whether a line is of the headline population (every population column as it says). */
function isHeadline(
  fields: readonly string[],
  headline: readonly { position: number; value: string }[],
): boolean {
  for (const { position, value } of headline) {
    const text = cell(fields, position);
    if (text !== value && text.toLowerCase() !== value) return false;
  }
  return true;
}
