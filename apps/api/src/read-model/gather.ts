import type { CertificationCode, Region } from '@inserjeunes/contract';
import type { DataSnapshot } from '../data/data-state.js';
import { ApiFailure } from '../http/api-failure.js';
import type { BuildContext } from '../indicators/build-indicateur.js';
import { placesOf } from '../indicators/establishment-place.js';
import type { IndicatorRow } from '../indicators/indicator-row.js';
import { type FinalCode, type ResolvedCode, resolveCode } from '../indicators/resolve-code.js';
import type { RowSource } from '../indicators/row-source.js';
import { placeRegion } from './region-label.js';

/** An establishment a request names, as the directory and the figures know it. */
export interface Establishment {
  uai: string;
  libelle: string | null;
  region_code: string | null;
  academie_code: string | null;
  /** In the directory of establishments. */
  known: boolean;
  /** Has figures of any kind (then it is known to the API even outside the directory). */
  hasFigures: boolean;
}

/** Where to read figures: France, one region, one establishment (any of them). */
export interface GatherRequest {
  codes: readonly CertificationCode[];
  national: boolean;
  region: Region | null;
  uai: string | null;
  /** Take the establishment's region when no region is given (the widget's fallback). */
  regionOfEstablishment?: boolean;
}

/** Everything one request's answer is built from, each read once. */
export interface Gathered {
  snapshot: DataSnapshot;
  /** The requested codes resolved; none of them unknown. */
  resolved: ResolvedCode[];
  finals: FinalCode[];
  establishment: Establishment | null;
  region: Region | null;
  /** Every row the final codes (or their diplomas) have at the places asked for. */
  rows: IndicatorRow[];
  context: BuildContext;
}

/** The final-year codes a resolved request stands for. */
export function finalsOf(resolved: readonly ResolvedCode[]): FinalCode[] {
  return resolved.flatMap((entry) => {
    if (entry.kind === 'final') return [entry.final];
    return entry.kind === 'seconde_commune' ? entry.finals : [];
  });
}

/** Resolves every code, or answers 404 naming those nobody knows. */
export function resolveAll(
  codes: readonly CertificationCode[],
  snapshot: DataSnapshot,
): ResolvedCode[] {
  const resolved = codes.map((code) => resolveCode(code, snapshot.nomenclature));
  const unknown = resolved.filter((entry) => entry.kind === 'inconnu').map((e) => e.requested.code);
  if (unknown.length > 0) {
    throw new ApiFailure(
      'code_inconnu',
      unknown.length === 1
        ? `Code « ${unknown[0]} » inconnu : ni la BCN ni les données importées ne le connaissent.`
        : `Codes inconnus : ${unknown.join(', ')}.`,
      { codes: unknown },
    );
  }
  return resolved;
}

/** Looks an establishment up once: the directory's entry, and whether it has figures. */
export async function findEstablishment(
  source: RowSource,
  snapshot: DataSnapshot,
  uai: string,
): Promise<Establishment> {
  const [entry] = await source.etablissements([uai]);
  const hasFigures = snapshot.figures.uaisWithRows.has(uai);
  if (entry === undefined) {
    return { uai, libelle: null, region_code: null, academie_code: null, known: false, hasFigures };
  }
  return { ...entry, known: true, hasFigures };
}

/**
 * Gathers one request's material: the codes resolved (404 for an unknown one), the
 * establishment (one lookup), the region, the rows (national and regional ones from
 * memory, an establishment's in one query) and what records are labelled with. The only
 * establishment rows can name is the one asked for, so its label needs no second lookup.
 */
export async function gather(
  source: RowSource,
  snapshot: DataSnapshot,
  today: string,
  request: GatherRequest,
): Promise<Gathered> {
  const resolved = resolveAll(request.codes, snapshot);
  const finals = finalsOf(resolved);
  const establishment =
    request.uai === null ? null : await findEstablishment(source, snapshot, request.uai);
  let region = request.region;
  if (region === null && request.regionOfEstablishment && establishment?.region_code) {
    region = placeRegion(establishment.region_code, snapshot.nomenclature);
  }
  const rows = await source.rows(
    {
      codes: finals.map((final) => final.code),
      cfds: finals.map((final) => final.cfd).filter((cfd) => cfd !== null),
      national: request.national,
      regions: region === null ? [] : [region.code],
      uais: request.uai === null ? [] : [request.uai],
    },
    snapshot.figures,
  );
  const labels = new Map<string, string | null>();
  if (establishment?.known) labels.set(establishment.uai, establishment.libelle);
  return {
    snapshot,
    resolved,
    finals,
    establishment,
    region,
    rows,
    context: {
      nomenclature: snapshot.nomenclature,
      etablissements: labels,
      today,
      places: establishment?.known ? placesOf([establishment]) : new Map(),
    },
  };
}
