import type { Audience, Lang } from '@inserjeunes/contract';
import type { AudienceView } from '../audiences/audience-view.js';
import { type FiguresKit, figuresKit } from '../audiences/audience-views.js';
import type { AffichageLoad } from '../data/affichage-load.js';
import type { AffichageView } from '../data/describe-affichage.js';

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
  /** What draws the answer's figures (a chunk, here whenever a view is). */
  kit: FiguresKit | null;
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
  const kit = figuresKit();
  const described =
    shown.status === 'ready' && view !== null && kit !== null
      ? kit.describeAffichage(shown.affichage, view)
      : null;
  return { load: shown, audience, view, lang, described, kit };
}

/**
 * What a frame does with the room reserved while loading: measures it (loading), keeps it
 * inside the card (figures), or shows a card as tall as its content (nothing to show, an
 * error, an unknown code) — see `ReservedHeightController`.
 */
export type Room = 'loading' | 'figures' | 'compact';

export function roomFor({ load, described }: WidgetFrame): Room {
  if (load.status === 'loading') return 'loading';
  if (load.status !== 'ready') return 'compact';
  if (described === null) return 'loading';
  return described.state === 'figures' || described.state === 'partial' ? 'figures' : 'compact';
}
