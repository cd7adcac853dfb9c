import type { Affichage } from '@inserjeunes/contract';
import { msg } from '@lit/localize';
import { html, nothing } from 'lit';
import type { AudienceView } from '../audiences/audience-view.js';
import { inContext } from '../context/context-chunk.js';
import type { AffichageView } from '../data/describe-affichage.js';
import { dataFooter } from '../parts/data-footer.js';
import { noticeList } from '../parts/notice-list.js';
import { learnersOf } from '../words/learners.js';
import { scopeLabel } from '../words/scope-label.js';
import { withheldInsteadText, withheldText } from '../words/state-text.js';
import { renderBlocks } from './render-blocks.js';
import { measuredWhen, nothingToShow, type StateContext, trainingName } from './render-state.js';

/**
 * An answer, as the audience's view reads it: figures, partial figures, withheld figures
 * or nothing, with its notices.
 */
export function renderAffichage(
  { ctx, tabs, donnees }: StateContext,
  view: AudienceView,
  affichage: Affichage,
  { state, blocks, notices }: AffichageView,
) {
  const scope = scopeLabel(affichage);
  const first = blocks[0];
  // Every filière withheld for the same reason: said once, not once per tab or column.
  const body =
    state === 'no-data'
      ? nothingToShow(affichage.absence?.raison ?? null)
      : state === 'withheld' && first?.withheld
        ? html`<div class="state">
            <p>${withheldText(first.withheld, learnersOf(first.block))}</p>
            <p class="instead">${withheldInsteadText()}</p>
          </div>`
        : html`${
            state === 'partial'
              ? html`<p class="notice" part="notice">
                ${msg('Certains chiffres ne sont pas publiés : voici ceux qui le sont.')}
              </p>`
              : nothing
          }
        ${renderBlocks(view, blocks, ctx, tabs)}`;
  return html`<p class="subtitle" part="subtitle" id="subtitle">${trainingName(affichage)}</p>
    <p class="scope" part="scope">${scope || msg('Aucun chiffre')}</p>
    ${state === 'figures' || state === 'partial' ? measuredWhen() : nothing}
    ${noticeList(affichage, notices, state !== 'no-data', ctx.lang)} ${body}
    ${state === 'figures' || state === 'partial' ? inContext()?.figuresMenu(affichage, donnees, ctx.lang) : nothing}
    ${dataFooter({
      filieres: blocks.map((entry) => entry.block.filiere),
      millesime: affichage.millesime,
      scope,
      href: donnees,
    })}`;
}
