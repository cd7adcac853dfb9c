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
import { type ResolvedCode, resolveCode } from '../indicators/resolve-code.js';
import { finalsOf } from '../read-model/gather.js';
import type { ReadModel } from '../read-model/read-model.js';
import { placeRegion } from '../read-model/region-label.js';
import { CatalogueJudge } from './catalogue-judge.js';
import { type CatalogueLine, catalogueLines, readLine } from './catalogue-lines.js';
import { coverageTotals } from './coverage-totals.js';
import type { CatalogueColumns } from './find-columns.js';
import type { Catalogue } from './read-catalogue.js';

/**
 * Work done between two turns of the event loop, in milliseconds: the widgets' requests wait
 * at most this long behind a catalogue, and a catalogue waits one turn of the loop (all the
 * requests that came meanwhile) per slice, so slices are measured in time, not in rows.
 */
const SLICE_MS = 4;

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
 * widget ({@link CatalogueJudge}), on data the read model gathers in two lookups for the
 * whole catalogue rather than per line. Unreadable lines are reported with their reason,
 * never fatal.
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
  const judge = new CatalogueJudge({
    snapshot,
    resolvedByCode,
    establishments,
    rows,
    context,
    options,
  });
  const regionOf = (uai: string | null, asked: Region | null): Region | null => {
    if (asked !== null) return asked;
    const code = uai === null ? null : (establishments.get(uai)?.region_code ?? null);
    return code === null ? null : placeRegion(code, nomenclature);
  };
  const ligneOf = (line: CatalogueLine): LigneCouverture => {
    const request = readLine(line);
    if (!('base' in request)) return request;
    const verdict = judge.verdict(request.code, request.uai, regionOf(request.uai, request.region));
    return { ...request.base, ...verdict };
  };

  // Lines are checked in slices, handing the event loop back in between: one partner's
  // catalogue must not hold up the widgets' requests, nor new connections, until it is done.
  const lignes: LigneCouverture[] = [];
  let sliceEnds = performance.now() + SLICE_MS;
  for (const line of lines) {
    if (performance.now() >= sliceEnds) {
      await setImmediate();
      sliceEnds = performance.now() + SLICE_MS;
    }
    lignes.push(ligneOf(line));
  }
  return {
    colonnes: { code: columns.codes.join(' / '), uai: columns.uai, region: columns.region },
    totaux: coverageTotals(lignes),
    lignes,
  };
}
