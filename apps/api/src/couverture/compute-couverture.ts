import { setImmediate } from 'node:timers/promises';
import {
  type CertificationCode,
  type Couverture,
  type Filiere,
  type LigneCouverture,
  parseCertificationCode,
  parseUai,
  type Region,
} from '@inserjeunes/contract';
import { chooseScope } from '../affichage/compute-affichage.js';
import { BlockFiguresMemo } from '../indicators/build-indicateur.js';
import { type ResolvedCode, resolveCode } from '../indicators/resolve-code.js';
import { finalsOf } from '../read-model/gather.js';
import { missingMillesime } from '../read-model/millesime-check.js';
import type { ReadModel } from '../read-model/read-model.js';
import { placeRegion } from '../read-model/region-label.js';
import { type CatalogueLine, catalogueLines, readLine } from './catalogue-lines.js';
import { coverageTotals } from './coverage-totals.js';
import type { CatalogueColumns } from './find-columns.js';
import { outcome, outcomeOfChoice, type Verdict, verdictOf } from './line-verdict.js';
import { catalogueRowIndex, rowsInScope } from './placed-rows.js';
import type { Catalogue } from './read-catalogue.js';

/** Rows checked between two turns of the event loop (a few milliseconds of work). */
const ROWS_PER_SLICE = 50;

/** The codes a catalogue names, resolved once each, and the UAIs it names. */
function namedInCatalogue(
  lines: readonly CatalogueLine[],
  resolve: (code: CertificationCode) => ResolvedCode,
) {
  const resolvedByCode = new Map<string, ResolvedCode>();
  const uais = new Set<string>();
  for (const line of lines) {
    const code = parseCertificationCode(line.code);
    if (code.ok && !resolvedByCode.has(code.value.code)) {
      resolvedByCode.set(code.value.code, resolve(code.value));
    }
    const uai = parseUai(line.uai);
    if (uai.ok) uais.add(uai.value);
  }
  return { resolvedByCode, uais: [...uais] };
}

/**
 * The coverage of a partner's catalogue: each line goes through the same fallback as the
 * widget (`chooseScope`), on data the read model gathers in two lookups for the whole
 * catalogue rather than per line. Unreadable lines are reported with their reason, never fatal.
 */
export async function computeCouverture(
  readModel: ReadModel,
  catalogue: Catalogue,
  columns: CatalogueColumns,
  options: { millesime?: string | undefined; voie?: Filiere | undefined },
): Promise<Couverture> {
  const snapshot = await readModel.snapshot();
  const { nomenclature } = snapshot;
  const lines = catalogueLines(catalogue, columns);
  const { resolvedByCode, uais } = namedInCatalogue(lines, (code) =>
    resolveCode(code, nomenclature),
  );
  const finals = finalsOf([...resolvedByCode.values()]);
  const { establishments, rows, context } = await readModel.catalogue(snapshot, uais, finals);
  const withFigures = snapshot.figures.uaisWithRows;
  const placedRowsOf = catalogueRowIndex(snapshot.figures, rows);
  const figuresMemo = new BlockFiguresMemo(nomenclature);

  const judge = (
    code: CertificationCode,
    resolved: Exclude<ResolvedCode, { kind: 'inconnu' }>,
    uai: string | null,
    region: Region | null,
  ): Verdict => {
    const candidateRows = rowsInScope(placedRowsOf(code.code, finalsOf([resolved])), uai, region);
    const ofVoie = candidateRows.filter(
      (row) => options.voie === undefined || row.filiere === options.voie,
    );
    if (missingMillesime(options.millesime, ofVoie) !== null) {
      return verdictOf(outcome('non_couvert', 'millesime_indisponible'), null);
    }
    const etablissement = uai === null ? undefined : establishments.get(uai);
    const choice = chooseScope({
      requested: [code],
      resolved: [resolved],
      etablissement:
        uai === null
          ? null
          : {
              uai,
              libelle: etablissement?.libelle ?? null,
              hasOtherTrainings: withFigures.has(uai),
            },
      region,
      millesime: options.millesime,
      voie: options.voie,
      rows: candidateRows,
      context,
      memo: figuresMemo,
    });
    const uaiUnknown = uai !== null && etablissement === undefined && !withFigures.has(uai);
    return verdictOf(outcomeOfChoice(choice, resolved, uaiUnknown), choice);
  };

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
      return verdictOf(outcome('non_couvert', 'code_inconnu'), null);
    }
    const placed = placedRowsOf(code.code, finalsOf([resolved]));
    const establishment =
      uai === null
        ? '-'
        : placed.some((rowsOfFinal) => rowsOfFinal.formation.has(uai))
          ? `u${uai}`
          : `n${establishments.has(uai) ? 1 : 0}${withFigures.has(uai) ? 1 : 0}`;
    const key = `${code.code}|${establishment}|${region?.code ?? ''}`;
    let verdict = memo.get(key);
    if (verdict === undefined) {
      verdict = judge(code, resolved, uai, region);
      memo.set(key, verdict);
    }
    return verdict;
  };

  const regionOf = (uai: string | null, asked: Region | null): Region | null => {
    if (asked !== null) return asked;
    const code = uai === null ? null : (establishments.get(uai)?.region_code ?? null);
    return code === null ? null : placeRegion(code, nomenclature);
  };
  const ligneOf = (line: CatalogueLine): LigneCouverture => {
    const request = readLine(line);
    if (!('base' in request)) return request;
    const verdict = evaluate(request.code, request.uai, regionOf(request.uai, request.region));
    return { ...request.base, ...verdict };
  };

  // Lines are checked in slices, handing the event loop back in between: one partner's
  // catalogue must not hold up the widgets' requests, nor new connections, until it is done.
  const lignes: LigneCouverture[] = [];
  for (const line of lines) {
    if (lignes.length > 0 && lignes.length % ROWS_PER_SLICE === 0) await setImmediate();
    lignes.push(ligneOf(line));
  }
  return {
    colonnes: { code: columns.codes.join(' / '), uai: columns.uai, region: columns.region },
    totaux: coverageTotals(lignes),
    lignes,
  };
}
