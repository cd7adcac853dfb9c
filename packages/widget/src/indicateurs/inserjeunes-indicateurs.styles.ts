import { css } from 'lit';

/**
 * Every colour comes from a public `--ij-*` property, then from the French state design
 * system's token when the page defines it, then from our own value. Our own values follow
 * the page's `color-scheme` (light-dark) where the browser can, and are light elsewhere.
 * Each outcome's colour is `--_c` on its element (`.emploi`, `.formation`, `.autres`), so
 * pictograms, swatches and bars share one rule each.
 */
export const styles = css`
  :host {
    --_dt: #161616;
    --_dm: #595959;
    --_da: #000091;
    --_ds: #fff;
    --_dn: #e8edff;
    --_db: #ddd;
    --_dk: #eee;
    --_de: #18753c;
    --_df: #b34000;
    --_do: #0063cb;
    --_text: var(--ij-color-text, var(--text-default-grey, var(--_dt)));
    --_muted: var(--ij-color-muted, var(--text-mention-grey, var(--_dm)));
    --_accent: var(--ij-color-accent, var(--text-action-high-blue-france, var(--_da)));
    --_surface: var(--ij-color-surface, var(--background-default-grey, var(--_ds)));
    --_notice: var(--ij-color-notice, var(--background-contrast-info, var(--_dn)));
    --_border: var(--ij-color-border, var(--border-default-grey, var(--_db)));
    --_track: var(--ij-color-track, var(--background-contrast-grey, var(--_dk)));
    --_emploi: var(--ij-color-emploi, var(--background-action-high-green-emeraude, var(--_de)));
    --_formation: var(
      --ij-color-formation,
      var(--background-action-high-orange-terre-battue, var(--_df))
    );
    /* Never the design system's blue-france, which is the page's links' colour. */
    --_autres: var(--ij-color-autres, var(--background-action-high-purple-glycine, var(--_do)));
    --_radius: var(--ij-radius, 0.5rem);
    --_space: var(--ij-spacing, 1rem);

    display: block;
    container-type: inline-size;
    color: var(--_text);
    font: inherit;
    line-height: 1.5;
    text-align: start;
  }
  @supports (color: light-dark(#000, #fff)) {
    :host {
      --_dt: light-dark(#161616, #eee);
      --_dm: light-dark(#595959, #bbb);
      --_da: light-dark(#000091, #9a9aff);
      --_ds: light-dark(#fff, #1e1e1e);
      --_dn: light-dark(#e8edff, #222a3f);
      --_db: light-dark(#ddd, #4a4a4a);
      --_dk: light-dark(#eee, #353535);
      --_de: light-dark(#18753c, #3cc67a);
      --_df: light-dark(#b34000, #ff8d5c);
      --_do: light-dark(#0063cb, #7ab1ff);
    }
  }
  :host([hidden]),
  [hidden] {
    display: none !important;
  }
  * {
    box-sizing: border-box;
  }
  p,
  ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .card,
  .block,
  .section,
  .outcomes {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 0.75);
  }
  .card {
    padding: var(--_space);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .title {
    font-size: 1.25em;
    font-weight: 700;
    line-height: 1.3;
  }
  .subtitle {
    font-weight: 600;
  }
  .scope,
  .when,
  .instead,
  .tab,
  .state.discreet,
  .line,
  .pct,
  .quartiles,
  .missing,
  .footer {
    color: var(--_muted);
  }
  .notice,
  .explanation {
    background: var(--_notice);
    border-radius: calc(var(--_radius) / 2);
  }
  .notice {
    padding: calc(var(--_space) * 0.5) calc(var(--_space) * 0.75);
    border-inline-start: 4px solid var(--_accent);
  }
  .demo,
  .title,
  .section-title,
  [part~='value'] {
    font-weight: 700;
  }
  .state {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
    padding: calc(var(--_space) * 0.5) 0;
  }
  /* In the height reserved while loading, a message stands in the middle, the footer low. */
  .card > .state {
    margin-block: auto;
  }
  .state.discreet,
  .footer {
    font-size: 0.875em;
  }
  .placeholder {
    display: contents;
    visibility: hidden;
  }
  /* While loading, the shapes show in grey where the figures will be: no number, no text. */
  .placeholder .person,
  .placeholder .track {
    visibility: visible;
  }
  .card .placeholder .body {
    fill: var(--_track);
    stroke: none;
  }
  p.placeholder {
    display: block;
  }
  .sr {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }

  /* Tabs (3eme), and the filière heading that takes their place when there is one filière. */
  .tabs {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
    border-bottom: 1px solid var(--_border);
  }
  .tab,
  .filiere {
    padding: 0.375rem 0.75rem;
    font: inherit;
    font-weight: 600;
    line-height: 1.5;
    background: none;
    border: 0;
    border-bottom: 3px solid transparent;
  }
  .filiere {
    padding-inline: 0;
  }
  .tab {
    cursor: pointer;
  }
  .tab[aria-selected='true'] {
    color: var(--_accent);
    border-bottom-color: var(--_accent);
  }
  .blocks {
    display: grid;
    gap: var(--_space);
  }
  .block {
    min-width: 0;
  }
  @container (min-width: 40rem) {
    .several {
      grid-template-columns: repeat(auto-fit, minmax(16rem, 1fr));
    }
  }
`;
