import './page-setup.js';
import {
  Couverture,
  type LigneCouverture,
  type RaisonCouverture,
  STATUTS_COUVERTURE,
} from '@inserjeunes/contract';
import { html, render, type TemplateResult } from 'lit';
import { fetchApi } from '../api/fetch-api.js';
import { loadExemples } from '../api/load-exemples.js';
import { RAISON_LABELS, STATUT_LABELS, STATUT_SHORT } from '../couverture/couverture-words.js';
import { reasonCounts } from '../couverture/reason-counts.js';
import { reportCsv } from '../couverture/report-csv.js';
import { sampleCatalogue } from '../couverture/sample-catalogue.js';
import { downloadText } from '../csv/download-text.js';
import { drawChart } from '../stats/draw-chart.js';

const form = document.getElementById('formulaire-couverture') as HTMLFormElement | null;
const fileInput = document.getElementById('catalogue') as HTMLInputElement | null;
const status = document.getElementById('couverture-statut');
const section = document.getElementById('rapport');
const content = document.getElementById('rapport-contenu');
const summary = document.getElementById('rapport-resume');
const heading = document.getElementById('rapport-titre');

/** Rows listed on the page; the download has them all. */
const ROWS_SHOWN = 200;
const number = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 });

let report: Couverture | null = null;
let reportName = 'couverture.csv';

function reasonLabel(raison: RaisonCouverture | null): string {
  return raison === null ? 'aucune remarque' : RAISON_LABELS[raison];
}

function say(text: string, kind: 'info' | 'error' = 'info'): void {
  if (status === null) return;
  status.textContent = text;
  status.classList.toggle('error', kind === 'error');
}

function lineRow(ligne: LigneCouverture): TemplateResult {
  return html`<tr>
    <th scope="row" class="number">${ligne.ligne}</th>
    <td><code>${ligne.code ?? '—'}</code></td>
    <td>${ligne.uai ?? '—'}</td>
    <td>${STATUT_SHORT[ligne.statut]}</td>
    <td>${ligne.raison === null ? '—' : RAISON_LABELS[ligne.raison]}</td>
    <td>${ligne.scope ?? '—'}</td>
  </tr>`;
}

function reportTemplate(data: Couverture): TemplateResult {
  const { totaux } = data;
  const reasons = reasonCounts(data.lignes);
  return html`
    <div class="table-scroll">
      <table>
        <caption>Totaux</caption>
        <thead>
          <tr>
            <th scope="col">Résultat</th>
            <th scope="col" class="number">Lignes</th>
            <th scope="col" class="number">Part</th>
          </tr>
        </thead>
        <tbody>
          ${STATUTS_COUVERTURE.map(
            (statut) => html`<tr>
              <th scope="row">${STATUT_LABELS[statut]}</th>
              <td class="number">${number.format(totaux[statut])}</td>
              <td class="number">${number.format(totaux.pourcentages[statut])} %</td>
            </tr>`,
          )}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">Total</th>
            <td class="number">${number.format(totaux.lignes)}</td>
            <td class="number">100 %</td>
          </tr>
        </tfoot>
      </table>
    </div>
    <p>
      Les lignes couvertes seraient servies avec les chiffres de l’établissement pour
      ${number.format(totaux.par_scope.formation)}, de la région pour
      ${number.format(totaux.par_scope.regional)}, de la France pour
      ${number.format(totaux.par_scope.national)}.
    </p>
    <h3>Les raisons</h3>
    <div class="chart-box chart-box--reasons"><canvas id="graphique-raisons"></canvas></div>
    <div class="table-scroll">
      <table>
        <caption>Lignes par résultat et par raison</caption>
        <thead>
          <tr>
            <th scope="col">Résultat</th>
            <th scope="col">Raison</th>
            <th scope="col" class="number">Lignes</th>
          </tr>
        </thead>
        <tbody>
          ${reasons.map(
            (entry) => html`<tr>
              <th scope="row">${STATUT_SHORT[entry.statut]}</th>
              <td>${reasonLabel(entry.raison)}</td>
              <td class="number">${number.format(entry.lignes)}</td>
            </tr>`,
          )}
        </tbody>
      </table>
    </div>
    <h3>Les lignes</h3>
    <p>
      ${
        data.lignes.length > ROWS_SHOWN
          ? `Les ${ROWS_SHOWN} premières lignes sur ${number.format(data.lignes.length)} ; le rapport téléchargé les contient toutes.`
          : `Les ${data.lignes.length} lignes du catalogue.`
      }
    </p>
    <div class="table-scroll" role="region" aria-label="Lignes du catalogue" tabindex="0">
      <table>
        <caption>Résultat ligne par ligne</caption>
        <thead>
          <tr>
            <th scope="col" class="number">Ligne</th>
            <th scope="col">Code</th>
            <th scope="col">UAI</th>
            <th scope="col">Résultat</th>
            <th scope="col">Raison</th>
            <th scope="col">Périmètre affiché</th>
          </tr>
        </thead>
        <tbody>
          ${data.lignes.slice(0, ROWS_SHOWN).map(lineRow)}
        </tbody>
      </table>
    </div>`;
}

function showReport(data: Couverture): void {
  report = data;
  if (section === null || content === null) return;
  section.hidden = false;
  render(reportTemplate(data), content);
  if (summary !== null) {
    const { totaux } = data;
    summary.textContent = `${number.format(totaux.lignes)} lignes lues (colonne du diplôme : « ${data.colonnes.code} »${
      data.colonnes.uai === null ? '' : `, établissement : « ${data.colonnes.uai} »`
    }) : ${number.format(totaux.pourcentages.couvert)} % couvertes.`;
  }
  const canvas = document.getElementById('graphique-raisons');
  if (canvas instanceof HTMLCanvasElement) {
    const reasons = reasonCounts(data.lignes);
    const box = canvas.parentElement;
    // One bar per reason, each a line of text high, so long labels stay readable.
    if (box !== null) box.style.height = `${Math.max(12, reasons.length * 2.5 + 4)}rem`;
    drawChart(
      canvas,
      'bar',
      reasons.map((entry) => `${STATUT_SHORT[entry.statut]} : ${reasonLabel(entry.raison)}`),
      [{ label: 'Lignes', values: reasons.map((entry) => entry.lignes) }],
      'Nombre de lignes par résultat et par raison. Les chiffres sont dans le tableau qui suit.',
      true,
    );
  }
  heading?.focus();
}

async function analyse(body: Blob, name: string): Promise<void> {
  say('Analyse du catalogue en cours…');
  try {
    const data = await fetchApi('/api/inserjeunes/couverture', Couverture, {
      method: 'POST',
      headers: { 'content-type': 'text/csv' },
      body,
    });
    reportName = `couverture-${name.replace(/\.csv$/i, '')}.csv`;
    say(`Analyse terminée : ${number.format(data.totaux.lignes)} lignes.`);
    showReport(data);
  } catch (error) {
    say(`L’analyse a échoué : ${error instanceof Error ? error.message : String(error)}`, 'error');
  }
}

form?.addEventListener('submit', (event) => {
  event.preventDefault();
  const file = fileInput?.files?.[0];
  if (file === undefined) {
    say('Choisissez d’abord un fichier CSV.', 'error');
    fileInput?.focus();
    return;
  }
  void analyse(file, file.name);
});

document.getElementById('exemple-catalogue')?.addEventListener('click', async () => {
  try {
    const { exemples } = await loadExemples();
    await analyse(new Blob([sampleCatalogue(exemples)], { type: 'text/csv' }), 'exemple.csv');
  } catch (error) {
    say(
      `Le catalogue d’exemple n’a pas pu être construit : ${error instanceof Error ? error.message : String(error)}`,
      'error',
    );
  }
});

document.getElementById('telecharger')?.addEventListener('click', () => {
  if (report !== null) downloadText(reportCsv(report), reportName);
});
