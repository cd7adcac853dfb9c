import {
  type Affichage,
  type ContexteFiliere,
  type DonneeSource,
  hasAnyFigure,
  type Indicateur,
  type Masquage,
  SEUIL_EFFECTIF,
} from '@inserjeunes/contract';

/**
 * What a reader is shown once the answer is in:
 * - `figures`: every headline figure of every block;
 * - `partial`: some figures or some blocks are missing, the rest is shown;
 * - `withheld`: every block is withheld (too few students, or not published);
 * - `no-data`: nothing to show at any scope (new diploma, not taught here…).
 */
export type DataState = 'figures' | 'partial' | 'withheld' | 'no-data';

export type IndicateurKey = {
  [K in keyof Indicateur]-?: Indicateur[K] extends number | null ? K : never;
}[keyof Indicateur];

/** Notices shown above the figures, whatever the state. */
export interface Notices {
  /** Narrower scopes passed over: the first one says why. */
  fallback: Affichage['repli'][number] | null;
  closed: { date: string | null } | null;
  /** Fictitious demonstration data (any block whose provenance says so). */
  demo: boolean;
  /** Figures carried over from the diploma this one replaced or was replaced by. */
  carried: DonneeSource | null;
}

/** One filière's block, and why it is withheld when it is. */
export interface Block {
  /** The filière's record, with its figures in context when the API gives them. */
  block: Indicateur & { contexte?: ContexteFiliere | null };
  withheld: Masquage | null;
}

export interface AffichageView {
  state: DataState;
  /** Every block in the API's order (one per filière), withheld ones included. */
  blocks: Block[];
  notices: Notices;
}

const NOT_PUBLISHED: Masquage = { raison: 'non_publie', seuil: SEUIL_EFFECTIF, message: '' };

/** What an audience draws: see `AudienceView`. */
export interface Figures {
  headline: readonly IndicateurKey[];
  figures: readonly IndicateurKey[];
}

/**
 * Reads an `Affichage` into a state: a filière without any headline figure is withheld;
 * a figure the audience draws that is missing makes the figures partial.
 */
export function describeAffichage(
  affichage: Affichage,
  { headline, figures }: Figures,
): AffichageView {
  const blocks = affichage.filieres.map((record, index): Block => {
    const hasAny = hasAnyFigure(record, headline);
    const block = { ...record, contexte: affichage.contexte?.[index] ?? null };
    return { block, withheld: hasAny ? null : (record.masquage ?? NOT_PUBLISHED) };
  });
  const shown = blocks.filter((entry) => entry.withheld === null).map((entry) => entry.block);
  const withheld = blocks.length - shown.length;
  const first = affichage.filieres[0];
  const carried = affichage.filieres.find((block) => block.donnee_source.type !== 'self');
  const notices: Notices = {
    // Passed-over scopes matter only when a wider one is shown.
    fallback: affichage.scope === null ? null : (affichage.repli[0] ?? null),
    closed: affichage.formation_fermee ? { date: first?.date_fermeture ?? null } : null,
    demo: affichage.filieres.some((block) => block.provenance.some((p) => p.fictif)),
    carried: carried?.donnee_source ?? null,
  };
  let state: DataState;
  if (affichage.absence !== null || affichage.scope === null || affichage.filieres.length === 0) {
    state = 'no-data';
  } else if (shown.length === 0) {
    state = 'withheld';
  } else {
    const complete = shown.every((block) => figures.every((key) => block[key] !== null));
    state = complete && withheld === 0 ? 'figures' : 'partial';
  }
  return { state, blocks, notices };
}
