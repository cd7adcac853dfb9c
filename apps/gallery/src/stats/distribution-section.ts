import type { Distribution, Distributions } from '@inserjeunes/contract';
import { html, type TemplateResult } from 'lit';
import { FILIERE_LABELS, millesimeLabel } from './scope-words.js';

/** The figure whose distribution the page shows: the one every audience reads first. */
const SHOWN = 'taux_en_emploi_6_mois';

/** The distributions of one diploma level, France first then each region. */
function levelTable(level: string, entries: readonly Distribution[]): TemplateResult {
  const id = `distribution-${entries[0]?.niveau.code ?? level}`;
  return html`<section aria-labelledby=${id}>
    <h3 id=${id}>${level}</h3>
    <div class="table-scroll">
      <table>
        <caption>${level} : part en emploi à 6 mois parmi les formations semblables</caption>
        <thead>
          <tr>
            <th scope="col">Où</th>
            <th scope="col">Voie</th>
            <th scope="col" class="number">Formations</th>
            <th scope="col" class="number">1er quartile</th>
            <th scope="col" class="number">Médiane</th>
            <th scope="col" class="number">3e quartile</th>
          </tr>
        </thead>
        <tbody>
          ${entries.map(
            (entry) => html`<tr>
              <th scope="row">${entry.region?.libelle ?? 'France'}</th>
              <td>${FILIERE_LABELS[entry.filiere]}</td>
              <td class="number">${entry.nb_formations}</td>
              <td class="number">${entry.q1} %</td>
              <td class="number">${entry.mediane} %</td>
              <td class="number">${entry.q3} %</td>
            </tr>`,
          )}
        </tbody>
      </table>
    </div>
  </section>`;
}

/**
 * Per diploma level and place, the distribution of employment at 6 months among similar
 * trainings: what the widget's comparisons are made against.
 */
export function distributionSection(answer: Distributions): TemplateResult {
  const levels = distributionsByLevel(answer);
  if (levels.length === 0) {
    return html`<p class="notice">Pas encore assez de formations semblables pour comparer.</p>`;
  }
  return html`<p class="prose">
      Promotions ${millesimeLabel(answer.millesime ?? '')} ; seules les distributions d’au moins
      ${answer.minimum} formations sont données.
    </p>
    ${levels.map(([level, entries]) => levelTable(level, entries))}`;
}

/** The distributions of employment at 6 months, grouped by diploma level in the API's order. */
export function distributionsByLevel(answer: Distributions): [string, Distribution[]][] {
  const levels = new Map<string, Distribution[]>();
  for (const entry of answer.distributions) {
    if (entry.indicateur !== SHOWN) continue;
    const list = levels.get(entry.niveau.libelle) ?? [];
    list.push(entry);
    levels.set(entry.niveau.libelle, list);
  }
  return [...levels];
}
