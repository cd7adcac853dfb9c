import './page-setup.js';
import { Distributions, Stats } from '@inserjeunes/contract';
import { html, render, type TemplateResult } from 'lit';
import { fetchApi } from '../api/fetch-api.js';
import { chartTable } from '../stats/chart-table.js';
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

/** What the usage tables count, per row. */
type Usage = { appels: number; vues_widget: number };

function coverageSection(coverage: ScopeCoverage): TemplateResult {
  const rows = coverage.millesimes.flatMap((millesime, index) =>
    coverage.voies
      .filter((voie) => voie.lignes[index] !== null)
      .map((voie) => ({ millesime, voie, index })),
  );
  const heading = SCOPE_HEADINGS[coverage.scope];
  return chartTable({
    id: `couverture-${coverage.scope}`,
    heading,
    chart: coverage.scope,
    summary: heading,
    caption: `${heading}, par millésime et par voie`,
    columns: [
      { label: 'Millésime', cell: (row) => millesimeLabel(row.millesime) },
      { label: 'Voie', cell: (row) => FILIERE_LABELS[row.voie.filiere] },
      { label: 'Diplômes', number: true, cell: (row) => show(row.voie.codes[row.index] ?? null) },
      {
        label: SCOPE_ROWS[coverage.scope],
        number: true,
        cell: (row) => show(row.voie.lignes[row.index] ?? null),
      },
      {
        label: 'Dont publiables (20 élèves ou plus)',
        number: true,
        cell: (row) => show(row.voie.publiables[row.index] ?? null),
      },
    ],
    rows,
  });
}

function usageTemplate(stats: Stats): TemplateResult {
  const perConsumer = usagePerConsumer(stats.usage);
  const detail = usagePerDayAndConsumer(stats.usage);
  if (stats.usage.length === 0) {
    return html`<p class="notice">Aucun appel enregistré sur la période.</p>`;
  }
  const appels = { label: 'Appels', number: true, cell: (row: Usage) => show(row.appels) };
  const vues = {
    label: 'Widgets affichés',
    number: true,
    cell: (row: Usage) => show(row.vues_widget),
  };
  return html`${chartTable({
    id: 'usage-jour',
    heading: 'Appels et widgets affichés, par jour',
    chart: 'jours',
    summary: 'appels et widgets par jour et par partenaire',
    caption: 'Appels et widgets affichés, par jour et par partenaire',
    columns: [
      { label: 'Jour', cell: (row) => row.jour },
      { label: 'Partenaire', cell: (row) => row.consommateur },
      appels,
      vues,
    ],
    rows: detail,
  })}
  ${chartTable({
    id: 'usage-partenaire',
    heading: 'Par partenaire, sur la période',
    chart: 'partenaires',
    summary: 'par partenaire',
    caption: 'Appels et widgets affichés par partenaire',
    columns: [{ label: 'Partenaire', cell: (row) => row.consommateur }, appels, vues],
    rows: perConsumer,
  })}`;
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
