import type { Lang } from '@inserjeunes/contract';

// Percentages, euros and dates are written by hand, exactly as Intl writes them in French
// (`38 %`, `1 520 €`, `31 août 2023`) and British English (`38%`, `€1,520`,
// `31 August 2023`): building the first Intl.NumberFormat or Intl.DateTimeFormat of a page
// loads locale data, which took 20 to 60 ms in a fresh tab, most of the widget's cold
// start. Rates are whole numbers and salaries are rounded to the euro, so digits and their
// grouping are all there is to them; a long date is a day, a month's name and a year.

/** A whole number with its thousands grouped: `1 520` (narrow no-break space), `1,520`. */
function grouped(value: number, lang: Lang): string {
  return String(Math.round(value)).replace(/\B(?=(\d{3})+$)/g, lang === 'fr' ? '\u202f' : ',');
}

/** A count of people as the reader writes it: `11 500` in French, `11,500` in English. */
export function formatCount(value: number, lang: Lang): string {
  return grouped(value, lang);
}

/** A whole percentage as the reader writes it: `38 %` in French, `38%` in English. */
export function formatPercent(value: number, lang: Lang): string {
  return lang === 'fr' ? `${grouped(value, lang)}\u00a0%` : `${grouped(value, lang)}%`;
}

/** A monthly salary in euros, to the euro: `1 520 €`, `€1,520`. */
export function formatEuros(value: number, lang: Lang): string {
  return lang === 'fr' ? `${grouped(value, lang)}\u00a0€` : `€${grouped(value, lang)}`;
}

const MONTHS: Record<Lang, readonly string[]> = {
  fr: [
    'janvier',
    'février',
    'mars',
    'avril',
    'mai',
    'juin',
    'juillet',
    'août',
    'septembre',
    'octobre',
    'novembre',
    'décembre',
  ],
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
};

/** A date of the API (`YYYY-MM-DD…`) in words: `31 août 2023`, `31 August 2023`. */
export function formatDate(value: string, lang: Lang): string {
  const date = new Date(value.slice(0, 10));
  if (Number.isNaN(date.getTime())) return value;
  return `${date.getUTCDate()} ${MONTHS[lang][date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}
