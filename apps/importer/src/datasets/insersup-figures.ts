import { type Counts, HORIZONS } from '@inserjeunes/contract';
import { blankCounts } from '../figures/blank-counts.js';
import type { Published } from '../figures/build-indicateur.js';
import { checkQuartiles } from '../figures/check-counts.js';
import {
  inserSupCountValue,
  parseInserSupRate,
  parseInserSupValue,
} from '../values/insersup-value.js';
import { cell, type Header } from './header.js';

/** Horizons that have a column of rates over leavers in our records (30 months has none). */
const LEAVER_RATE_HORIZONS = [6, 12, 18, 24] as const;

/** A column by name and position (-1 when the file lacks it). */
interface Column {
  name: string;
  at: number;
}

interface HorizonColumns {
  horizon: (typeof HORIZONS)[number];
  employedKey: keyof Counts;
  stableKey: keyof Counts;
  sortants: Column;
  employed: Column;
  stable: Column;
  /** Rates only checked. */
  checked: readonly Column[];
}

/**
 * Where the figures of a `fr-esr-insersup` line (structure of 2026) are: every position
 * looked up once per file, as a name's lookup normalises it, too dear for each of a
 * national file's million lines.
 */
export class InserSupFigureColumns {
  private readonly sortants: Column;
  private readonly poursuivants: Column;
  private readonly horizons: readonly HorizonColumns[];
  private readonly leaverRates: readonly { key: keyof Published; column: Column }[];
  private readonly salaries: readonly [Column, Column, Column];

  constructor(header: Header) {
    const column = (name: string): Column => ({ name, at: header.indexOf(name) });
    this.sortants = column('nb_sortants_6');
    this.poursuivants = column('nb_poursuivants_6');
    this.horizons = HORIZONS.map((horizon) => ({
      horizon,
      employedKey: `nb_en_emploi_${horizon}_mois`,
      stableKey: `nb_en_emploi_stable_${horizon}_mois`,
      sortants: column(`nb_sortants_${horizon}`),
      employed: column(`nb_sortants_en_emploi_sal_fr_${horizon}`),
      stable: column(`nb_sortants_en_emploi_stable_${horizon}`),
      checked: [
        column(`tx_sortants_en_emploi_non_sal_${horizon}`),
        column(`tx_sortants_en_emploi_stable_${horizon}`),
      ],
    }));
    this.leaverRates = LEAVER_RATE_HORIZONS.map((h) => ({
      key: `taux_emploi_sortants_${h}_mois` as const,
      column: column(`tx_sortants_en_emploi_sal_fr_${h}`),
    }));
    this.salaries = [column('salaire_q1_12'), column('salaire_q2_12'), column('salaire_q3_12')];
  }

  /** The counts and published rates of one line; problems name the column and the value. */
  read(fields: readonly string[], problems: string[]): { counts: Counts; published: Published } {
    const sortants = count(fields, this.sortants, problems);
    const poursuivants = count(fields, this.poursuivants, problems);
    const counts: Counts = blankCounts();
    counts.nb_annee_term =
      sortants !== null && poursuivants !== null ? sortants + poursuivants : null;
    counts.nb_poursuite_etudes = poursuivants;
    counts.nb_sortant = sortants;
    for (const h of this.horizons) {
      // Employment counts join the record only over the same leavers as its first horizon.
      const sameLeavers =
        h.horizon === HORIZONS[0] || count(fields, h.sortants, problems) === sortants;
      const employed = count(fields, h.employed, problems);
      const stable = count(fields, h.stable, problems);
      counts[h.employedKey] = sameLeavers ? employed : null;
      counts[h.stableKey] = sameLeavers ? stable : null;
      for (const rate of h.checked) parseInserSupRate(cell(fields, rate.at), rate.name, problems);
    }
    const published: Published = {};
    for (const { key, column } of this.leaverRates) {
      const rate = parseInserSupRate(cell(fields, column.at), column.name, problems);
      published[key] = rate === null ? null : Math.round(rate);
    }
    const [q1, q2, q3] = this.salaries;
    const salaries = [
      salary(fields, q1, problems),
      salary(fields, q2, problems),
      salary(fields, q3, problems),
    ] as const;
    checkQuartiles(...salaries, problems);
    [published.salaire_12_mois_q1, published.salaire_12_mois_q2, published.salaire_12_mois_q3] =
      salaries;
    return { counts, published };
  }
}

function count(fields: readonly string[], column: Column, problems: string[]): number | null {
  return inserSupCountValue(cell(fields, column.at), column.name, problems);
}

/** A salary quartile at 12 months; problems name the column. */
function salary(fields: readonly string[], column: Column, problems: string[]): number | null {
  const { value } = parseInserSupValue(cell(fields, column.at), column.name, problems);
  if (value !== null && value < 0) problems.push(`${column.name} : salaire négatif`);
  return value;
}
