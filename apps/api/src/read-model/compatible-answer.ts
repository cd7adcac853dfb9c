import type {
  CertificationCode,
  Filiere,
  Indicateur,
  IndicateursParFiliere,
  IndicateursSecondeCommune,
  Region,
} from '@inserjeunes/contract';
import { ApiFailure } from '../http/api-failure.js';
import { absenceReason } from '../indicators/absence-reason.js';
import { buildIndicateur } from '../indicators/build-indicateur.js';
import type { IndicatorRow } from '../indicators/indicator-row.js';
import { notTaughtHere } from '../indicators/not-taught-here.js';
import { latestOf, rowsForCodes, selectBlocks } from '../indicators/select-blocks.js';
import type { Gathered } from './gather.js';
import { checkMillesime } from './millesime-check.js';

/** Where the compatible routes look: France, one region, or one establishment. */
export type Place =
  | { scope: 'national' }
  | { scope: 'regional'; region: Region }
  | { scope: 'formation'; uai: string };

/** The options of the compatible routes. */
export interface FigureQuery {
  millesime?: string | undefined;
  filiere?: Filiere | undefined;
  vue?: 'filieres' | undefined;
}

export type CompatibleAnswer = Indicateur | IndicateursParFiliere | IndicateursSecondeCommune;

/** The filière a single code's record comes from when several exist, by code type. */
const PREFERRED: Record<CertificationCode['type'], readonly Filiere[]> = {
  MEFSTAT11: ['scolaire', 'agricole', 'apprentissage', 'superieur'],
  CFD: ['apprentissage', 'agricole', 'scolaire', 'superieur'],
  SISE: ['superieur', 'scolaire', 'apprentissage', 'agricole'],
};

const WHERE = {
  national: 'au niveau national',
  regional: 'dans cette région',
  formation: 'dans cet établissement',
} as const;

/**
 * The compatible routes' answer from gathered rows: one record for one code (its type's
 * preferred filière unless `filiere` says), a common first year's specialities, or one
 * block per filière for several codes or `vue=filieres`.
 */
export function compatibleAnswer(
  gathered: Gathered,
  place: Place,
  codes: readonly CertificationCode[],
  query: FigureQuery,
): CompatibleAnswer {
  const { resolved, finals, context } = gathered;
  const atScope = gathered.rows.filter((row) => row.scope === place.scope);
  const [only] = resolved;

  if (resolved.length === 1 && only?.kind === 'seconde_commune' && query.vue === undefined) {
    const certifications: Indicateur[] = [];
    for (const final of only.finals) {
      const blocks = selectBlocks(rowsForCodes(atScope, [final], 'filieres'), query);
      for (const block of blocks) certifications.push(buildIndicateur(block.rows, context));
    }
    if (certifications.length === 0) checkMillesime(query.millesime, atScope, place.scope);
    return { ...only.secondeCommune, certifications };
  }

  if (resolved.length === 1 && only?.kind === 'final' && query.vue === undefined) {
    const rows = rowsForCodes(atScope, [only.final], 'exact');
    const filiere = query.filiere ?? preferredFiliere(only.requested, rows);
    const [block] = selectBlocks(rows, { millesime: query.millesime, filiere });
    if (block === undefined) {
      const ofFiliere = rows.filter((row) => row.filiere === filiere);
      checkMillesime(query.millesime, ofFiliere, place.scope);
      throw noData(gathered, place, query.filiere);
    }
    return buildIndicateur(block.rows, context, { resolution: only.resolution });
  }

  const rows = rowsForCodes(atScope, finals, query.vue === 'filieres' ? 'filieres' : 'exact');
  const blocks = selectBlocks(rows, query);
  if (blocks.length === 0) {
    checkMillesime(query.millesime, rows, place.scope);
    throw noData(gathered, place, query.filiere);
  }
  return {
    codes: codes.map((code) => code.code),
    millesime: latestOf(blocks) ?? '',
    filieres: blocks.map((block) => buildIndicateur(block.rows, context)),
  };
}

function preferredFiliere(
  code: CertificationCode,
  rows: readonly IndicatorRow[],
): Filiere | undefined {
  const present = new Set(rows.map((row) => row.filiere));
  return PREFERRED[code.type].find((filiere) => present.has(filiere));
}

/** 404 saying why nothing is published here (a new diploma, not taught, not published). */
function noData(gathered: Gathered, place: Place, filiere: Filiere | undefined): ApiFailure {
  const { raison, message } = absenceReason(gathered.finals, gathered.snapshot.nomenclature, {
    asked: place.scope === 'formation',
    hasOtherTrainings:
      place.scope === 'formation' &&
      notTaughtHere(
        gathered.snapshot.figures.formationVoies.get(place.uai),
        gathered.finals,
        gathered.rows,
      ),
  });
  return new ApiFailure(
    'donnees_indisponibles',
    `Aucune donnée ${WHERE[place.scope]}${filiere === undefined ? '' : ` pour la filière ${filiere}`}. ${message}`,
    { raison, scope: place.scope, codes: gathered.finals.map((final) => final.code) },
  );
}
