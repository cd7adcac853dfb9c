/** What the employment chart draws, as the view hands it over (in the reader's language). */
export interface EmploymentSeries {
  label: string;
  /** Short labels of the horizontal axis: the months alone (`6`, `12`…), its title says the unit. */
  labels: string[];
  /** Title of the horizontal axis: "mois après le diplôme". */
  axisTitle: string;
  values: (number | null)[];
  /** The vertical scale's graduations, 0 to 100 % by 25, as the reader writes them (`50 %`, `50%`). */
  scaleLabels: string[];
  /** Each value as written above its point (`62 %`), empty where none is published. */
  valueLabels: string[];
  /** Earlier promotions, drawn as lighter lines under this one's, when the API holds them. */
  previous?: { label: string; values: (number | null)[] }[];
}
