import type {
  ContexteFiliere,
  EmploiRateKey,
  EmploiStableShareKey,
  Filiere,
  Indicateur,
} from '@inserjeunes/contract';
import type { ReactiveElement, TemplateResult } from 'lit';
import type { IndicateurKey } from '../data/describe-affichage.js';
import type { ViewContext } from './view-context.js';

/** What the views draw of a filière's record: its route and its figures. */
export type BlockFigures = Pick<
  Indicateur,
  | 'filiere'
  | 'diplome'
  | EmploiRateKey
  | EmploiStableShareKey
  | 'taux_en_formation'
  | 'taux_autres_6_mois'
  | 'salaire_12_mois_q1'
  | 'salaire_12_mois_q2'
  | 'salaire_12_mois_q3'
> & {
  /** The figures in context (how many, compared with similar trainings, over time). */
  contexte?: ContexteFiliere | null | undefined;
};

/**
 * One audience's variant of the widget, as configuration: the figures it cannot do
 * without, how several filières are laid out, and how one filière's figures are drawn.
 */
export interface AudienceView {
  /** Headline figures: a filière with none of them is withheld. */
  headline: readonly IndicateurKey[];
  /** Every figure the view draws (salaries apart, shown when published): one missing makes the figures partial. */
  figures: readonly IndicateurKey[];
  /**
   * Several filières: one at a time behind tabs, or side by side (as tabs all the same
   * when the widget is too narrow for columns).
   */
  layout: 'tabs' | 'columns';
  /** How many filières are typical (the loading state reserves their room). */
  typicalBlocks: number;
  /** The label of a filière's tab or column. */
  filiereLabel(filiere: Filiere): string;
  /** The figures of one filière; `key` makes ids unique within the widget. */
  renderBlock(block: BlockFigures, ctx: ViewContext, key: string): TemplateResult;
  /**
   * What draws into the rendered figures once they are in the page (the chart), attached
   * once to each widget showing this view; `drawn` resolves when the last render's is.
   */
  attach?(host: ReactiveElement): { readonly drawn: Promise<void> };
}
