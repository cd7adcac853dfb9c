import './page-setup.js';
import '../styles/themes.css';
import '../styles/matrice.css';
import {
  AUDIENCES,
  type Audience,
  type ExempleGalerie,
  LANGS,
  type Lang,
} from '@inserjeunes/contract';
import { html, render } from 'lit';
import { exemplesSourceText, loadExemples } from '../api/load-exemples.js';
import { ETATS_MATRICE, type EtatMatrice } from '../matrice/etats-matrice.js';
import { type MatrixFilters, matrixRows } from '../matrice/matrix-tiles.js';
import { matrixTemplate } from '../matrice/render-matrix.js';
import { isThemeId } from '../themes/themes.js';

const form = document.querySelector<HTMLFormElement>('#filtres');
const container = document.querySelector<HTMLElement>('#matrice');
const source = document.querySelector<HTMLElement>('#source-exemples');
const stateChoices = document.querySelector<HTMLElement>('#choix-etats');

/** Simulated loading starts once the real requests have settled, or after this delay. */
const LOADING_START_MS = 6000;

let exemples: ExempleGalerie[] = [];
let loadingStarted = false;
const replays = new Map<string, number>();

function checked<T extends string>(name: string, allowed: readonly T[]): T[] {
  if (form === null) return [];
  return new FormData(form)
    .getAll(name)
    .filter(
      (value): value is T =>
        typeof value === 'string' && (allowed as readonly string[]).includes(value),
    );
}

function filters(): MatrixFilters {
  return {
    audiences: checked<Audience>('audience', AUDIENCES),
    langs: checked<Lang>('lang', LANGS),
    etats: checked<EtatMatrice['id']>(
      'etat',
      ETATS_MATRICE.map((etat) => etat.id),
    ),
  };
}

function draw(): void {
  if (container === null || form === null) return;
  const theme = new FormData(form).get('theme');
  container.className = `matrix theme-${typeof theme === 'string' && isThemeId(theme) ? theme : 'sobre'}`;
  render(
    matrixTemplate({
      rows: matrixRows(exemples, filters()),
      loadingStarted,
      replays,
      origin: window.location.origin,
      onReplay: (key) => {
        replays.set(key, (replays.get(key) ?? 0) + 1);
        draw();
      },
    }),
    container,
  );
}

function startLoadingTiles(): void {
  if (loadingStarted) return;
  loadingStarted = true;
  draw();
}

if (stateChoices !== null) {
  render(
    html`${ETATS_MATRICE.map(
      (etat) =>
        html`<label><input type="checkbox" name="etat" value=${etat.id} checked /> ${etat.titre}</label>`,
    )}`,
    stateChoices,
  );
}
form?.addEventListener('change', draw);
form?.addEventListener('submit', (event) => event.preventDefault());

// Slow requests would hold the browser's few connections to this server: they start only
// when every other tile has answered.
let settled = 0;
const onSettled = () => {
  settled += 1;
  const real = container?.querySelectorAll('inserjeunes-indicateurs').length ?? 0;
  if (settled >= real) startLoadingTiles();
};
container?.addEventListener('inserjeunes-load', onSettled);
container?.addEventListener('inserjeunes-error', onSettled);

try {
  const answer = await loadExemples();
  exemples = answer.exemples;
  if (source !== null) {
    const missing = answer.manquants.length;
    source.textContent = `${exemplesSourceText(answer.donnees)}${
      missing > 0
        ? ` ${missing} état${missing > 1 ? 's n’ont' : ' n’a'} pas d’exemple dans ces données.`
        : ''
    }`;
    if (answer.donnees !== 'officielles') source.classList.add('warning');
  }
  draw();
  setTimeout(startLoadingTiles, LOADING_START_MS);
} catch (error) {
  if (source !== null) {
    source.classList.add('error');
    source.textContent = `Les exemples n’ont pas pu être chargés : ${error instanceof Error ? error.message : String(error)}`;
  }
}
