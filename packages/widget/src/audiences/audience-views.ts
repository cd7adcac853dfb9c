import type { Audience } from '@inserjeunes/contract';
import type { AudienceView } from './audience-view.js';
import { lycee } from './lycee.js';
import { troisieme } from './troisieme.js';

/** The views drawn without waiting: a 3eme or lycee widget never waits for a chunk. */
const views: Partial<Record<Audience, AudienceView>> = { '3eme': troisieme, lycee };
let superieur: Promise<AudienceView> | null = null;

/** The view of `audience` when its code is here, else null (see {@link loadAudienceView}). */
export function audienceView(audience: Audience): AudienceView | null {
  return views[audience] ?? null;
}

/**
 * Loads the view of `audience`: higher education, with its chart, is a chunk of its own,
 * asked for as soon as a widget knows it shows it. A failed download is tried again next time.
 */
export function loadAudienceView(audience: Audience): Promise<AudienceView> {
  const ready = views[audience];
  if (ready !== undefined) return Promise.resolve(ready);
  superieur ??= import('./superieur.js').then(
    (module) => {
      views.superieur = module.superieur;
      return module.superieur;
    },
    (cause: unknown) => {
      superieur = null;
      throw cause;
    },
  );
  return superieur;
}
