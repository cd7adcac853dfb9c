import type { ReactiveElement } from 'lit';

type InContext = typeof import('./figures-in-context.js');

let loaded: InContext | null = null;
let pending: Promise<InContext> | null = null;

/** The figures-in-context code when its chunk is here, else null (the figures draw without it). */
export function inContext(): InContext | null {
  return loaded;
}

/**
 * Starts downloading the chunk with the figures' own (see `prefetchFigures`): every answer
 * with figures shows it, so it comes alongside the API call rather than after it.
 */
export function prefetchContext(): void {
  void load().catch(() => undefined);
}

/** Loads the chunk; a failed download is tried again next time. */
function load(): Promise<InContext> {
  pending ??= import('./figures-in-context.js').then(
    (module) => {
      loaded = module;
      return module;
    },
    (cause: unknown) => {
      pending = null;
      throw cause;
    },
  );
  return pending;
}

/**
 * An audience view's `attach`: asks for the chunk as soon as a widget shows the view, and
 * draws again once it is here; `drawn` resolves after that render.
 */
export function attachContext(host: ReactiveElement): { readonly drawn: Promise<void> } {
  const ready = loaded !== null ? Promise.resolve() : load().then(() => host.requestUpdate());
  const drawn = ready.then(
    () => host.updateComplete.then(() => undefined),
    () => undefined,
  );
  return { drawn };
}
