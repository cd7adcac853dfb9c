import {
  type LigneCouverture,
  type RaisonCouverture,
  SEUIL_EFFECTIF,
  type StatutCouverture,
} from '@inserjeunes/contract';
import type { ScopeChoice } from '../affichage/compute-affichage.js';
import type { ResolvedCode } from '../indicators/resolve-code.js';
import { latestOf } from '../indicators/select-blocks.js';

const MESSAGES: Partial<Record<RaisonCouverture, string>> = {
  code_manquant: 'Aucun code sur cette ligne.',
  code_inconnu: 'Code inconnu de la BCN et des données importées.',
  uai_inconnu: 'UAI inconnu : le widget montrerait les chiffres d’un périmètre plus large.',
  millesime_indisponible: 'Pas de données pour le millésime demandé.',
  effectif_insuffisant: `Moins de ${SEUIL_EFFECTIF} élèves ou apprentis : le widget dirait que les chiffres ne sont pas publiés.`,
  non_publie: 'Aucun chiffre publié pour cette formation.',
  seconde_commune: 'Seconde commune : chiffres cumulés sur ses spécialités.',
  annee_non_terminale: 'Année non terminale : chiffres de l’année terminale.',
};

/** A line's status, why, and the message that says it. */
export interface Outcome {
  statut: StatutCouverture;
  raison: RaisonCouverture | null;
  message: string | null;
}

/** What a catalogue line says of its training, besides the line's own values. */
export type Verdict = Omit<LigneCouverture, 'ligne' | 'uai' | 'code' | 'region'>;

/** The line's own values, as read. */
export type LineBase = Pick<LigneCouverture, 'ligne' | 'uai' | 'code' | 'region'>;

/** An outcome with the message of its reason. */
export function outcome(statut: StatutCouverture, raison: RaisonCouverture | null): Outcome {
  return { statut, raison, message: raison === null ? null : (MESSAGES[raison] ?? null) };
}

/** A line without a code. */
export const MISSING_CODE = MESSAGES.code_manquant ?? '';

/**
 * What the widget's choice means for a line: covered (with a note when the UAI is unknown
 * or the code stands for other ones), under the threshold, or not covered and why.
 */
export function outcomeOfChoice(
  choice: ScopeChoice,
  resolved: Exclude<ResolvedCode, { kind: 'inconnu' }>,
  uaiUnknown: boolean,
): Outcome {
  if (choice.scope === null) {
    const raison = choice.absence?.raison ?? 'non_publie';
    return { ...outcome('non_couvert', raison), message: choice.absence?.message ?? null };
  }
  if (choice.publishable) {
    const note: RaisonCouverture | null = uaiUnknown
      ? 'uai_inconnu'
      : resolved.kind === 'seconde_commune'
        ? 'seconde_commune'
        : resolved.resolution !== null
          ? 'annee_non_terminale'
          : null;
    return outcome('couvert', note);
  }
  return choice.tooFew
    ? outcome('sous_seuil', 'effectif_insuffisant')
    : outcome('non_couvert', 'non_publie');
}

/** The verdict of a line from its outcome and the scope the widget would choose. */
export function verdictOf(result: Outcome, choice: ScopeChoice | null): Verdict {
  return {
    ...result,
    scope: choice?.scope ?? null,
    repli: choice?.repli ?? [],
    millesime:
      choice === null || choice.scope === null
        ? null
        : latestOf(choice.blocks.map(({ block }) => block)),
    filieres: choice?.blocks.map(({ block }) => block.filiere) ?? [],
  };
}

/** A line that cannot be checked, and why. */
export function invalidLine(
  base: LineBase,
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
