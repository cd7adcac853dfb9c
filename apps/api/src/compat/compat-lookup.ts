import type { CertificationCode, Indicateur } from '@inserjeunes/contract';
import { ApiFailure } from '../http/api-failure.js';
import type { CompatibleAnswer, Place } from '../read-model/compatible-answer.js';
import { CompatError } from './compat-error.js';
import type { CompatLookup, CompatSource } from './compat-source.js';
import { fromApiFailure, isApiFailure, type LookupKind } from './from-api-failure.js';
import { millesimeCandidates } from './millesime-counterpart.js';
import { referenceFilieres } from './reference-filieres.js';
import { referenceSecondeCommune } from './reference-seconde-commune.js';
import { type ReferenceStat, referenceStat } from './reference-stat.js';

/** A single lookup of the compatible routes: one code, several, or `vue=filieres`. */
export interface CompatLookupRequest {
  route: LookupKind['route'];
  place: Place;
  codes: readonly CertificationCode[];
  millesime?: string | undefined;
  vue?: 'filieres' | undefined;
}

/** What a lookup answers, in the reference's shape, or the reference's error. */
export type CompatLookupResult =
  | { ok: true; body: ReferenceStat }
  | { ok: false; error: CompatError };

/**
 * Answers a single lookup as the reference did: one record with `_meta.titre/details`, the
 * filières view `{ pro, apprentissage }`, or a seconde commune with its
 * `certificationsTerminales`. A millésime that does not exist is also looked for in its
 * other form (`2024` ↔ `2023_2024`).
 */
export async function compatLookup(
  source: CompatSource,
  request: CompatLookupRequest,
): Promise<CompatLookupResult> {
  const kind: LookupKind = {
    route: request.route,
    filieres: request.vue === 'filieres' || request.codes.length > 1,
  };
  try {
    const figures = await figuresWithCounterpart(source, request);
    return { ok: true, body: await toReference(source, request, kind, figures) };
  } catch (error) {
    if (isApiFailure(error)) return { ok: false, error: fromApiFailure(error, kind) };
    if (error instanceof CompatError) return { ok: false, error };
    throw error;
  }
}

async function figuresWithCounterpart(
  source: CompatSource,
  request: CompatLookupRequest,
): Promise<CompatibleAnswer> {
  const lookup: CompatLookup = { place: request.place, codes: request.codes, vue: request.vue };
  if (request.millesime === undefined) return source.figures(lookup);
  const candidates = millesimeCandidates(request.millesime, request.route === 'formations');
  let first: ApiFailure | undefined;
  for (const millesime of candidates) {
    try {
      return await source.figures({ ...lookup, millesime });
    } catch (error) {
      if (!isApiFailure(error) || error.code !== 'millesime_indisponible') throw error;
      first ??= error;
    }
  }
  // Say the millésime asked for was missing, not its other form.
  throw new ApiFailure('millesime_indisponible', first?.message ?? '', {
    ...first?.details,
    millesime: request.millesime,
  });
}

async function toReference(
  source: CompatSource,
  request: CompatLookupRequest,
  kind: LookupKind,
  figures: CompatibleAnswer,
): Promise<ReferenceStat> {
  if ('filieres' in figures) {
    const codes = [...new Set(figures.filieres.flatMap(codesOf))];
    const cfds = new Map(
      await Promise.all(codes.map(async (code) => [code, await source.cfdOf(code)] as const)),
    );
    const body = referenceFilieres(figures, cfds);
    if (body.pro === undefined && body.apprentissage === undefined) {
      throw fromApiFailure(
        new ApiFailure(
          'donnees_indisponibles',
          'Aucune donnée pour la voie scolaire ni l’apprentissage.',
        ),
        kind,
      );
    }
    return { ...body };
  }
  if ('seconde_commune' in figures) {
    const missing = new Map<string, string[]>();
    const found = new Set(figures.certifications.map((record) => record.code_certification));
    for (const specialite of figures.specialites) {
      if (!found.has(specialite.code)) {
        missing.set(specialite.code, await heldMillesimes(source, request, specialite.code));
      }
    }
    return referenceSecondeCommune(figures, {
      cfd: await source.cfdOf(figures.seconde_commune.code),
      millesime: request.millesime,
      missing,
    });
  }
  const etablissement =
    request.place.scope === 'formation'
      ? ((await source.etablissements([request.place.uai])).get(request.place.uai) ?? null)
      : null;
  const stat = referenceStat(figures, { etablissement, texts: true });
  const famille =
    figures.code_certification === null ? null : await source.familleOf(figures.code_certification);
  return famille === null
    ? stat
    : { ...stat, familleMetier: { libelle: famille, isAnneeCommune: false } };
}

function codesOf(record: Indicateur): string[] {
  return (
    record.codes_sommes ?? (record.code_certification === null ? [] : [record.code_certification])
  );
}

/** The millésimes a speciality has at the scope asked, when it has none at the one asked for. */
async function heldMillesimes(
  source: CompatSource,
  request: CompatLookupRequest,
  code: string,
): Promise<string[]> {
  try {
    await source.figures({
      place: request.place,
      codes: [{ type: 'MEFSTAT11', code }],
      millesime: request.millesime ?? '0000',
    });
    return [];
  } catch (error) {
    if (isApiFailure(error) && error.code === 'millesime_indisponible') {
      const held = error.details?.millesimes_disponibles;
      return Array.isArray(held) ? held.map(String) : [];
    }
    return [];
  }
}
