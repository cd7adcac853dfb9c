import { html, nothing, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { repeat } from 'lit/directives/repeat.js';
import {
  AUDIENCE_LABELS,
  LANG_LABELS,
  type MatrixRow,
  type MatrixTile,
  requestedScope,
  shownScope,
} from './matrix-tiles.js';
import { tileImageUrl } from './tile-image.js';

/** What the matrix needs beyond its rows: how far the simulated loading has got. */
export interface MatrixView {
  rows: MatrixRow[];
  /** Whether the slow, simulated requests may start (the real ones have settled). */
  loadingStarted: boolean;
  /** How many times each loading tile has been replayed (a new element each time). */
  replays: ReadonlyMap<string, number>;
  onReplay: (key: string) => void;
  /** The origin of the gallery, for the simulated API addresses. */
  origin: string;
}

function widget(tile: MatrixTile, view: MatrixView): TemplateResult {
  const { exemple, etat } = tile;
  const api =
    etat.simulation === null ? nothing : `${view.origin}/galerie-simulation/${etat.simulation}`;
  return html`<inserjeunes-indicateurs
    code=${exemple.code}
    uai=${exemple.uai ?? nothing}
    region=${exemple.region ?? nothing}
    audience=${tile.audience}
    lang=${tile.lang}
    heading-level="4"
    api=${api}
  ></inserjeunes-indicateurs>`;
}

function tileBody(tile: MatrixTile, view: MatrixView): TemplateResult {
  if (tile.etat.simulation !== 'lente') return widget(tile, view);
  if (!view.loadingStarted) {
    return html`<p class="tile-wait">Le chargement simulé commence quand les autres exemples sont affichés.</p>`;
  }
  const replays = view.replays.get(tile.key) ?? 0;
  return html`${keyed(`${tile.key}-${replays}`, widget(tile, view))}
    <button class="secondary replay" type="button" @click=${() => view.onReplay(tile.key)}>
      Rejouer le chargement<span class="visually-hidden"> (${AUDIENCE_LABELS[tile.audience]}, ${LANG_LABELS[tile.lang]})</span>
    </button>`;
}

/** The same figures as an image (for mails and pages without scripts), beside the live widget. */
function tileImage(tile: MatrixTile, view: MatrixView): TemplateResult | typeof nothing {
  const src = tileImageUrl(tile, view.origin);
  if (src === null) return nothing;
  return html`<figure class="tile-image">
    <img src=${src} width="480" loading="lazy" alt="Les mêmes chiffres en image SVG" />
    <figcaption>En image, pour les courriels et les pages sans script (<a href=${src}>SVG</a>, <a href=${src.replace('.svg?', '.png?')}>PNG</a>)</figcaption>
  </figure>`;
}

function tileTemplate(tile: MatrixTile, view: MatrixView): TemplateResult {
  const { exemple, etat } = tile;
  const id = `tuile-${tile.key}`;
  return html`<li class="tile">
    <article aria-labelledby=${id}>
      <h3 id=${id}>${etat.titre} — ${AUDIENCE_LABELS[tile.audience]} — ${LANG_LABELS[tile.lang]}</h3>
      <dl class="tile-facts">
        <div><dt>État</dt><dd>${etat.titre}</dd></div>
        <div>
          <dt>Diplôme</dt>
          <dd>${exemple.libelle ?? 'intitulé inconnu'} (<code>${exemple.code}</code>)</dd>
        </div>
        <div><dt>Demandé</dt><dd>${requestedScope(exemple)}</dd></div>
        <div><dt>Affiché</dt><dd>${shownScope(exemple, etat)}</dd></div>
      </dl>
      <div class="tile-widget" lang=${tile.lang}>${tileBody(tile, view)}</div>
      ${tileImage(tile, view)}
    </article>
  </li>`;
}

function rowTemplate(row: MatrixRow, view: MatrixView): TemplateResult {
  const id = `etat-${row.etat.id}`;
  const exemple = row.exemple;
  return html`<section class="matrix-row" aria-labelledby=${id}>
    <h2 id=${id}>${row.etat.titre}</h2>
    <p>${row.etat.description}</p>
    ${
      exemple === null
        ? html`<p class="notice warning">Les données chargées n’ont aucun exemple de cet état.</p>`
        : html`<p class="example-line">
            Exemple : <strong>${exemple.libelle ?? exemple.code}</strong> (<code>${exemple.code}</code>),
            demandé pour ${requestedScope(exemple)} —
            ${exemple.fictif ? 'données fictives de démonstration' : 'données officielles'}.
          </p>`
    }
    ${
      row.tiles.length === 0
        ? nothing
        : html`<ul class="tiles">
            ${repeat(
              row.tiles,
              (tile) => tile.key,
              (tile) => tileTemplate(tile, view),
            )}
          </ul>`
    }
  </section>`;
}

/** The whole matrix: one section per state, one tile per audience × language. */
export function matrixTemplate(view: MatrixView): TemplateResult {
  return html`${repeat(
    view.rows,
    (row) => row.etat.id,
    (row) => rowTemplate(row, view),
  )}`;
}
