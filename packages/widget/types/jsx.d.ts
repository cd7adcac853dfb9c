// JSX types for `<inserjeunes-indicateurs>` in React (17 to 19) and Preact, shipped as
// `@inserjeunes/widget/jsx`. Add `import type {} from '@inserjeunes/widget/jsx';` once in
// the application (or list it in tsconfig's `types`).
import type { InserjeunesIndicateurs } from './index.js';

/** The element's attributes, as JSX writes them. */
export interface InserjeunesIndicateursAttributes {
  /** CFD, MEFSTAT11 or SISE code(s), several separated by `,`. Required. */
  code: string;
  /** An establishment (UAI). */
  uai?: string;
  /** An INSEE region code (`53`) or a postal code (`35000`). */
  region?: string;
  /** `2023` or `2022_2023`; the latest by default. */
  millesime?: string;
  voie?: 'scolaire' | 'apprentissage' | 'agricole' | 'superieur';
  audience?: '3eme' | 'lycee' | 'superieur';
  lang?: 'fr' | 'en';
  /** Base URL of the API: required with the npm package. */
  api: string;
  'heading-level'?: 1 | 2 | 3 | 4 | 5 | 6 | `${1 | 2 | 3 | 4 | 5 | 6}`;
  'no-title'?: boolean;
  id?: string;
  class?: string;
  className?: string;
  style?: unknown;
  slot?: string;
  hidden?: boolean;
  ref?: unknown;
  key?: string | number;
  children?: never;
  /** Other attributes (`data-*`, `aria-*`). */
  [attribute: `data-${string}` | `aria-${string}`]: unknown;
}

type InserjeunesIndicateursProps = InserjeunesIndicateursAttributes;

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'inserjeunes-indicateurs': InserjeunesIndicateursProps;
    }
  }
}

declare global {
  namespace JSX {
    interface IntrinsicElements {
      'inserjeunes-indicateurs': InserjeunesIndicateursProps;
    }
  }
  interface HTMLElementTagNameMap {
    'inserjeunes-indicateurs': InserjeunesIndicateurs;
  }
}
