import './page-setup.js';
import { Distributions, Stats } from '@inserjeunes/contract';
import { html, render, type TemplateResult } from 'lit';
import { fetchApi } from '../api/fetch-api.js';
import { coverageByScope, type ScopeCoverage } from '../stats/coverage-series.js';
import { distributionSection } from '../stats/distribution-section.js';
import { drawChart } from '../stats/draw-chart.js';
import {
  FILIERE_LABELS,
  millesimeLabel,
  SCOPE_HEADINGS,
  SCOPE_ROWS,
} from '../stats/scope-words.js';
import { usagePerConsumer, usagePerDay, usagePerDayAndConsumer } from '../stats/usage-series.js';

const number = new Intl.NumberFormat('fr-FR');
const show = (value: number | null) => (value === null ? '—' : number.format(value));
const statut = document.getElementById('stats-statut');

function coverageSection(coverage: ScopeCoverage): TemplateResult {
  const id = `couverture-${coverage.scope}`;
  return html`<section aria-labelledby=${id}>
    <h3 id=${id}>${SCOPE_HEADINGS[coverage.scope]}</h3>
    <div class="chart-box"><canvas data-chart=${coverage.scope}></canvas></div>
    <details>
      <summary>Les chiffres en tableau<span class="visually-hidden"> : ${SCOPE_HEADINGS[coverage.scope]}</span></summary>
      <div class="table-scroll">
        <table>
          <caption>${SCOPE_HEADINGS[coverage.scope]}, par millésime et par voie</caption>
          <thead>
            <tr>
              <th scope="col">Millésime</th>
              <th scope="col">Voie</th>
              <th scope="col" class="number">Diplômes</th>
              <th scope="col" class="number">${SCOPE_ROWS[coverage.scope]}</th>
              <th scope="col" class="number">Dont publiables (20 élèves ou plus)</th>
            </tr>
          </thead>
          <tbody>
            ${coverage.millesimes.flatMap((millesime, index) =>
              coverage.voies
                .filter((voie) => voie.lignes[index] !== null)
                .map(
                  (voie) => html`<tr>
                    <th scope="row">${millesimeLabel(millesime)}</th>
                    <td>${FILIERE_LABELS[voie.filiere]}</td>
                    <td class="number">${show(voie.codes[index] ?? null)}</td>
                    <td class="number">${show(voie.lignes[index] ?? null)}</td>
                    <td class="number">${show(voie.publiables[index] ?? null)}</td>
                  </tr>`,
                ),
            )}
          </tbody>
        </table>
      </div>
    </details>
  </section>`;
}

function usageTemplate(stats: Stats): TemplateResult {
  const perConsumer = usagePerConsumer(stats.usage);
  const detail = usagePerDayAndConsumer(stats.usage);
  if (stats.usage.length === 0) {
    return html`<p class="notice">Aucun appel enregistré sur la période.</p>`;
  }
  return html`
    <section aria-labelledby="usage-jour">
      <h3 id="usage-jour">Appels et widgets affichés, par jour</h3>
      <div class="chart-box"><canvas data-chart="jours"></canvas></div>
      <details>
        <summary>Les chiffres en tableau<span class="visually-hidden"> : appels et widgets par jour et par partenaire</span></summary>
        <div class="table-scroll">
          <table>
            <caption>Appels et widgets affichés, par jour et par partenaire</caption>
            <thead>
              <tr>
                <th scope="col">Jour</th>
                <th scope="col">Partenaire</th>
                <th scope="col" class="number">Appels</th>
                <th scope="col" class="number">Widgets affichés</th>
              </tr>
            </thead>
            <tbody>
              ${detail.map(
                (row) => html`<tr>
                  <th scope="row">${row.jour}</th>
                  <td>${row.consommateur}</td>
                  <td class="number">${show(row.appels)}</td>
                  <td class="number">${show(row.vues_widget)}</td>
                </tr>`,
              )}
            </tbody>
          </table>
        </div>
      </details>
    </section>
    <section aria-labelledby="usage-partenaire">
      <h3 id="usage-partenaire">Par partenaire, sur la période</h3>
      <div class="chart-box"><canvas data-chart="partenaires"></canvas></div>
      <details>
        <summary>Les chiffres en tableau<span class="visually-hidden"> : par partenaire</span></summary>
        <div class="table-scroll">
          <table>
            <caption>Appels et widgets affichés par partenaire</caption>
            <thead>
              <tr>
                <th scope="col">Partenaire</th>
                <th scope="col" class="number">Appels</th>
                <th scope="col" class="number">Widgets affichés</th>
              </tr>
            </thead>
            <tbody>
              ${perConsumer.map(
                (row) => html`<tr>
                  <th scope="row">${row.consommateur}</th>
                  <td class="number">${show(row.appels)}</td>
                  <td class="number">${show(row.vues_widget)}</td>
                </tr>`,
              )}
            </tbody>
          </table>
        </div>
      </details>
    </section>`;
}

function canvas(name: string): HTMLCanvasElement | null {
  return document.querySelector<HTMLCanvasElement>(`canvas[data-chart="${name}"]`);
}

try {
  const stats = await fetchApi('/api/inserjeunes/stats', Stats);
  const coverage = coverageByScope(stats.couverture_donnees);
  const coverageRoot = document.getElementById('couverture-graphiques');
  const usageRoot = document.getElementById('usage-graphiques');
  if (coverageRoot !== null) {
    render(
      coverage.length === 0
        ? html`<p class="notice">La base ne contient aucun chiffre.</p>`
        : html`${coverage.map(coverageSection)}`,
      coverageRoot,
    );
  }
  if (usageRoot !== null) render(usageTemplate(stats), usageRoot);
  const distributionRoot = document.getElementById('distributions');
  if (distributionRoot !== null) {
    const answer = await fetchApi('/api/inserjeunes/comparaisons', Distributions);
    render(distributionSection(answer), distributionRoot);
  }
  const periode = document.getElementById('usage-periode');
  if (periode !== null) {
    const { appels, vues_widget, consommateurs } = stats.totaux_usage;
    periode.textContent = `Du ${stats.periode.du} au ${stats.periode.au} : ${number.format(appels)} appels, dont ${number.format(vues_widget)} affichages du widget, par ${number.format(consommateurs)} partenaire${consommateurs > 1 ? 's' : ''}.`;
  }
  for (const entry of coverage) {
    const target = canvas(entry.scope);
    if (target === null) continue;
    drawChart(
      target,
      'bar',
      entry.millesimes.map(millesimeLabel),
      entry.voies.map((voie) => ({ label: FILIERE_LABELS[voie.filiere], values: voie.codes })),
      `${SCOPE_HEADINGS[entry.scope]} : diplômes couverts par millésime et par voie. Les chiffres sont dans le tableau qui suit.`,
    );
  }
  if (stats.usage.length > 0) {
    const days = usagePerDay(stats.usage, stats.periode);
    const daysCanvas = canvas('jours');
    if (daysCanvas !== null) {
      drawChart(
        daysCanvas,
        'line',
        days.jours,
        [
          { label: 'Appels à l’API', values: days.appels },
          { label: 'Widgets affichés', values: days.vues_widget },
        ],
        'Appels à l’API et widgets affichés par jour. Les chiffres sont dans le tableau qui suit.',
      );
    }
    const partners = usagePerConsumer(stats.usage);
    const partnersCanvas = canvas('partenaires');
    if (partnersCanvas !== null) {
      drawChart(
        partnersCanvas,
        'bar',
        partners.map((row) => row.consommateur),
        [
          { label: 'Appels à l’API', values: partners.map((row) => row.appels) },
          { label: 'Widgets affichés', values: partners.map((row) => row.vues_widget) },
        ],
        'Appels et widgets affichés par partenaire. Les chiffres sont dans le tableau qui suit.',
      );
    }
  }
  if (statut !== null) statut.hidden = true;
} catch (error) {
  if (statut !== null) {
    statut.classList.add('error');
    statut.textContent = `Les statistiques n’ont pas pu être chargées : ${error instanceof Error ? error.message : String(error)}`;
  }
}
