import { setImmediate } from 'node:timers/promises';
import {
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
import { chooseScope, finalsOf, type ScopeChoice } from '../affichage/compute-affichage.js';
import { BlockFiguresMemo } from '../indicators/build-indicateur.js';
import type { FiguresService } from '../indicators/figures-service.js';
import type { IndicatorRow } from '../indicators/indicator-row.js';
import { type FinalCode, type ResolvedCode, resolveCode } from '../indicators/resolve-code.js';
import { latestOf } from '../indicators/select-blocks.js';
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
  const found = await source.etablissements([...uais]);
  const withRows = snapshot.figures.uaisWithRows;
  const etablissements = new Map(found.map((row) => [row.uai, row]));
  const regionOf = (uai: string | null, asked: Region | null): Region | null => {
    if (asked !== null) return asked;
    const code = uai === null ? null : (etablissements.get(uai)?.region_code ?? null);
    if (code === null) return null;
    return regionByCode(code) ?? { code, libelle: nomenclature.regions.get(code) ?? code };
  };

  const finals = finalsOf([...resolvedByCode.values()]);
  // National and regional rows are read from the store as they are; only the rows of the
  // catalogue's establishments come from the database.
  const store = snapshot.figures;
  const atEstablishments = await source.rows(
    {
      codes: [...new Set(finals.map((final) => final.code))],
      cfds: [...new Set(finals.map((final) => final.cfd).filter((cfd) => cfd !== null))],
      national: false,
      regions: [],
      uais: [...uais],
    },
    store,
  );
  const byCode = groupBy(atEstablishments, (row) => row.code);
  const byCfd = groupBy(atEstablishments, (row) => row.cfd);
  const context = {
    nomenclature,
    etablissements: new Map(found.map((row) => [row.uai, row.libelle])),
    today: figures.today(),
  };

  // Each code's rows, by final code, scope and place, indexed once for the whole catalogue.
  const placedByCode = new Map<string, PlacedRows[]>();
  const placedRowsOf = (code: string, finals: readonly FinalCode[]): PlacedRows[] => {
    const known = placedByCode.get(code);
    if (known !== undefined) return known;
    const placed = finals.map((final) =>
      placeRows([
        store.byCode.get(final.code) ?? [],
        final.cfd === null ? [] : (store.byCfd.get(final.cfd) ?? []),
        byCode.get(final.code) ?? [],
        final.cfd === null ? [] : (byCfd.get(final.cfd) ?? []),
      ]),
    );
    placedByCode.set(code, placed);
    return placed;
  };
  const figuresMemo = new BlockFiguresMemo(nomenclature);

  // Only what a line reports is kept, not the widget's records: a large catalogue's memo
  // stays small while it is checked. An establishment without rows for the code answers
  // like any other such establishment of the same region that the directory knows alike and
  // that alike has or lacks other figures: those lines share one verdict.
  const memo = new Map<string, Verdict>();
  const evaluate = (
    code: CertificationCode,
    uai: string | null,
    region: Region | null,
  ): Verdict => {
    const resolved = resolvedByCode.get(code.code);
    if (resolved === undefined || resolved.kind === 'inconnu') {
      return verdictOf(result('non_couvert', 'code_inconnu'), null);
    }
    const placed = placedRowsOf(code.code, finalsOf([resolved]));
    const establishment =
      uai === null
        ? '-'
        : placed.some((rowsOfFinal) => rowsOfFinal.formation.has(uai))
          ? `u${uai}`
          : `n${etablissements.has(uai) ? 1 : 0}${withRows.has(uai) ? 1 : 0}`;
    const key = `${code.code}|${establishment}|${region?.code ?? ''}`;
    const known = memo.get(key);
    if (known !== undefined) return known;
    const { outcome, choice } = outcomeOf(code, resolved, placed, uai, region);
    const verdict = verdictOf(outcome, choice);
    memo.set(key, verdict);
    return verdict;
  };
  const outcomeOf = (
    code: CertificationCode,
    resolved: Exclude<ResolvedCode, { kind: 'inconnu' }>,
    placed: readonly PlacedRows[],
    uai: string | null,
    region: Region | null,
  ): { outcome: Outcome; choice: ScopeChoice | null } => {
    const candidateRows = rowsInScope(placed, uai, region);
    if (
      options.millesime !== undefined &&
      candidateRows.some((row) => options.voie === undefined || row.filiere === options.voie) &&
      !candidateRows.some(
        (row) =>
          row.millesime === options.millesime &&
          (options.voie === undefined || row.filiere === options.voie),
      )
    ) {
      return { outcome: result('non_couvert', 'millesime_indisponible'), choice: null };
    }
    const etablissement = uai === null ? null : etablissements.get(uai);
    const choice = chooseScope({
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
      memo: figuresMemo,
    });
    if (choice.scope === null) {
      const raison = choice.absence?.raison ?? 'non_publie';
      return {
        outcome: { ...result('non_couvert', raison), message: choice.absence?.message ?? null },
        choice,
      };
    }
    if (choice.publishable) {
      const uaiUnknown = uai !== null && etablissement === undefined && !withRows.has(uai);
      const note: RaisonCouverture | null = uaiUnknown
        ? 'uai_inconnu'
        : resolved.kind === 'seconde_commune'
          ? 'seconde_commune'
          : resolved.resolution !== null
            ? 'annee_non_terminale'
            : null;
      return { outcome: result('couvert', note), choice };
    }
    return choice.tooFew
      ? { outcome: result('sous_seuil', 'effectif_insuffisant'), choice }
      : { outcome: result('non_couvert', 'non_publie'), choice };
  };

  const ligneOf = (row: (typeof parsed)[number]): LigneCouverture => {
    const base = {
      ligne: row.ligne,
      uai: row.uai === '' ? null : row.uai,
      code: row.code === '' ? null : row.code,
      region: row.region === '' ? null : row.region,
    };
    if (row.code === '') return invalidLine(base, 'code_manquant', MESSAGES.code_manquant ?? '');
    const code = parseCertificationCode(row.code);
    if (!code.ok)
      return invalidLine(base, 'code_invalide', `Code « ${row.code} » : ${code.reason}.`);
    const uai = parseUai(row.uai);
    if (row.uai !== '' && !uai.ok)
      return invalidLine(base, 'uai_invalide', `UAI « ${row.uai} » : ${uai.reason}.`);
    const region = parseRegion(row.region);
    if (row.region !== '' && !region.ok) {
      return invalidLine(base, 'region_invalide', `Région « ${row.region} » : ${region.reason}.`);
    }
    const uaiValue = row.uai === '' || !uai.ok ? null : uai.value;
    const verdict = evaluate(
      code.value,
      uaiValue,
      regionOf(uaiValue, row.region !== '' && region.ok ? region.value : null),
    );
    return {
      ...base,
      statut: verdict.statut,
      raison: verdict.raison,
      message: verdict.message,
      scope: verdict.scope,
      repli: verdict.repli,
      millesime: verdict.millesime,
      filieres: verdict.filieres,
    };
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
  };
}

/** A line that cannot be checked, and why. */
function invalidLine(
  base: Pick<LigneCouverture, 'ligne' | 'uai' | 'code' | 'region'>,
  raison: RaisonCouverture,
  message: string,
): LigneCouverture {
  return {
    ...base,
    statut: 'invalide',
    raison,
    message,
    scope: null,
    repli: [],
    millesime: null,
    filieres: [],
  };
}

function verdictOf(outcome: Outcome, choice: ScopeChoice | null): Verdict {
  return {
    ...outcome,
    scope: choice?.scope ?? null,
    repli: choice?.repli ?? [],
    millesime:
      choice === null || choice.scope === null
        ? null
        : latestOf(choice.blocks.map(({ block }) => block)),
    filieres: choice?.blocks.map(({ block }) => block.filiere) ?? [],
  };
}

/** One final code's rows: national, by region, and by establishment. */
interface PlacedRows {
  national: IndicatorRow[];
  regional: Map<string, IndicatorRow[]>;
  formation: Map<string | null, IndicatorRow[]>;
}

function placeRows(groups: readonly (readonly IndicatorRow[])[]): PlacedRows {
  const placed: PlacedRows = { national: [], regional: new Map(), formation: new Map() };
  const seen = new Set<number>();
  const add = <K>(map: Map<K, IndicatorRow[]>, key: K, row: IndicatorRow) => {
    const group = map.get(key);
    if (group === undefined) map.set(key, [row]);
    else group.push(row);
  };
  for (const rows of groups) {
    for (const row of rows) {
      if (seen.has(row.id)) continue;
      seen.add(row.id);
      if (row.scope === 'national') placed.national.push(row);
      else if (row.scope === 'regional' && row.region_code !== null) {
        add(placed.regional, row.region_code, row);
      } else if (row.scope === 'formation') add(placed.formation, row.uai, row);
    }
  }
  return placed;
}

/** The rows of the final codes at France, in the region and at the establishment. */
function rowsInScope(
  placed: readonly PlacedRows[],
  uai: string | null,
  region: Region | null,
): IndicatorRow[] {
  const candidates = new Map<number, IndicatorRow>();
  for (const rowsOfFinal of placed) {
    const regional = region === null ? undefined : rowsOfFinal.regional.get(region.code);
    for (const rows of [rowsOfFinal.national, regional, rowsOfFinal.formation.get(uai)]) {
      if (rows !== undefined) for (const row of rows) candidates.set(row.id, row);
    }
  }
  return [...candidates.values()];
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
