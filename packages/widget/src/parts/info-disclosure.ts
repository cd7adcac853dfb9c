import { msg, str } from '@lit/localize';
import { html } from 'lit';
import type { ViewContext } from '../audiences/view-context.js';
import type { ExplanationKey } from '../words/explanations.js';
import { explanationText } from '../words/load-explanations.js';

/**
 * The button that shows or hides an explanation. A plain disclosure (aria-expanded +
 * aria-controls): focus stays where it is, nothing traps it.
 */
export function infoButton(ctx: ViewContext, id: string, subject: string) {
  const open = ctx.open.has(id);
  return html`<button
    class="info"
    part="info-button"
    type="button"
    aria-expanded=${open ? 'true' : 'false'}
    aria-controls="info-${id}"
    data-info=${id}
    @click=${ctx.onInfo}
  >
    <span aria-hidden="true">i</span><span class="sr">${msg(str`Que veut dire « ${subject} » ?`)}</span>
  </button>`;
}

/**
 * The explanation an {@link infoButton} controls: present in the page, hidden until asked
 * for. Its text comes with the explanations' chunk, which the widget loads before it shows
 * an open one; only a failed download leaves it to say so.
 */
export function explanation(ctx: ViewContext, id: string, key: ExplanationKey) {
  const open = ctx.open.has(id);
  return html`<p id="info-${id}" class="explanation" part="explanation" ?hidden=${!open}>
    ${explanationText(key) ?? (open ? msg('Explication indisponible pour le moment.') : '')}
  </p>`;
}
