import type { Lang } from '@inserjeunes/contract';

/** What an audience's renderer needs from the element it renders into. */
export interface ViewContext {
  lang: Lang;
  /** `aria-level` of the headings inside a block (one below the widget's title). */
  level: number;
  /** Explanations currently open, by id. */
  open: ReadonlySet<string>;
  /** Click handler of every explanation button (reads `data-info`). */
  onInfo: (event: Event) => void;
}
