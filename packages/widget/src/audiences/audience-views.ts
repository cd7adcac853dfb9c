import type { Audience } from '@inserjeunes/contract';
import { prefetchContext } from '../context/context-chunk.js';
import type { AudienceView } from './audience-view.js';

/** What only an answer's figures need, shipped with the 3eme and lycee views. */
export type FiguresKit = typeof import('./figures-kit.js');

/**
 * Each audience's view is a chunk of its own, so that the entry holds only what every
 * widget needs before its answer: a widget asks for its view as soon as it knows its
 * audience, alongside its API call (see `AudienceViewController`).
 */
const chunks: Record<Audience, () => Promise<AudienceView>> = {
  '3eme': () => import('./troisieme.js').then((module) => module.troisieme),
  lycee: () => import('./lycee.js').then((module) => module.lycee),
  superieur: () => import('./superieur.js').then((module) => module.superieur),
};
const views: Partial<Record<Audience, AudienceView>> = {};
let kit: FiguresKit | null = null;
const loading: Partial<Record<Audience, Promise<AudienceView>>> = {};

/** The view of `audience` when its chunk is here, else null (see {@link loadAudienceView}). */
export function audienceView(audience: Audience): AudienceView | null {
  return views[audience] ?? null;
}

/**
 * Starts downloading what draws figures as soon as the element is registered: every widget
 * needs it, and a widget inserted after the script ran finds it there.
 */
export function prefetchFigures(): void {
  void import('./figures-kit.js').catch(() => undefined);
  prefetchContext();
}

/** What draws an answer's figures, once a view is here (null before). */
export function figuresKit(): FiguresKit | null {
  return kit;
}

/**
 * Loads the view of `audience` with the figures' kit (the same chunk but for higher
 * education's), once per page; a failed download is tried again next time.
 */
export function loadAudienceView(audience: Audience): Promise<AudienceView> {
  const ready = views[audience];
  if (ready !== undefined) return Promise.resolve(ready);
  loading[audience] ??= Promise.all([chunks[audience](), import('./figures-kit.js')]).then(
    ([view, figures]) => {
      kit = figures;
      views[audience] = view;
      return view;
    },
    (cause: unknown) => {
      delete loading[audience];
      throw cause;
    },
  );
  return loading[audience];
}
