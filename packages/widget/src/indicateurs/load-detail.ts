import type { Audience, Lang, Scope } from '@inserjeunes/contract';
import type { AffichageLoad } from '../data/affichage-load.js';
import type { AffichageView, DataState } from '../data/describe-affichage.js';

/** `detail` of the `inserjeunes-load` event: what the reader is shown. */
export interface LoadDetail {
  state: DataState;
  /** The scope of the figures shown, null when there are none. */
  scope: Scope | null;
  millesime: string | null;
  audience: Audience;
  lang: Lang;
  /** Whether a narrower scope was passed over (the figures are regional or national instead). */
  fallback: boolean;
  closed: boolean;
  demo: boolean;
}

/** What the reader is shown, from the answer and how the audience's view reads it. */
export function loadDetail(
  load: Extract<AffichageLoad, { status: 'ready' | 'no-data' }>,
  described: AffichageView | null,
  audience: Audience,
  lang: Lang,
): LoadDetail {
  if (load.status === 'no-data' || described === null) {
    const none = { scope: null, millesime: null, fallback: false, closed: false, demo: false };
    return { state: 'no-data', audience, lang, ...none };
  }
  const { affichage } = load;
  const { state, notices } = described;
  return {
    state,
    scope: affichage.scope,
    millesime: affichage.millesime,
    audience,
    lang,
    fallback: notices.fallback !== null,
    closed: notices.closed !== null,
    demo: notices.demo,
  };
}
