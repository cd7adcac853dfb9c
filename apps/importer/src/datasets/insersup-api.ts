import { type Counts, HORIZONS } from '@inserjeunes/contract';
import { blankCounts } from '../figures/blank-counts.js';
import { buildIndicateur } from '../figures/build-indicateur.js';
import { checkCounts, checkQuartiles } from '../figures/check-counts.js';
import {
  type InserSupValue,
  parseInserSupCount,
  parseInserSupRate,
  parseInserSupValue,
} from '../values/insersup-value.js';
import { isRecord, jsonText } from '../values/json-value.js';
import { parseCode, parseUaiCell } from '../values/parse-code.js';
import { type JsonDataset, STAGES } from './dataset.js';
import { emitEstablishmentName } from './establishment-name.js';
import { emitInserSupDiploma } from './insersup-diploma.js';

/**
 * The millésime of an InserSup line. `annee_universitaire` names the last promotion
 * (`2020-2021` → 2021); a count marked `*` was computed on that promotion and the one
 * before (`2020_2021`), `**` says cumulation was impossible (one promotion). The leavers'
 * count carries the marker the source relies on; other counts are looked at when it has none.
 */
function millesimeOf(
  annee: string,
  markers: InserSupValue['marker'][],
  problems: string[],
): string | null {
  const match = /^(\d{4})\s*[-_/]\s*(\d{4})$/.exec(annee);
  if (match === null || Number(match[2]) !== Number(match[1]) + 1) {
    problems.push(`annee_universitaire : « ${annee} » (attendu AAAA-AAAA)`);
    return null;
  }
  const [first = ''] = markers.filter((marker) => marker !== '');
  return first === '*' ? `${match[1]}_${match[2]}` : (match[2] ?? null);
}

/**
 * The InserSup API results (`{results: […]}`): one line per diploma (SISE) × university,
 * counts as strings with markers, rates with a decimal comma, `na` / `nd`. `nb_in_dsn_X` is
 * salaried employment in France at X months. The national salary quartiles of the diploma
 * go to the certification salaries.
 */
export const insersupApi: JsonDataset = {
  format: 'json',
  id: 'insersup-api',
  label: 'InserSup : résultats de l’API par formation',
  stage: STAGES.figuresDetaillees,
  primary: 'indicateur',
  detect: (json) =>
    isRecord(json) &&
    Array.isArray(json.results) &&
    json.results.some((item) => isRecord(item) && 'nb_in_dsn_6' in item),
  read(json, _file, sink) {
    if (!isRecord(json) || !Array.isArray(json.results))
      return { problems: ['tableau « results » absent'] };
    const salaries = new Map<string, string>();
    json.results.forEach((item: unknown, position: number) => {
      const line = position + 1;
      if (!isRecord(item)) {
        sink.reject(line, 'élément qui n’est pas un objet');
        return;
      }
      const problems: string[] = [];
      const code = parseCode(
        jsonText(item.diplome ?? item.diplome_consol),
        'diplome',
        problems,
        'SISE',
      );
      if (code === null && problems.length === 0) problems.push('diplome : code SISE absent');
      const uai = parseUaiCell(jsonText(item.etablissement), 'etablissement', problems);
      if (uai === null && !problems.some((p) => p.startsWith('etablissement'))) {
        problems.push('etablissement : UAI absent');
      }
      const count = (key: string) => parseInserSupCount(item[key], key, problems);
      const inscrits = count('nb_inscrits');
      const poursuivants = count('nb_poursuivants');
      const sortants = count('nb_sortants');
      const counts: Counts = {
        ...blankCounts(),
        nb_annee_term: inscrits.value,
        nb_poursuite_etudes: poursuivants.value,
        nb_sortant: sortants.value,
      };
      const markers = [sortants.marker, inscrits.marker, poursuivants.marker];
      for (const h of HORIZONS) {
        const employed = count(`nb_in_dsn_${h}`);
        counts[`nb_en_emploi_${h}_mois`] = employed.value;
        markers.push(employed.marker);
        parseInserSupRate(item[`taux_in_dsn_${h}`], `taux_in_dsn_${h}`, problems);
        parseInserSupRate(item[`taux_autre_${h}`], `taux_autre_${h}`, problems);
      }
      parseInserSupRate(item.taux_poursuivant, 'taux_poursuivant', problems);
      count('nb_diplomes');
      const [q1, q2, q3] = [1, 2, 3].map((q) => {
        const key = `salaire_q${q}_national_diplome_12`;
        const { value } = parseInserSupValue(item[key], key, problems);
        if (value !== null && value < 0) problems.push(`${key} : salaire négatif`);
        return value;
      });
      const millesime = millesimeOf(jsonText(item.annee_universitaire), markers, problems);
      if (problems.length === 0) {
        checkCounts(counts, problems);
        checkQuartiles(q1 ?? null, q2 ?? null, q3 ?? null, problems);
      }
      if (code === null || uai === null || millesime === null || problems.length > 0) {
        for (const problem of problems) sink.reject(line, problem);
        return;
      }
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
          fictif: false,
        }),
        line,
      );
      emitInserSupDiploma(sink, line, code.code, jsonText(item.libelle_diplome), [
        jsonText(item.type_diplome_long),
        jsonText(item.type_diplome),
      ]);
      emitEstablishmentName(sink, line, uai, jsonText(item.denomination_principale));
      if (q1 !== null || q2 !== null || q3 !== null) {
        const values = `${q1}/${q2}/${q3}`;
        const seen = salaries.get(code.code);
        if (seen === undefined) {
          salaries.set(code.code, values);
          sink.emit(
            'salaire_certification',
            {
              code: code.code,
              code_type: 'SISE',
              filiere: 'superieur',
              salaire_12_mois_q1: q1 ?? null,
              salaire_12_mois_q2: q2 ?? null,
              salaire_12_mois_q3: q3 ?? null,
              origine: 'insersup',
              fictif: false,
            },
            line,
          );
        } else if (seen !== values) {
          sink.warn(
            line,
            `salaires nationaux de ${code.code} différents d’une ligne à l’autre : les premiers sont gardés`,
          );
        }
      }
    });
    return undefined;
  },
};
