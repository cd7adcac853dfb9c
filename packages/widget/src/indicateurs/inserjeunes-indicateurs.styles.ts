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
    --_autres: var(--ij-color-autres, var(--background-action-high-blue-france, var(--_do)));
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

  /* Pictograms (3eme). */
  .people {
    display: flex;
    justify-content: center;
    gap: 2%;
    max-width: 34rem;
  }
  .person {
    flex: 0 1 2.75rem;
    min-width: 0;
    aspect-ratio: 1 / 2;
  }
  .emploi {
    --_c: var(--_emploi);
  }
  .formation {
    --_c: var(--_formation);
  }
  .autres {
    --_c: var(--_autres);
  }
  .salaire {
    --_c: var(--_accent);
  }
  .body,
  .fill {
    fill: var(--_c);
  }
  .glyph {
    fill: var(--_surface);
  }
  .inconnu .body {
    fill: none;
    stroke: var(--_muted);
    stroke-width: 1.5;
    stroke-dasharray: 3 2;
  }

  /* Outcomes. */
  .outcomes {
    gap: calc(var(--_space) * 0.5);
  }
  .outcome,
  .outcome-head,
  .median-value {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.25rem 0.5rem;
  }
  .outcome {
    align-items: center;
  }
  .bars .outcome {
    display: block;
  }
  .text {
    flex: 1 1 12rem;
  }
  .big {
    font-size: 1.5em;
    font-weight: 700;
    line-height: 1.2;
  }
  .line,
  .pct,
  .quartiles,
  .explanation {
    font-size: 0.9375em;
  }
  .swatch {
    flex: none;
    width: 0.875rem;
    height: 0.875rem;
    background: var(--_c);
    border-radius: 50%;
  }
  .median {
    fill: var(--_text);
  }
  .track {
    fill: var(--_track);
  }
  .bar,
  .range {
    display: block;
    width: 100%;
    height: 0.75rem;
    margin-block: 0.25rem;
  }
  .range {
    height: 1.25rem;
  }
  @media (prefers-reduced-motion: no-preference) {
    .fill {
      transition: width 0.4s ease-out;
    }
  }
  .section {
    gap: 0.25rem;
  }
  .small-bars {
    display: grid;
    grid-template-columns: auto 1fr auto;
    gap: 0 0.5rem;
  }
  .small-bars li {
    display: grid;
    grid-column: 1 / -1;
    grid-template-columns: subgrid;
    align-items: center;
  }
  .missing {
    font-style: italic;
  }
  .small-bars [part~='value'] {
    text-align: end;
  }
  .chart {
    position: relative;
    height: 12rem;
    color: var(--_text);
    border-color: var(--_border);
    outline-color: var(--_emploi);
  }

  /* Explanations on demand. */
  .info {
    display: inline-grid;
    place-items: center;
    flex: none;
    width: 1.5rem;
    height: 1.5rem;
    padding: 0;
    font: inherit;
    font-size: 0.875rem;
    font-weight: 700;
    font-style: italic;
    line-height: 1;
    color: var(--_accent);
    background: none;
    border: 1.5px solid;
    border-radius: 50%;
    cursor: pointer;
    vertical-align: middle;
  }
  .info[aria-expanded='true'] {
    color: var(--_surface);
    background: var(--_accent);
    border-color: var(--_accent);
  }
  .explanation {
    flex-basis: 100%;
    margin-top: 0.25rem;
    padding: 0.5rem 0.75rem;
  }

  .retry {
    margin-top: 0.5rem;
    padding: 0.375rem 1rem;
    font: inherit;
    color: var(--_surface);
    background: var(--_accent);
    border: 0;
    border-radius: calc(var(--_radius) / 2);
    cursor: pointer;
  }

  .footer {
    margin-top: auto;
    padding-top: calc(var(--_space) * 0.5);
    border-top: 1px solid var(--_border);
  }
  a {
    color: var(--_accent);
    text-underline-offset: 0.15em;
  }
  :focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
  @media (forced-colors: active) {
    .body,
    .fill,
    .swatch {
      forced-color-adjust: none;
    }
  }
`;
