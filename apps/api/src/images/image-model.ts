import type { Filiere, Lang } from '@inserjeunes/contract';
import type { Outcome } from './image-words.js';

/** One figure as drawn: its name, its value in words, and the field it reads from the record. */
export interface FigureLine {
  /** The record's field (`taux_en_emploi_6_mois`, `salaire_12_mois_q2`…), written on the value's text. */
  key: string;
  value: number | null;
  /** Colours the swatch and the bar; null draws neither. */
  outcome: Outcome | null;
  label: string;
  /** The value as printed (`45 %`, `1 620 €`), or "not published". */
  valueText: string;
  /** What the figure counts, in a few words under it. */
  line: string | null;
  /** Draw a percent bar for the value. */
  bar: boolean;
  /** The figure in the description sentence; null when not published. */
  spoken: string | null;
}

/**
 * A run of figures: `rows` one under the other (name and value, bar, line), `compact` one
 * row each (short name, bar, value), `columns` side by side (the reference's horizontal look).
 */
export interface FigureSection {
  kind: 'figures';
  title: string | null;
  layout: 'rows' | 'compact' | 'columns';
  figures: FigureLine[];
}

/** Ten people, coloured by outcome (null: outcome not published). */
export interface PeopleSection {
  kind: 'people';
  people: (Outcome | null)[];
}

export type ImageSection = FigureSection | PeopleSection;

/** One filière's figures, or why they are withheld. */
export interface ImageBlock {
  filiere: Filiere | null;
  /** Shown when several filières are drawn. */
  heading: string | null;
  sections: ImageSection[];
  withheld: string | null;
}

/**
 * What an image says, before it is laid out: the same model draws the native images of
 * the widget's answer and the compatible routes' images.
 */
export interface ImageModel {
  lang: Lang;
  title: string;
  libelle: string | null;
  /** Which figures are shown: France, a region, an establishment. */
  scope: string | null;
  notices: string[];
  blocks: ImageBlock[];
  /** Why there is nothing to show (no data, unknown code…), in place of the blocks. */
  message: string | null;
  footer: string[];
  /** The figures in one sentence, for `<desc>` (screen readers, mail clients without images). */
  desc: string;
}
