import type { Counts, Filiere } from '@inserjeunes/contract';
import { blankCounts } from '../figures/blank-counts.js';
import { buildIndicateur, type Published } from '../figures/build-indicateur.js';
import { checkCounts } from '../figures/check-counts.js';
import type { IndicateurRow } from '../load/tables.js';
import { isRecord, jsonText } from '../values/json-value.js';
import { parseCode } from '../values/parse-code.js';
import { type JsonDataset, type LineSink, STAGES } from './dataset.js';
import { emitEstablishmentName } from './establishment-name.js';
import { inserjeunesApiScope, type InserjeunesApiScope as Scope } from './inserjeunes-api-scope.js';

type Target =
  | { kind: 'count'; key: keyof Counts }
  | { kind: 'published'; key: keyof Published; min: number; max: number }
  | { kind: 'euros'; key: 'salaire_12_mois_q1' | 'salaire_12_mois_q2' | 'salaire_12_mois_q3' }
  | { kind: 'checked' };

/** What each `id_mesure` becomes. Rates over the final-year population are recomputed. */
const MEASURES: Record<string, Target> = {
  nb_annee_term: { kind: 'count', key: 'nb_annee_term' },
  nb_poursuite_etudes: { kind: 'count', key: 'nb_poursuite_etudes' },
  nb_sortant: { kind: 'count', key: 'nb_sortant' },
  nb_en_emploi_6_mois: { kind: 'count', key: 'nb_en_emploi_6_mois' },
  nb_en_emploi_12_mois: { kind: 'count', key: 'nb_en_emploi_12_mois' },
  nb_en_emploi_18_mois: { kind: 'count', key: 'nb_en_emploi_18_mois' },
  nb_en_emploi_24_mois: { kind: 'count', key: 'nb_en_emploi_24_mois' },
  taux_emploi_6_mois: { kind: 'published', key: 'taux_emploi_sortants_6_mois', min: 0, max: 100 },
  taux_emploi_12_mois: { kind: 'published', key: 'taux_emploi_sortants_12_mois', min: 0, max: 100 },
  taux_emploi_18_mois: { kind: 'published', key: 'taux_emploi_sortants_18_mois', min: 0, max: 100 },
  taux_emploi_24_mois: { kind: 'published', key: 'taux_emploi_sortants_24_mois', min: 0, max: 100 },
  taux_emploi_6_mois_attendu: {
    kind: 'published',
    key: 'taux_emploi_attendu_6_mois',
    min: 0,
    max: 100,
  },
  taux_emploi_attendu_6_mois: {
    kind: 'published',
    key: 'taux_emploi_attendu_6_mois',
    min: 0,
    max: 100,
  },
  valeur_ajoutee_6_mois: { kind: 'published', key: 'valeur_ajoutee_6_mois', min: -100, max: 100 },
  taux_rupture_contrats: { kind: 'published', key: 'part_contrats_interrompus', min: 0, max: 100 },
  taux_poursuite_etudes: { kind: 'checked' },
  // Salary quartiles of those in salaried work at 12 months (net monthly euros).
  salaire_TS_Q1_12_mois: { kind: 'euros', key: 'salaire_12_mois_q1' },
  salaire_TS_Q2_12_mois: { kind: 'euros', key: 'salaire_12_mois_q2' },
  salaire_TS_Q3_12_mois: { kind: 'euros', key: 'salaire_12_mois_q3' },
};

/** `filiere` of the API (`voie_pro_sco_educ_nat`…) → ours. */
const FILIERES: Record<string, Filiere> = {
  voie_pro_sco_educ_nat: 'scolaire',
  voie_pro_sco_agri: 'agricole',
  apprentissage: 'apprentissage',
};

/** The `ensemble` dimension of an establishment: everyone, apprentices, or school-route students. */
const ENSEMBLES: Record<string, Filiere | 'ensemble'> = {
  ensemble: 'ensemble',
  apprentis: 'apprentissage',
  voieprosco: 'scolaire',
};

interface Group {
  line: number;
  filiere: Filiere | 'ensemble';
  code: { code: string; type: 'CFD' | 'MEFSTAT11' | 'SISE' } | null;
  counts: Counts;
  published: Published;
  measures: Set<string>;
}

function filiereFromName(name: string): Filiere | null {
  for (const [token, filiere] of Object.entries(FILIERES)) if (name.includes(token)) return filiere;
  return null;
}

/**
 * The InserJeunes API JSON (`{metadata, data: [{id_mesure, valeur_mesure, dimensions}]}`),
 * one measure per element: elements are grouped by certification (`id_mefstat11` for the
 * school route, `id_formation_apprentissage` for apprentices) or, for an establishment, by
 * `ensemble` (all its trainings), then stored like any other figures. The mapping is
 * documented in `docs/formats/inserjeunes-api-json.md`.
 */
export const inserjeunesApi: JsonDataset = {
  format: 'json',
  id: 'inserjeunes-api',
  label: 'InserJeunes : réponse JSON de l’API',
  stage: STAGES.figures,
  primary: 'indicateur',
  detect: (json) =>
    isRecord(json) &&
    Array.isArray(json.data) &&
    json.data.some((item) => isRecord(item) && 'id_mesure' in item && 'dimensions' in item),
  read(json, file, sink) {
    if (!isRecord(json) || !Array.isArray(json.data))
      return { problems: ['tableau « data » absent'] };
    const headerProblems: string[] = [];
    const scope = inserjeunesApiScope(json, file, headerProblems);
    if (scope === null) return { problems: headerProblems };
    const fileFiliere = filiereFromName(file.name);
    const groups = new Map<string, Group>();
    const unknown = new Set<string>();
    json.data.forEach((item: unknown, position: number) => {
      const line = position + 1;
      const problems: string[] = [];
      if (!isRecord(item)) {
        sink.reject(line, 'élément qui n’est pas un objet');
        return;
      }
      const measure = jsonText(item.id_mesure);
      const dimension =
        Array.isArray(item.dimensions) && isRecord(item.dimensions[0]) ? item.dimensions[0] : null;
      if (dimension === null) {
        sink.reject(line, 'dimensions : tableau d’une dimension attendu');
        return;
      }
      let filiere: Filiere | 'ensemble' | undefined;
      let code: Group['code'] = null;
      const apprentissage = jsonText(dimension.id_formation_apprentissage);
      const mefstat11 = jsonText(dimension.id_mefstat11);
      const ensemble = jsonText(dimension.ensemble);
      const declared = jsonText(item.filiere);
      if (apprentissage !== '') {
        code = parseCode(apprentissage, 'id_formation_apprentissage', problems, 'CFD');
        filiere = 'apprentissage';
      } else if (mefstat11 !== '') {
        code = parseCode(mefstat11, 'id_mefstat11', problems, 'MEFSTAT11');
        filiere = FILIERES[declared] ?? fileFiliere ?? 'scolaire';
      } else if (ensemble !== '') {
        filiere = ENSEMBLES[ensemble];
        if (filiere === undefined) problems.push(`dimensions.ensemble : « ${ensemble} » inconnu`);
        if (scope.uai === null)
          problems.push('dimension « ensemble » hors d’une réponse par établissement');
      } else {
        problems.push('dimensions : ni id_mefstat11, ni id_formation_apprentissage, ni ensemble');
      }
      if (declared !== '' && FILIERES[declared] === undefined) {
        problems.push(`filiere : « ${declared} » inconnue`);
      }
      const target = MEASURES[measure];
      const raw = item.valeur_mesure;
      const value =
        raw === null || raw === undefined || raw === ''
          ? null
          : typeof raw === 'number'
            ? raw
            : Number(jsonText(raw).replace(',', '.'));
      if (value !== null && !Number.isFinite(value))
        problems.push(`valeur_mesure : « ${jsonText(raw)} » n’est pas un nombre`);
      if (target?.kind === 'count' && value !== null) {
        if (!Number.isInteger(value))
          problems.push(`${measure} : ${value} n’est pas un effectif entier`);
        else if (value < 0) problems.push(`${measure} : effectif négatif (${value})`);
      }
      if (target?.kind === 'euros' && value !== null && value < 0) {
        problems.push(`${measure} : salaire négatif (${value})`);
      }
      if ((target?.kind === 'published' || target?.kind === 'checked') && value !== null) {
        const [min, max] = target.kind === 'published' ? [target.min, target.max] : [0, 100];
        if (value < min || value > max)
          problems.push(`${measure} : taux impossible (${value}), attendu entre ${min} et ${max}`);
      }
      if (problems.length > 0 || filiere === undefined) {
        for (const problem of problems) sink.reject(line, problem);
        return;
      }
      if (target === undefined) {
        if (!unknown.has(measure)) sink.warn(line, `mesure « ${measure} » inconnue : ignorée`);
        unknown.add(measure);
        sink.ignore(line);
        return;
      }
      const key = `${filiere}|${code?.code ?? ''}`;
      let group = groups.get(key);
      if (group === undefined) {
        group = { line, filiere, code, counts: blankCounts(), published: {}, measures: new Set() };
        groups.set(key, group);
      }
      if (group.measures.has(measure)) {
        sink.reject(
          line,
          `${measure} déjà donné pour ${code?.code ?? ensemble} (élément ${group.line} et suivants)`,
        );
        return;
      }
      group.measures.add(measure);
      if (target.kind === 'count') group.counts[target.key] = value;
      else if (target.kind === 'euros') group.published[target.key] = value;
      else if (target.kind === 'published') {
        group.published[target.key] =
          value === null ? null : Math.sign(value) * Math.round(Math.abs(value));
      }
    });
    emitGroups([...groups.values()], scope, sink);
    const metadata = isRecord(json.metadata) ? json.metadata : {};
    const etablissement = isRecord(metadata.UAI) ? metadata.UAI : null;
    if (scope.uai !== null && etablissement !== null) {
      emitEstablishmentName(sink, 1, scope.uai, jsonText(etablissement.libelle_etab));
    }
    return undefined;
  },
};

function emitGroups(groups: Group[], scope: Scope, sink: LineSink): void {
  const coded = groups.filter((group) => group.code !== null);
  const voies = new Set(coded.map((group) => group.filiere));
  const split = groups.some((group) => group.code === null && group.filiere !== 'ensemble');
  for (const group of groups) {
    const problems: string[] = [];
    checkCounts(group.counts, problems);
    if (problems.length > 0) {
      for (const problem of problems) sink.reject(group.line, problem);
      continue;
    }
    let filiere = group.filiere;
    let rowScope: IndicateurRow['scope'] = scope.scope;
    if (group.code === null) {
      rowScope = 'etablissement';
      // Everyone together is only stored when it is one voie: the split lines say the rest.
      if (filiere === 'ensemble') {
        const [only] = [...voies];
        if (split || voies.size !== 1 || only === undefined || only === 'ensemble') {
          sink.ignore(group.line);
          continue;
        }
        filiere = only;
      }
    }
    if (filiere === 'ensemble') continue;
    sink.emit(
      'indicateur',
      buildIndicateur({
        scope: rowScope,
        millesime: scope.millesime,
        filiere,
        code: group.code?.code ?? null,
        code_type: group.code?.type ?? null,
        region_code: rowScope === 'regional' ? scope.region : null,
        uai: rowScope === 'formation' || rowScope === 'etablissement' ? scope.uai : null,
        counts: group.counts,
        published: group.published,
        fictif: false,
      }),
      group.line,
    );
  }
}
