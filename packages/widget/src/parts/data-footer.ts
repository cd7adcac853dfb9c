import type { Filiere } from '@inserjeunes/contract';
import { msg, str } from '@lit/localize';
import { html } from 'lit';
import { sourceName } from '../words/filiere-label.js';
import { promotions } from '../words/promotions.js';

export interface FooterFacts {
  filieres: readonly Filiere[];
  millesime: string | null;
  scope: string;
  /** The page that explains the data (`{api}/donnees/lecteur`, for readers). */
  href: string;
}

/** Source, promotions, scope, and where to read how the figures are made. */
export function dataFooter({ filieres, millesime, scope, href }: FooterFacts) {
  const sources = [...new Set(filieres.map(sourceName))].join(' · ');
  const facts = [
    sources === '' ? '' : msg(str`Source : ${sources}`),
    millesime === null ? '' : promotions(millesime),
    scope,
  ].filter((fact) => fact !== '');
  return html`<footer class="footer" part="footer">
    ${facts.length > 0 ? html`<p>${facts.join(' · ')}</p>` : null}
    <p>
      <a part="link" href=${href} target="_blank" rel="noopener"
        >${msg('D’où viennent ces données ?')}<span class="sr"> ${msg('(nouvelle fenêtre)')}</span></a
      >
    </p>
  </footer>`;
}
