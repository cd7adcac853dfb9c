import { setImmediate } from 'node:timers/promises';
import {
  type Affichage,
  type CertificationCode,
  type Couverture,
  type Filiere,
  type LigneCouverture,
  parseCertificationCode,
  parseRegion,
  parseUai,
  type RaisonCouverture,
  type Region,
  regionByCode,
  type StatutCouverture,
} from '@inserjeunes/contract';
import { computeAffichage, finalsOf } from '../affichage/compute-affichage.js';
import { isPublishable } from '../indicators/build-indicateur.js';
import type { FiguresService } from '../indicators/figures-service.js';
import type { IndicatorRow } from '../indicators/indicator-row.js';
import { type ResolvedCode, resolveCode } from '../indicators/resolve-code.js';
import { coverageTotals } from './coverage-totals.js';
import type { CatalogueColumns } from './find-columns.js';
import type { Catalogue } from './read-catalogue.js';

/** Rows checked between two turns of the event loop (a few milliseconds of work). */
const ROWS_PER_SLICE = 50;

const MESSAGES: Partial<Record<RaisonCouverture, string>> = {
  code_manquant: 'Aucun code sur cette ligne.',
  code_inconnu: 'Code inconnu de la BCN et des données importées.',
  uai_inconnu: 'UAI inconnu : le widget montrerait les chiffres d’un périmètre plus large.',
  millesime_indisponible: 'Pas de données pour le millésime demandé.',
  effectif_insuffisant:
    'Moins de 20 élèves ou apprentis : le widget dirait que les chiffres ne sont pas publiés.',
  non_publie: 'Aucun chiffre publié pour cette formation.',
  seconde_commune: 'Seconde commune : chiffres cumulés sur ses spécialités.',
  annee_non_terminale: 'Année non terminale : chiffres de l’année terminale.',
};

interface Outcome {
  statut: StatutCouverture;
  raison: RaisonCouverture | null;
  message: string | null;
  affichage: Affichage | null;
}

/** What a catalogue line says of its training, besides the line's own values. */
type Verdict = Omit<LigneCouverture, 'ligne' | 'uai' | 'code' | 'region'>;

/**
 * The coverage of a partner's catalogue: each row goes through the same fallback as the
 * widget ({@link computeAffichage}), on data read in a few batched lookups for the whole
 * catalogue rather than per row. Unreadable rows are reported with their reason, never fatal.
 */
export async function computeCouverture(
  figures: FiguresService,
  catalogue: Catalogue,
  columns: CatalogueColumns,
  options: { millesime?: string | undefined; voie?: Filiere | undefined },
): Promise<Couverture> {
  const snapshot = await figures.snapshot();
  const { nomenclature } = snapshot;
  const parsed = catalogue.rows.map((row) => {
    const code = columns.codes
      .map((name) => row.values.get(name)?.trim() ?? '')
      .find((v) => v !== '');
    const uai = columns.uai === null ? '' : (row.values.get(columns.uai)?.trim() ?? '');
    const region = columns.region === null ? '' : (row.values.get(columns.region)?.trim() ?? '');
    return { ligne: row.ligne, code: code ?? '', uai, region };
  });

  const resolvedByCode = new Map<string, ResolvedCode>();
  const uais = new Set<string>();
  for (const row of parsed) {
    const code = parseCertificationCode(row.code);
    if (code.ok && !resolvedByCode.has(code.value.code)) {
      resolvedByCode.set(code.value.code, resolveCode(code.value, nomenclature));
    }
    const uai = parseUai(row.uai);
    if (uai.ok) uais.add(uai.value);
  }
  const source = figures.rowSource;
  const [found, withRows] = await Promise.all([
    source.etablissements([...uais]),
    source.uaisWithRows([...uais]),
  ]);
  const etablissements = new Map(found.map((row) => [row.uai, row]));
  const regionOf = (uai: string | null, asked: Region | null): Region | null => {
    if (asked !== null) return asked;
    const code = uai === null ? null : (etablissements.get(uai)?.region_code ?? null);
    if (code === null) return null;
    return regionByCode(code) ?? { code, libelle: nomenclature.regions.get(code) ?? code };
  };

  const regions = new Set<string>();
  for (const row of parsed) {
    const asked = parseRegion(row.region);
    const uai = parseUai(row.uai);
    const region = regionOf(
      uai.ok ? uai.value : null,
      asked.ok && row.region !== '' ? asked.value : null,
    );
    if (region !== null) regions.add(region.code);
  }
  const finals = finalsOf([...resolvedByCode.values()]);
  const rows = await source.rows(
    {
      codes: [...new Set(finals.map((final) => final.code))],
      cfds: [...new Set(finals.map((final) => final.cfd).filter((cfd) => cfd !== null))],
      national: true,
      regions: [...regions],
      uais: [...uais],
    },
    snapshot.figures,
  );
  const byCode = groupBy(rows, (row) => row.code);
  const byCfd = groupBy(rows, (row) => row.cfd);
  const context = {
    nomenclature,
    etablissements: new Map(found.map((row) => [row.uai, row.libelle])),
    today: figures.today(),
  };

  // Only what a line reports is kept, not the widget's records: a large catalogue's memo
  // stays small while it is checked.
  const memo = new Map<string, Verdict>();
  const evaluate = (
    code: CertificationCode,
    uai: string | null,
    region: Region | null,
  ): Verdict => {
    const key = `${code.code}|${uai ?? ''}|${region?.code ?? ''}`;
    const known = memo.get(key);
    if (known !== undefined) return known;
    const { statut, raison, message, affichage } = outcomeOf(code, uai, region);
    const verdict: Verdict = {
      statut,
      raison,
      message,
      scope: affichage?.scope ?? null,
      repli: affichage?.repli ?? [],
      millesime: affichage?.millesime ?? null,
      filieres: affichage?.filieres.map((record) => record.filiere) ?? [],
    };
    memo.set(key, verdict);
    return verdict;
  };
  const outcomeOf = (
    code: CertificationCode,
    uai: string | null,
    region: Region | null,
  ): Outcome => {
    const resolved = resolvedByCode.get(code.code);
    if (resolved === undefined || resolved.kind === 'inconnu')
      return result('non_couvert', 'code_inconnu');
    const ownFinals = finalsOf([resolved]);
    const candidates = new Map<number, IndicatorRow>();
    for (const final of ownFinals) {
      const sameDiploma = final.cfd === null ? [] : (byCfd.get(final.cfd) ?? []);
      for (const row of [...(byCode.get(final.code) ?? []), ...sameDiploma]) {
        const inScope =
          row.scope === 'national' ||
          (row.scope === 'regional' && row.region_code === region?.code) ||
          (row.scope === 'formation' && row.uai === uai);
        if (inScope) candidates.set(row.id, row);
      }
    }
    const candidateRows = [...candidates.values()];
    if (
      options.millesime !== undefined &&
      candidateRows.some((row) => options.voie === undefined || row.filiere === options.voie) &&
      !candidateRows.some(
        (row) =>
          row.millesime === options.millesime &&
          (options.voie === undefined || row.filiere === options.voie),
      )
    ) {
      return result('non_couvert', 'millesime_indisponible');
    }
    const etablissement = uai === null ? null : etablissements.get(uai);
    const affichage = computeAffichage({
      requested: [code],
      resolved: [resolved],
      etablissement:
        uai === null
          ? null
          : { uai, libelle: etablissement?.libelle ?? null, hasOtherTrainings: withRows.has(uai) },
      region,
      millesime: options.millesime,
      voie: options.voie,
      rows: candidateRows,
      context,
    });
    if (affichage.scope === null) {
      const raison = affichage.absence?.raison ?? 'non_publie';
      return {
        ...result('non_couvert', raison),
        message: affichage.absence?.message ?? null,
        affichage,
      };
    }
    if (affichage.filieres.some(isPublishable)) {
      const uaiUnknown = uai !== null && etablissement === undefined && !withRows.has(uai);
      const note: RaisonCouverture | null = uaiUnknown
        ? 'uai_inconnu'
        : resolved.kind === 'seconde_commune'
          ? 'seconde_commune'
          : resolved.resolution !== null
            ? 'annee_non_terminale'
            : null;
      return { ...result('couvert', note), affichage };
    }
    const tooFew = affichage.filieres.some(
      (record) => record.masquage?.raison === 'effectif_insuffisant',
    );
    return tooFew
      ? { ...result('sous_seuil', 'effectif_insuffisant'), affichage }
      : { ...result('non_couvert', 'non_publie'), affichage };
  };

  const ligneOf = (row: (typeof parsed)[number]): LigneCouverture => {
    const base = {
      ligne: row.ligne,
      uai: row.uai === '' ? null : row.uai,
      code: row.code === '' ? null : row.code,
      region: row.region === '' ? null : row.region,
    };
    const invalid = (raison: RaisonCouverture, message: string): LigneCouverture => ({
      ...base,
      statut: 'invalide',
      raison,
      message,
      scope: null,
      repli: [],
      millesime: null,
      filieres: [],
    });
    if (row.code === '') return invalid('code_manquant', MESSAGES.code_manquant ?? '');
    const code = parseCertificationCode(row.code);
    if (!code.ok) return invalid('code_invalide', `Code « ${row.code} » : ${code.reason}.`);
    const uai = parseUai(row.uai);
    if (row.uai !== '' && !uai.ok)
      return invalid('uai_invalide', `UAI « ${row.uai} » : ${uai.reason}.`);
    const region = parseRegion(row.region);
    if (row.region !== '' && !region.ok) {
      return invalid('region_invalide', `Région « ${row.region} » : ${region.reason}.`);
    }
    const uaiValue = row.uai === '' || !uai.ok ? null : uai.value;
    const verdict = evaluate(
      code.value,
      uaiValue,
      regionOf(uaiValue, row.region !== '' && region.ok ? region.value : null),
    );
    return { ...base, ...verdict };
  };
  // Rows are checked in slices, handing the event loop back in between: one partner's
  // catalogue must not hold up the widgets' requests, nor new connections, until it is done.
  const lignes: LigneCouverture[] = [];
  for (const row of parsed) {
    if (lignes.length > 0 && lignes.length % ROWS_PER_SLICE === 0) await setImmediate();
    lignes.push(ligneOf(row));
  }
  return {
    colonnes: { code: columns.codes.join(' / '), uai: columns.uai, region: columns.region },
    totaux: coverageTotals(lignes),
    lignes,
  };
}

function result(statut: StatutCouverture, raison: RaisonCouverture | null): Outcome {
  return {
    statut,
    raison,
    message: raison === null ? null : (MESSAGES[raison] ?? null),
    affichage: null,
  };
}

function groupBy<K>(
  rows: readonly IndicatorRow[],
  key: (row: IndicatorRow) => K,
): Map<K, IndicatorRow[]> {
  const groups = new Map<K, IndicatorRow[]>();
  for (const row of rows) {
    const value = key(row);
    const group = groups.get(value);
    if (group === undefined) groups.set(value, [row]);
    else group.push(row);
  }
  return groups;
}
