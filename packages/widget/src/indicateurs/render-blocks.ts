import type { Masquage } from '@inserjeunes/contract';
import { html, nothing } from 'lit';
import type { AudienceView, BlockFigures } from '../audiences/audience-view.js';
import type { ViewContext } from '../audiences/view-context.js';
import { learnersOf } from '../words/learners.js';
import { withheldText } from '../words/state-text.js';

export interface TabsState {
  selected: number;
  /** Tabs whatever the audience's layout (the widget is too narrow for columns). */
  always: boolean;
  onSelect: (event: Event) => void;
  onKeydown: (event: KeyboardEvent) => void;
}

/** One filière's figures, and why they are withheld when they are. */
interface Block {
  block: BlockFigures;
  withheld: Masquage | null;
}

function blockBody(view: AudienceView, entry: Block, ctx: ViewContext, key: string) {
  return entry.withheld === null
    ? view.renderBlock(entry.block, ctx, key)
    : html`<p class="state">${withheldText(entry.withheld, learnersOf(entry.block))}</p>`;
}

/**
 * One filière's figures per block: behind tabs (ARIA tabs pattern, arrow keys) or side by
 * side, by the audience's layout. A single filière gets its name as a heading in the
 * place of the tabs, so the layout, and the height, stay the same.
 */
export function renderBlocks(
  view: AudienceView,
  blocks: readonly Block[],
  ctx: ViewContext,
  tabs: TabsState,
  prefix = '',
) {
  if ((view.layout === 'tabs' || tabs.always) && blocks.length > 1) {
    const selected = Math.min(tabs.selected, blocks.length - 1);
    return html`<div class="tabs" part="tabs" role="tablist" @keydown=${tabs.onKeydown}>
        ${blocks.map(
          (entry, i) => html`<button
            class="tab"
            part="tab"
            role="tab"
            type="button"
            id="${prefix}tab-${i}"
            aria-selected=${i === selected ? 'true' : 'false'}
            aria-controls="${prefix}panel-${i}"
            tabindex=${i === selected ? '0' : '-1'}
            data-index=${i}
            @click=${tabs.onSelect}
          >
            ${view.filiereLabel(entry.block.filiere)}
          </button>`,
        )}
      </div>
      ${blocks.map(
        (entry, i) => html`<div
          class="block"
          role="tabpanel"
          id="${prefix}panel-${i}"
          aria-labelledby="${prefix}tab-${i}"
          tabindex="0"
          ?hidden=${i !== selected}
        >
          ${i === selected ? blockBody(view, entry, ctx, `${prefix}${i}`) : nothing}
        </div>`,
      )}`;
  }
  const several = blocks.length > 1;
  return html`<div class="blocks ${several ? 'several' : ''}">
    ${blocks.map(
      (entry, i) => html`<div class="block">
        <p class="filiere" role="heading" aria-level=${ctx.level}>
          ${view.filiereLabel(entry.block.filiere)}
        </p>
        ${blockBody(view, entry, ctx, `${prefix}${i}`)}
      </div>`,
    )}
  </div>`;
}
