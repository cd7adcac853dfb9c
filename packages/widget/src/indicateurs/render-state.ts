import type { Affichage, Audience, Filiere, RaisonAbsence } from '@inserjeunes/contract';
import { msg } from '@lit/localize';
import { html, nothing } from 'lit';
import type { AudienceView } from '../audiences/audience-view.js';
import type { ViewContext } from '../audiences/view-context.js';
import { placeholderBlock } from '../data/placeholder-block.js';
import { dataFooter } from '../parts/data-footer.js';
import { errorInsteadText, errorText, noDataInsteadText, noDataText } from '../words/state-text.js';
import { renderBlocks, type TabsState } from './render-blocks.js';
import type { WidgetFrame } from './widget-frame.js';

/** What the renderers of figures get: the view's context, and where the data page is. */
export interface StateContext {
  ctx: ViewContext;
  tabs: TabsState;
  /** The page explaining the data (`{api}/donnees`). */
  donnees: string;
}

/**
 * Loading: the layout of typical figures, invisible (grey shapes only), with stand-ins of
 * typical length and room for one notice (a fallback, demo data…), so the real figures
 * take their place without moving anything below the widget. Without the view's code
 * (a chunk still on its way), the message alone.
 */
export function renderLoading(
  { ctx, tabs, donnees }: StateContext,
  view: AudienceView | null,
  audience: Audience,
  { oneFiliere, national }: LoadingShape,
) {
  const filieres: Filiere[] =
    audience === 'superieur' ? ['superieur'] : ['scolaire', 'apprentissage'];
  const typical = view?.typicalBlocks ?? 0;
  const placeholders = filieres.slice(0, oneFiliere ? 1 : typical).map((filiere, i) => ({
    block: placeholderBlock(audience, { filiere, salary: national && i === 0 }),
    withheld: null,
  }));
  return html`<p class="subtitle placeholder" part="subtitle" aria-hidden="true">
      BTS Management commercial opérationnel (MCO)
    </p>
    <p class="scope" part="scope" role="status">${msg('Chargement des chiffres…')}</p>
    <div class="placeholder" aria-hidden="true" inert>
      ${measuredWhen()}
      <p class="notice">Trop peu de jeunes dans cet établissement : voici les chiffres de la région.</p>
      ${view === null ? nothing : renderBlocks(view, placeholders, ctx, tabs, 'p')}
      ${dataFooter({
        filieres,
        millesime: '2000_2001',
        scope: 'Chiffres de l’établissement Lycée professionnel Louis-Jacques Goussier',
        href: donnees,
      })}
    </div>`;
}

/** The training's name as the API gives it, else its codes. */
export function trainingName(
  affichage: Pick<Affichage, 'libelle' | 'libelle_lisible' | 'codes'>,
): string {
  return affichage.libelle_lisible ?? affichage.libelle ?? affichage.codes.join(', ');
}

/** When the figures are measured, said wherever there are figures. */
export function measuredWhen() {
  return html`<p class="when">${msg('Situation six mois après la fin de la formation.')}</p>`;
}

/** Why there is nothing to show, and what to look at instead. */
export function nothingToShow(raison: RaisonAbsence | null) {
  return html`<div class="state">
    <p>${noDataText(raison)}</p>
    <p class="instead">${noDataInsteadText(raison)}</p>
  </div>`;
}

/** Network failure or unexpected answer: say so, and offer to try again. */
export function renderError(donnees: string, onRetry: () => void) {
  return html`<div class="state" role="alert">
      <p>${errorText()}</p>
      <p class="instead">${errorInsteadText()}</p>
      <button class="retry" type="button" @click=${onRetry}>${msg('Réessayer')}</button>
    </div>
    ${dataFooter({ filieres: [], millesime: null, scope: '', href: donnees })}`;
}

/** The API said there is nothing to show for this code. */
export function renderNoData(donnees: string, raison: RaisonAbsence | null) {
  return html`${nothingToShow(raison)}
    ${dataFooter({ filieres: [], millesime: null, scope: '', href: donnees })}`;
}

/** What the loading state reserves room for: one filière or both, a salary or not. */
export interface LoadingShape {
  oneFiliere: boolean;
  national: boolean;
}

/** The card's body for what an update draws (the unknown state apart: no card at all). */
export function renderBody(
  context: StateContext,
  { load, audience, view, described, kit }: WidgetFrame,
  shape: LoadingShape,
  onRetry: () => void,
) {
  if (load.status === 'error') return renderError(context.donnees, onRetry);
  if (load.status === 'no-data') return renderNoData(context.donnees, load.raison);
  if (load.status === 'ready' && view !== null && described !== null && kit !== null) {
    return kit.renderAffichage(context, view, load.affichage, described);
  }
  return renderLoading(context, view, audience, shape);
}
