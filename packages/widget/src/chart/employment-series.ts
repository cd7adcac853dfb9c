/** What the employment chart draws, as the view hands it over (in the reader's language). */
export interface EmploymentSeries {
  label: string;
  labels: string[];
  values: (number | null)[];
}
