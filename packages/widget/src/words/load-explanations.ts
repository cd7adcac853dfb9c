import type { ExplanationKey } from './explanations.js';

type Explanations = typeof import('./explanations.js');

let loaded: Explanations | null = null;
let loading: Promise<void> | null = null;

/**
 * The explanations behind the (i) buttons are needed only once a reader asks: they load
 * after the figures are drawn (or at the first hover or focus), once per page. A failed
 * download is tried again next time.
 */
export function loadExplanations(): Promise<void> {
  loading ??= import('./explanations.js').then(
    (module) => {
      loaded = module;
    },
    (cause: unknown) => {
      loading = null;
      throw cause;
    },
  );
  return loading;
}

export function explanationsLoaded(): boolean {
  return loaded !== null;
}

/** The explanation's text in the active language, or null while it is not loaded. */
export function explanationText(key: ExplanationKey): string | null {
  return loaded === null ? null : loaded.EXPLANATIONS[key]();
}
