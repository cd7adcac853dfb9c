import { type Counts, HORIZONS, type Horizon } from '@inserjeunes/contract';
import { blankCounts } from '../figures/blank-counts.js';
import { buildIndicateur, type Published } from '../figures/build-indicateur.js';
import { checkCounts, checkQuartiles } from '../figures/check-counts.js';
import { insersupPublished } from '../values/insersup-published.js';
import {
  parseInserSupCount,
  parseInserSupRate,
  parseInserSupValue,
} from '../values/insersup-value.js';
import { isRecord, jsonText } from '../values/json-value.js';
import { parseCode, parseMillesimeCell, parseUaiCell } from '../values/parse-code.js';
import { type JsonDataset, STAGES } from './dataset.js';
import { emitInserSupDiploma } from './insersup-diploma.js';

interface Group {
  code: string;
  uai: string;
  millesime: string;
  lines: number[];
  horizons: Set<number>;
  poursuivants: number | null;
  sortants: number | null;
  counts: Counts;
  salaries: [number | null, number | null, number | null];
  /** Rates over leavers as published, rounded to the unit. */
  published: Published;
  libelle: string;
  types: string[];
}

/** Horizons that have a column of rates over leavers in our records (30 months has none). */
const LEAVER_RATE_HORIZONS = [6, 12, 18, 24] as const;
type LeaverRateHorizon = (typeof LEAVER_RATE_HORIZONS)[number];
const hasLeaverRate = (h: Horizon): h is LeaverRateHorizon =>
  (LEAVER_RATE_HORIZONS as readonly number[]).includes(h);

const WHOLE = 'ensemble';

/**
 * The long format of the `fr-esr-insersup` dataset: one element per diploma × university ×
 * horizon (`date_inser`) × sub-population (gender, nationality, graduated or not). The
 * figures of the whole population (`ensemble` on all three, or no such column as in the
 * 2023_S2 records) are pivoted into one formation row, with the employment rates over leavers
 * as published (`tx_sortants_en_emploi_sal_fr`, `taux_emploi_sal_fr` in 2023_S2) as
 * `taux_emploi_sortants_*`; the sub-populations are checked like the rest and not stored.
 * The records API's files say when they were published (`…-2024_S2.json`): a later one wins
 * for the same establishment, diploma and promotion, whatever the order of imports (ADR 50).
 */
export const insersupLong: JsonDataset = {
  format: 'json',
  id: 'insersup-long',
  label: 'InserSup : export long fr-esr-insersup',
  stage: STAGES.figuresDetaillees,
  primary: 'indicateur',
  publication: { rank: 0, published: (file) => insersupPublished(file.name), complete: false },
  detect: (json) =>
    Array.isArray(json) &&
    json.some((item) => isRecord(item) && 'date_inser' in item && 'nb_sortants' in item),
  read(json, _file, sink) {
    if (!Array.isArray(json)) return { problems: ['tableau d’éléments attendu'] };
    const groups = new Map<string, Group>();
    json.forEach((item: unknown, position: number) => {
      const line = position + 1;
      if (!isRecord(item)) {
        sink.reject(line, 'élément qui n’est pas un objet');
        return;
      }
      const problems: string[] = [];
      const code = parseCode(jsonText(item.diplome), 'diplome', problems, 'SISE');
      const uai = parseUaiCell(jsonText(item.etablissement), 'etablissement', problems);
      if (code === null || uai === null) {
        if (problems.length === 0) problems.push('diplome et etablissement obligatoires');
      }
      const promo = Array.isArray(item.promo) ? item.promo.map(jsonText) : [jsonText(item.promo)];
      const millesime = parseMillesimeCell(promo.join('_'), 'promo', problems);
      const horizon = Number(jsonText(item.date_inser));
      if (!(HORIZONS as readonly number[]).includes(horizon)) {
        problems.push(
          `date_inser : « ${jsonText(item.date_inser)} » n’est pas un horizon de 6 à 30 mois`,
        );
      }
      const poursuivants = parseInserSupCount(
        item.nb_poursuivants,
        'nb_poursuivants',
        problems,
      ).value;
      const sortants = parseInserSupCount(item.nb_sortants, 'nb_sortants', problems).value;
      const emploi = parseInserSupCount(
        item.nb_sortants_en_emploi_sal_fr,
        'nb_sortants_en_emploi_sal_fr',
        problems,
      ).value;
      const stable = parseInserSupCount(
        item.nb_sortants_en_emploi_stable,
        'nb_sortants_en_emploi_stable',
        problems,
      ).value;
      for (const key of [
        'tx_sortants_en_emploi_stable',
        'tx_sortants_en_emploi',
        'tx_sortants_en_emploi_non_sal',
        'tx_sortants_en_emploi_etranger',
      ]) {
        parseInserSupRate(item[key], key, problems);
      }
      const rateKey =
        'tx_sortants_en_emploi_sal_fr' in item
          ? 'tx_sortants_en_emploi_sal_fr'
          : 'taux_emploi_sal_fr';
      const rate = parseInserSupRate(item[rateKey], rateKey, problems);
      const salaries = ([1, 2, 3] as const).map((q) => {
        const { value } = parseInserSupValue(item[`salaire_q${q}`], `salaire_q${q}`, problems);
        return value;
      }) as [number | null, number | null, number | null];
      if (emploi !== null && sortants !== null && emploi > sortants) {
        problems.push(`nb_sortants_en_emploi_sal_fr (${emploi}) dépasse nb_sortants (${sortants})`);
      }
      if (stable !== null && emploi !== null && stable > emploi) {
        problems.push(
          `nb_sortants_en_emploi_stable (${stable}) dépasse nb_sortants_en_emploi_sal_fr (${emploi})`,
        );
      }
      checkQuartiles(...salaries, problems);
      if (code === null || uai === null || millesime === null || problems.length > 0) {
        for (const problem of problems) sink.reject(line, problem);
        return;
      }
      const whole = ['genre', 'nationalite', 'obtention_diplome'].every(
        (key) => !(key in item) || jsonText(item[key]) === WHOLE,
      );
      if (!whole) {
        sink.ignore(line);
        return;
      }
      const key = `${code.code}|${uai}|${millesime}`;
      let group = groups.get(key);
      if (group === undefined) {
        group = {
          code: code.code,
          uai,
          millesime,
          lines: [],
          horizons: new Set(),
          poursuivants,
          sortants,
          counts: blankCounts(),
          salaries: [null, null, null],
          published: {},
          libelle: jsonText(item.libelle_diplome),
          types: [jsonText(item.type_diplome_long), jsonText(item.type_diplome)],
        };
        groups.set(key, group);
      } else if (group.poursuivants !== poursuivants || group.sortants !== sortants) {
        sink.reject(
          line,
          `nb_poursuivants / nb_sortants (${poursuivants} / ${sortants}) différents des autres horizons de la même formation (${group.poursuivants} / ${group.sortants})`,
        );
        return;
      }
      const h = horizon as Horizon;
      if (group.horizons.has(h)) {
        sink.reject(line, `horizon ${h} mois déjà donné pour cette formation`);
        return;
      }
      group.lines.push(line);
      group.horizons.add(h);
      group.counts[`nb_en_emploi_${h}_mois`] = emploi;
      group.counts[`nb_en_emploi_stable_${h}_mois`] = stable;
      if (h === 12) group.salaries = salaries;
      if (hasLeaverRate(h)) {
        group.published[`taux_emploi_sortants_${h}_mois`] = rate === null ? null : Math.round(rate);
      }
    });
    for (const group of groups.values()) {
      const line = group.lines[0] ?? 0;
      const term =
        group.poursuivants !== null && group.sortants !== null
          ? group.poursuivants + group.sortants
          : null;
      const counts: Counts = {
        ...group.counts,
        nb_annee_term: term,
        nb_poursuite_etudes: group.poursuivants,
        nb_sortant: group.sortants,
      };
      const problems: string[] = [];
      checkCounts(counts, problems);
      if (problems.length > 0) {
        for (const problem of problems) sink.reject(line, problem);
        continue;
      }
      sink.emit(
        'indicateur',
        buildIndicateur({
          scope: 'formation',
          millesime: group.millesime,
          filiere: 'superieur',
          code: group.code,
          code_type: 'SISE',
          uai: group.uai,
          counts,
          published: {
            ...group.published,
            salaire_12_mois_q1: group.salaries[0],
            salaire_12_mois_q2: group.salaries[1],
            salaire_12_mois_q3: group.salaries[2],
          },
          fictif: false,
        }),
        line,
      );
      emitInserSupDiploma(sink, line, group.code, group.libelle, group.types);
    }
    return undefined;
  },
};
