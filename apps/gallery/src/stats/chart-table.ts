import { html, nothing, type TemplateResult } from 'lit';

/** A column of a chart's table: its heading, and its cell for one row. */
export interface TableColumn<Row> {
  label: string | TemplateResult;
  cell: (row: Row) => unknown;
  /** Figures are right-aligned. */
  number?: boolean;
}

/** What a chart section shows: its heading, its canvas, and the same figures as a table. */
export interface ChartTable<Row> {
  id: string;
  heading: string;
  /** The canvas's `data-chart`, which the drawing code looks for. */
  chart: string;
  /** What the table holds, said to screen readers after « Les chiffres en tableau ». */
  summary: string;
  caption: string;
  /** The first column heads each row. */
  columns: readonly [TableColumn<Row>, ...TableColumn<Row>[]];
  rows: readonly Row[];
}

const align = (number: boolean | undefined) => (number ? 'number' : nothing);

/** A chart with its figures in a table under a disclosure, for those who cannot see it. */
export function chartTable<Row>(section: ChartTable<Row>): TemplateResult {
  const [first, ...others] = section.columns;
  return html`<section aria-labelledby=${section.id}>
    <h3 id=${section.id}>${section.heading}</h3>
    <div class="chart-box"><canvas data-chart=${section.chart}></canvas></div>
    <details>
      <summary>Les chiffres en tableau<span class="visually-hidden"> : ${section.summary}</span></summary>
      <div class="table-scroll">
        <table>
          <caption>${section.caption}</caption>
          <thead>
            <tr>
              ${section.columns.map(
                (column) =>
                  html`<th scope="col" class=${align(column.number)}>${column.label}</th>`,
              )}
            </tr>
          </thead>
          <tbody>
            ${section.rows.map(
              (row) => html`<tr>
                <th scope="row" class=${align(first.number)}>${first.cell(row)}</th>
                ${others.map(
                  (column) => html`<td class=${align(column.number)}>${column.cell(row)}</td>`,
                )}
              </tr>`,
            )}
          </tbody>
        </table>
      </div>
    </details>
  </section>`;
}
