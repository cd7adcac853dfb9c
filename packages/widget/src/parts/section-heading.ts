import { html } from 'lit';
import type { ViewContext } from '../audiences/view-context.js';
import { infoButton } from './info-disclosure.js';

/**
 * A section's heading with its (i) button beside it, outside the heading: the heading's
 * accessible name is its title alone.
 */
export function sectionHeading(ctx: ViewContext, id: string, title: string, subject = title) {
  return html`<div class="section-head">
    <p class="section-title" role="heading" aria-level=${ctx.level + 1}>${title}</p>
    ${infoButton(ctx, id, subject)}
  </div>`;
}
