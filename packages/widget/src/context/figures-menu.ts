import type { Affichage, Lang } from '@inserjeunes/contract';
import { msg, str } from '@lit/localize';
import { html } from 'lit';
import { formatDate } from '../words/number-format.js';

/** The API's address of the same answer as a CSV file, pinned to the millésime and filière shown. */
function csvUrl(affichage: Affichage, donnees: string): string {
  const api = donnees.replace(/\/donnees(?:\/lecteur)?$/, '');
  const url = new URL(
    `${api}/api/inserjeunes/affichage/${affichage.codes.map(encodeURIComponent).join(',')}.csv`,
  );
  if (affichage.etablissement !== null) url.searchParams.set('uai', affichage.etablissement.uai);
  if (affichage.region !== null) url.searchParams.set('region', affichage.region.code);
  if (affichage.millesime !== null) url.searchParams.set('millesime', affichage.millesime);
  if (affichage.voie !== undefined) url.searchParams.set('voie', affichage.voie);
  return url.href;
}

/** "Source : InserJeunes, DEPP-DARES, promotions 2022–2023, consulté le 4 décembre 2026". */
export function citation(affichage: Affichage, lang: Lang, today: Date): string {
  const superieur = affichage.filieres.some((block) => block.filiere === 'superieur');
  const source = superieur ? 'InserSup, SIES' : 'InserJeunes, DEPP-DARES';
  const years = affichage.millesime?.replace('_', '–') ?? '';
  const day = formatDate(today.toISOString(), lang);
  return years === ''
    ? msg(str`Source : ${source}, consulté le ${day}`)
    : msg(str`Source : ${source}, promotions ${years}, consulté le ${day}`);
}

async function copyLink(event: Event) {
  const button = event.currentTarget as HTMLButtonElement;
  const status = button.nextElementSibling;
  try {
    await navigator.clipboard.writeText(document.location.href);
    if (status !== null) status.textContent = msg('Lien copié.');
  } catch {
    if (status !== null) status.textContent = document.location.href;
  }
}

/**
 * A discreet menu under the figures: download them as CSV, copy the page's link, cite them,
 * and report an error to the address the operator configured (a plain `mailto:`, nothing
 * counted). Closed by default: a `<details>`, usable from the keyboard without script.
 */
export function figuresMenu(affichage: Affichage, donnees: string, lang: Lang, today = new Date()) {
  const label = affichage.libelle_lisible ?? affichage.libelle ?? affichage.codes.join(', ');
  const csv = csvUrl(affichage, donnees);
  const address = affichage.signalement ?? null;
  const subject = msg(str`Erreur dans les chiffres : ${label}`);
  const body = msg(
    str`Page : ${document.location.href}\nChiffres : ${csv}\n\nCe qui semble faux :\n`,
  );
  const mailto =
    address === null
      ? null
      : `mailto:${address}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
  return html`<details class="menu" part="menu">
    <summary>${msg('Télécharger, citer, signaler')}</summary>
    <ul class="menu-items" role="list">
      <li><a href=${csv} download>${msg('Télécharger les chiffres (CSV)')}</a></li>
      <li>
        <button type="button" class="copy" @click=${copyLink}>${msg('Copier le lien')}</button>
        <span class="copied" aria-live="polite"></span>
      </li>
      <li><p class="cite">${citation(affichage, lang, today)}</p></li>
      ${mailto === null ? null : html`<li><a href=${mailto}>${msg('Signaler une erreur')}</a></li>`}
    </ul>
  </details>`;
}
