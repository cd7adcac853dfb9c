import {
  type Affichage,
  type CertificationCode,
  type Filiere,
  inferAudience,
  type RaisonRepli,
  type Region,
  type Scope,
} from '@inserjeunes/contract';
import { figureContext } from '../comparison/figure-context.js';
import type { SimilarTrainings } from '../comparison/similar-trainings.js';
import { type Absence, absenceReason } from '../indicators/absence-reason.js';
import {
  type BlockFigures,
  type BlockFiguresMemo,
  type BuildContext,
  blockFigures,
  describeIndicateur,
  hasPublishableFigures,
} from '../indicators/build-indicateur.js';
import { describeCode, isClosed } from '../indicators/describe-code.js';
import type { IndicatorRow } from '../indicators/indicator-row.js';
import { readableLabelOf } from '../indicators/readable-label-of.js';
import type { FinalCode, ResolvedCode } from '../indicators/resolve-code.js';
import { type Block, latestOf, rowsForCodes, selectBlocks } from '../indicators/select-blocks.js';
import { finalsOf } from '../read-model/gather.js';

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
  /** Figures already computed for other requests on the same data (a catalogue's rows). */
  memo?: BlockFiguresMemo | undefined;
  /** The data version's similar trainings: when given, each block is put in context. */
  similar?: SimilarTrainings | undefined;
}

/** A scope passed over, and why. */
export interface Repli {
  scope: Scope;
  raison: RaisonRepli;
}

/** One block of the scope chosen, with the figures that decided it. */
export interface JudgedBlock {
  block: Block;
  figures: BlockFigures;
}

/** What the fallback decided, before any record is described. */
export interface ScopeChoice {
  finals: FinalCode[];
  /** The scope shown; null when no scope has rows. */
  scope: Scope | null;
  repli: Repli[];
  /** The blocks of the scope shown, in the contract's filière order. */
  blocks: JudgedBlock[];
  /** Some block of the scope shown has publishable figures. */
  publishable: boolean;
  /** Some block of the scope shown is withheld for too few students. */
  tooFew: boolean;
  /** Why there is nothing to show, when no scope has rows. */
  absence: Absence | null;
}

/**
 * The fallback (ADR 3): try the establishment, then the region, then France, and choose the
 * first scope with a publishable figure in some filière. Each scope passed over is listed
 * with why (nothing there, too few students, nothing published). When no scope has a
 * publishable figure, the narrowest scope that has rows is chosen withheld, so the reader
 * learns why; when none has rows, `absence` says why. Blocks are judged on their figures
 * alone ({@link blockFigures}): the widget describes the records of the scope chosen
 * ({@link computeAffichage}), the coverage route only reports the choice.
 */
export function chooseScope(input: AffichageInput): ScopeChoice {
  const { resolved, etablissement, region, context } = input;
  const finals = finalsOf(resolved);
  const candidates = rowsForCodes(input.rows, finals, 'filieres');

  const steps: { scope: Scope; keep: (row: IndicatorRow) => boolean }[] = [];
  if (etablissement !== null) {
    steps.push({ scope: 'formation', keep: (row) => row.uai === etablissement.uai });
  }
  if (region !== null) {
    steps.push({ scope: 'regional', keep: (row) => row.region_code === region.code });
  }
  steps.push({ scope: 'national', keep: () => true });

  type Outcome = { scope: Scope; blocks: JudgedBlock[]; repli: Repli[]; tooFew: boolean };
  const repli: Repli[] = [];
  let shown: Outcome | null = null;
  let withheld: Outcome | null = null;
  for (const step of steps) {
    const scopeRows = candidates.filter((row) => row.scope === step.scope && step.keep(row));
    const blocks = selectBlocks(scopeRows, { millesime: input.millesime, filiere: input.voie });
    if (blocks.length === 0) {
      repli.push({ scope: step.scope, raison: 'absent' });
      continue;
    }
    const judged = blocks.map((block) => ({
      block,
      figures:
        input.memo === undefined
          ? blockFigures(block.rows, context.nomenclature)
          : input.memo.figuresOf(block.rows),
    }));
    const tooFew = judged.some(({ figures }) => figures.raison === 'effectif_insuffisant');
    if (judged.some(({ figures }) => hasPublishableFigures(figures))) {
      shown = { scope: step.scope, blocks: judged, repli: [...repli], tooFew };
      break;
    }
    withheld ??= { scope: step.scope, blocks: judged, repli: [...repli], tooFew };
    repli.push({ scope: step.scope, raison: tooFew ? 'effectif_insuffisant' : 'non_publie' });
  }
  if (shown !== null) return { finals, ...shown, publishable: true, absence: null };
  if (withheld !== null) return { finals, ...withheld, publishable: false, absence: null };
  return {
    finals,
    scope: null,
    repli,
    blocks: [],
    publishable: false,
    tooFew: false,
    absence: absenceReason(finals, context.nomenclature, {
      asked: etablissement !== null,
      hasOtherTrainings: etablissement?.hasOtherTrainings ?? false,
    }),
  };
}

/**
 * The widget's view, decided on the server: the scope {@link chooseScope} picks, with the
 * records of its blocks. The coverage route runs the same choice on each catalogue row.
 */
export function computeAffichage(input: AffichageInput): Affichage {
  const { resolved, etablissement, region, context } = input;
  const choice = chooseScope(input);
  const { finals } = choice;
  const seconde = resolved.find((entry) => entry.kind === 'seconde_commune');
  const only = resolved.length === 1 ? resolved[0] : undefined;
  const resolution = only?.kind === 'final' ? only.resolution : null;
  const { libelle, libelle_lisible } = labelOf(resolved, finals, context);
  const records = choice.blocks.map(({ block, figures }) =>
    describeIndicateur(block.rows, figures, context, {
      resolution,
      libelle: seconde === undefined ? null : libelle,
      libelle_lisible: seconde === undefined ? null : libelle_lisible,
    }),
  );
  const first = input.requested[0];
  const { similar } = input;
  const candidates = similar === undefined ? [] : rowsForCodes(input.rows, finals, 'filieres');
  const regionShown = region === null ? null : { code: region.code, libelle: region.libelle };
  const contexte =
    similar === undefined
      ? {}
      : {
          contexte: choice.blocks.map(({ block, figures }, index) =>
            figureContext({
              rows: block.rows,
              figures,
              candidates,
              region: records[index]?.region ?? regionShown,
              similar,
              nomenclature: context.nomenclature,
            }),
          ),
        };
  return {
    codes: input.requested.map((code) => code.code),
    libelle,
    libelle_lisible,
    audience_suggeree: first === undefined ? '3eme' : inferAudience(first),
    scope: choice.scope,
    repli: choice.repli,
    region: region === null ? null : { code: region.code, libelle: region.libelle },
    etablissement:
      etablissement === null ? null : { uai: etablissement.uai, libelle: etablissement.libelle },
    millesime: choice.scope === null ? null : latestOf(records),
    ...(input.voie === undefined ? {} : { voie: input.voie }),
    formation_fermee:
      finals.length > 0 &&
      finals.every((final) =>
        isClosed(describeCode(final.code, context.nomenclature).date_fermeture, context.today),
      ),
    filieres: records,
    seconde_commune: seconde?.kind === 'seconde_commune' ? seconde.secondeCommune : null,
    ...contexte,
    absence: choice.absence,
  };
}

/** The official label of what is shown, and its readable form: one diploma's, or none. */
function labelOf(
  resolved: readonly ResolvedCode[],
  finals: readonly FinalCode[],
  context: BuildContext,
): { libelle: string | null; libelle_lisible: string | null } {
  const [only] = resolved;
  if (resolved.length === 1 && only?.kind === 'seconde_commune') {
    const { libelle, famille } = only.secondeCommune.seconde_commune;
    const level = describeCode(only.requested.code, context.nomenclature).niveau;
    const readable =
      libelle === null
        ? null
        : readableLabelOf(libelle, level?.code ?? null, level?.libelle ?? null, famille);
    return { libelle, libelle_lisible: readable };
  }
  const described = finals.map((final) => describeCode(final.code, context.nomenclature));
  const labels = new Set(described.map((description) => description.libelle));
  const [first] = described;
  return labels.size === 1 && first !== undefined
    ? { libelle: first.libelle, libelle_lisible: first.libelle_lisible }
    : { libelle: null, libelle_lisible: null };
}
