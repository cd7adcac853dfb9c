import { css } from 'lit';

/**
 * How figures are drawn (pictograms, outcomes, bars, salaries, chart, comparisons, explanations,
 * retry, footer); colours come from the card's variables (`inserjeunes-indicateurs.styles.ts`).
 */
export const figuresStyles = css`
  /* Pictograms (3eme): centred, and large where there is room; still 1.25rem wide at 320 px. */
  .people {
    display: flex;
    justify-content: center;
    gap: 2%;
    width: 100%;
    max-width: 34rem;
    margin-inline: auto;
  }
  .person {
    flex: 0 1 2.75rem;
    min-width: 1.25rem;
    aspect-ratio: 1 / 2;
  }
  @container (min-width: 40rem) {
    .people {
      max-width: 42rem;
    }
    .person {
      flex-basis: 3.5rem;
    }
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
  /* The (i) button follows its label, wherever the label ends. */
  .text {
    flex: 0 1 auto;
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
  .section-head {
    display: flex;
    align-items: center;
    gap: 0.5rem;
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
    align-self: flex-start;
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
  .band {
    display: block;
    width: 100%;
    height: 0.5rem;
  }
  .band-track {
    fill: var(--_track);
  }
  .band-middle,
  .legend-band {
    fill: var(--_muted);
    background: var(--_muted);
    opacity: 0.45;
  }
  .band-median,
  .legend-median {
    fill: var(--_text);
    background: var(--_text);
  }
  .legend-band,
  .legend-median {
    display: inline-block;
    width: 1.25rem;
    height: 0.5rem;
  }
  .legend-median {
    width: 2px;
    height: 0.75rem;
  }
  .band-text,
  .band-legend,
  .previous,
  .situe,
  .count,
  .no-comparison,
  .trend-title {
    margin: 0;
    font-size: 0.875em;
    color: var(--_muted);
  }
  .situe {
    flex-basis: 100%;
    padding-inline-start: 1.375rem; /* a row of its own, under the words (swatch + gap) */
  }
  .menu {
    font-size: 0.875em;
  }
  .menu summary {
    cursor: pointer;
    color: var(--_accent);
  }
  .menu-items {
    margin: 0.25rem 0 0;
    padding: 0;
    list-style: none;
  }
  .copy {
    font: inherit;
    color: var(--_accent);
    background: none;
    border: 0;
    padding: 0;
    text-decoration: underline;
    cursor: pointer;
  }
  .trend-line {
    display: block;
    width: 100%;
    max-width: 20rem;
    height: auto;
  }
  .trend-path {
    fill: none;
    stroke: var(--_emploi);
    stroke-width: 2;
  }
  .trend-point {
    fill: var(--_emploi);
  }
  .trend-value,
  .trend-when {
    font-size: 10px;
    fill: var(--_text);
  }
  .trend-when {
    fill: var(--_muted);
  }
  @media (forced-colors: active) {
    .body,
    .fill,
    .swatch {
      forced-color-adjust: none;
    }
  }
`;
