import type { Audience, Lang } from '@inserjeunes/contract';
import type { AudienceView } from '../audiences/audience-view.js';
import type { AffichageLoad } from '../data/affichage-load.js';
import { type AffichageView, describeAffichage } from '../data/describe-affichage.js';

/** What one update of the widget draws: read once, before the render. */
export interface WidgetFrame {
  /** The request's state, or an error when the code to draw it could not be loaded. */
  load: AffichageLoad;
  audience: Audience;
  /** The audience's view, null while (or because) its chunk is not here. */
  view: AudienceView | null;
  lang: Lang;
  /** The answer as the view reads it, when there is an answer and a view to read it. */
  described: AffichageView | null;
}

/** The state shown when the code drawing the figures (a chunk) could not be loaded. */
const VIEW_UNAVAILABLE: AffichageLoad = {
  status: 'error',
  code: 'script',
  message: 'code d’affichage indisponible',
};

/** Reads what an update draws from the request's state and the audience's view. */
export function widgetFrame(
  load: AffichageLoad,
  audience: Audience,
  view: AudienceView | null,
  lang: Lang,
  viewFailed: boolean,
): WidgetFrame {
  const waiting = load.status === 'ready' || load.status === 'loading';
  const shown = waiting && viewFailed && view === null ? VIEW_UNAVAILABLE : load;
  const described =
    shown.status === 'ready' && view !== null ? describeAffichage(shown.affichage, view) : null;
  return { load: shown, audience, view, lang, described };
}
