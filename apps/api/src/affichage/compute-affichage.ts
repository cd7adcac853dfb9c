import {
  type Affichage,
  type CertificationCode,
  type Filiere,
  type Indicateur,
  inferAudience,
  type RaisonRepli,
  type Region,
  type Scope,
} from '@inserjeunes/contract';
import { type Absence, absenceReason } from '../indicators/absence-reason.js';
import {
  type BuildContext,
  buildIndicateur,
  isPublishable,
} from '../indicators/build-indicateur.js';
import { describeCode, isClosed } from '../indicators/describe-code.js';
import type { IndicatorRow } from '../indicators/indicator-row.js';
import type { FinalCode, ResolvedCode } from '../indicators/resolve-code.js';
import { latestOf, rowsForCodes, selectBlocks } from '../indicators/select-blocks.js';

export interface AffichageInput {
  requested: readonly CertificationCode[];
  /** The requested codes resolved; none of them unknown. */
  resolved: readonly ResolvedCode[];
  etablissement: { uai: string; libelle: string | null; hasOtherTrainings: boolean } | null;
  /** The region of the regional step: the one asked for, else the establishment's. */
  region: Region | null;
  millesime?: string | undefined;
  voie?: Filiere | undefined;
  /** Every row the codes have at the national scope, in the region and at the establishment. */
  rows: readonly IndicatorRow[];
  context: BuildContext;
}

/** The final-year codes a resolved request stands for. */
export function finalsOf(resolved: readonly ResolvedCode[]): FinalCode[] {
  return resolved.flatMap((entry) => {
    if (entry.kind === 'final') return [entry.final];
    return entry.kind === 'seconde_commune' ? entry.finals : [];
  });
}

/**
 * The widget's view, decided on the server (ADR 3): try the establishment, then the
 * region, then France, and show the first scope with a publishable figure in some filière.
 * Each scope passed over is listed with why (nothing there, too few students, nothing
 * published). When no scope has a publishable figure, the narrowest scope that has rows
 * is shown withheld, so the reader learns why; when none has rows, `absence` says why.
 * The coverage route runs this same function on each catalogue row.
 */
export function computeAffichage(input: AffichageInput): Affichage {
  const { resolved, etablissement, region, context } = input;
  const finals = finalsOf(resolved);
  const candidates = rowsForCodes(input.rows, finals, 'filieres');
  const seconde = resolved.find((entry) => entry.kind === 'seconde_commune');
  const only = resolved.length === 1 ? resolved[0] : undefined;
  const resolution = only?.kind === 'final' ? only.resolution : null;
  const libelle = labelOf(resolved, finals, context);

  const steps: { scope: Scope; keep: (row: IndicatorRow) => boolean }[] = [];
  if (etablissement !== null) {
    steps.push({ scope: 'formation', keep: (row) => row.uai === etablissement.uai });
  }
  if (region !== null) {
    steps.push({ scope: 'regional', keep: (row) => row.region_code === region.code });
  }
  steps.push({ scope: 'national', keep: () => true });

  type Step = { scope: Scope; raison: RaisonRepli };
  type Outcome = { scope: Scope; records: Indicateur[]; repli: Step[] };
  const repli: Step[] = [];
  let shown: Outcome | null = null;
  let withheld: Outcome | null = null;
  for (const step of steps) {
    const scopeRows = candidates.filter((row) => row.scope === step.scope && step.keep(row));
    const blocks = selectBlocks(scopeRows, { millesime: input.millesime, filiere: input.voie });
    if (blocks.length === 0) {
      repli.push({ scope: step.scope, raison: 'absent' });
      continue;
    }
    const records = blocks.map((block) =>
      buildIndicateur(block.rows, context, {
        resolution,
        libelle: seconde === undefined ? null : libelle,
      }),
    );
    if (records.some(isPublishable)) {
      shown = { scope: step.scope, records, repli: [...repli] };
      break;
    }
    withheld ??= { scope: step.scope, records, repli: [...repli] };
    const tooFew = records.some((record) => record.masquage?.raison === 'effectif_insuffisant');
    repli.push({ scope: step.scope, raison: tooFew ? 'effectif_insuffisant' : 'non_publie' });
  }
  shown ??= withheld;

  let absence: Absence | null = null;
  if (shown === null) {
    absence = absenceReason(finals, context.nomenclature, {
      asked: etablissement !== null,
      hasOtherTrainings: etablissement?.hasOtherTrainings ?? false,
    });
  }
  const first = input.requested[0];
  return {
    codes: input.requested.map((code) => code.code),
    libelle,
    audience_suggeree: first === undefined ? '3eme' : inferAudience(first),
    scope: shown?.scope ?? null,
    repli: shown?.repli ?? repli,
    region: region === null ? null : { code: region.code, libelle: region.libelle },
    etablissement:
      etablissement === null ? null : { uai: etablissement.uai, libelle: etablissement.libelle },
    millesime: shown === null ? null : latestOf(shown.records),
    formation_fermee:
      finals.length > 0 &&
      finals.every((final) =>
        isClosed(describeCode(final.code, context.nomenclature).date_fermeture, context.today),
      ),
    filieres: shown?.records ?? [],
    seconde_commune: seconde?.kind === 'seconde_commune' ? seconde.secondeCommune : null,
    absence,
  };
}

function labelOf(
  resolved: readonly ResolvedCode[],
  finals: readonly FinalCode[],
  context: BuildContext,
): string | null {
  const [only] = resolved;
  if (resolved.length === 1 && only?.kind === 'seconde_commune') {
    return only.secondeCommune.seconde_commune.libelle;
  }
  const labels = new Set(
    finals.map((final) => describeCode(final.code, context.nomenclature).libelle),
  );
  const [label] = labels;
  return labels.size === 1 ? (label ?? null) : null;
}
