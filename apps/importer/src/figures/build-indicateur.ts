import {
  type Counts,
  completeCounts,
  computeRates,
  type Filiere,
  RATE_KEYS,
  type RaisonMasquage,
  type Rates,
  withholdingReason,
} from '@inserjeunes/contract';
import type { IndicateurRow } from '../load/tables.js';
import { blankCounts } from './blank-counts.js';

/** Figures published as such by sources that give no counts (establishment files). */
export type Published = Partial<
  Pick<
    IndicateurRow,
    | 'taux_emploi_sortants_6_mois'
    | 'taux_emploi_sortants_12_mois'
    | 'taux_emploi_sortants_18_mois'
    | 'taux_emploi_sortants_24_mois'
    | 'taux_emploi_attendu_6_mois'
    | 'valeur_ajoutee_6_mois'
    | 'part_contrats_interrompus'
    | 'salaire_12_mois_q1'
    | 'salaire_12_mois_q2'
    | 'salaire_12_mois_q3'
  >
>;

export interface IndicateurInput {
  scope: IndicateurRow['scope'];
  millesime: string;
  filiere: Filiere;
  code: string | null;
  code_type: IndicateurRow['code_type'];
  cfd?: string | null;
  region_code?: string | null;
  uai?: string | null;
  /** Raw counts as published (null or absent = not published). */
  counts?: Partial<Counts>;
  /** Shares published without counts (establishment files), used only when there are no counts. */
  shares?: Partial<Rates>;
  published?: Published;
  /** The source's own reason for withholding the row (empty cells of a rates-only file). */
  withheld?: RaisonMasquage | null;
  fictif: boolean;
}

const NO_SHARES: Partial<Rates> = {};
const NOTHING: Published = {};

/**
 * One indicator row from what a source published: counts completed by their definitions
 * (leavers, nobody-left), rates computed with the contract's rules (integer arithmetic, ties
 * to even, three shares summing to 100), and the reason the API must withhold them when the
 * final-year population is under the threshold. Nothing under the threshold is dropped.
 */
export function buildIndicateur(input: IndicateurInput): IndicateurRow {
  const raw = input.counts === undefined ? blankCounts() : fillCounts(input.counts);
  const counts = completeCounts(raw);
  let hasCounts = false;
  for (const key in counts) {
    if (counts[key as keyof Counts] !== null) {
      hasCounts = true;
      break;
    }
  }
  const rates = hasCounts ? computeRates(counts) : sharesAsRates(input.shares ?? NO_SHARES);
  const p = input.published ?? NOTHING;
  const row: IndicateurRow = {
    scope: input.scope,
    millesime: input.millesime,
    filiere: input.filiere,
    code: input.code,
    code_type: input.code_type,
    cfd: input.cfd ?? (input.code_type === 'MEFSTAT11' ? null : input.code),
    region_code: input.region_code ?? null,
    uai: input.uai ?? null,
    nb_annee_term: counts.nb_annee_term,
    nb_poursuite_etudes: counts.nb_poursuite_etudes,
    nb_sortant: counts.nb_sortant,
    nb_en_emploi_6_mois: counts.nb_en_emploi_6_mois,
    nb_en_emploi_12_mois: counts.nb_en_emploi_12_mois,
    nb_en_emploi_18_mois: counts.nb_en_emploi_18_mois,
    nb_en_emploi_24_mois: counts.nb_en_emploi_24_mois,
    nb_en_emploi_30_mois: counts.nb_en_emploi_30_mois,
    nb_en_emploi_stable_6_mois: counts.nb_en_emploi_stable_6_mois,
    nb_en_emploi_stable_12_mois: counts.nb_en_emploi_stable_12_mois,
    nb_en_emploi_stable_18_mois: counts.nb_en_emploi_stable_18_mois,
    nb_en_emploi_stable_24_mois: counts.nb_en_emploi_stable_24_mois,
    nb_en_emploi_stable_30_mois: counts.nb_en_emploi_stable_30_mois,
    taux_en_formation: rates.taux_en_formation,
    taux_en_emploi_6_mois: rates.taux_en_emploi_6_mois,
    taux_en_emploi_12_mois: rates.taux_en_emploi_12_mois,
    taux_en_emploi_18_mois: rates.taux_en_emploi_18_mois,
    taux_en_emploi_24_mois: rates.taux_en_emploi_24_mois,
    taux_en_emploi_30_mois: rates.taux_en_emploi_30_mois,
    taux_autres_6_mois: rates.taux_autres_6_mois,
    taux_autres_12_mois: rates.taux_autres_12_mois,
    taux_autres_18_mois: rates.taux_autres_18_mois,
    taux_autres_24_mois: rates.taux_autres_24_mois,
    taux_autres_30_mois: rates.taux_autres_30_mois,
    part_emploi_stable_6_mois: rates.part_emploi_stable_6_mois,
    part_emploi_stable_12_mois: rates.part_emploi_stable_12_mois,
    part_emploi_stable_18_mois: rates.part_emploi_stable_18_mois,
    part_emploi_stable_24_mois: rates.part_emploi_stable_24_mois,
    part_emploi_stable_30_mois: rates.part_emploi_stable_30_mois,
    taux_emploi_sortants_6_mois: p.taux_emploi_sortants_6_mois ?? null,
    taux_emploi_sortants_12_mois: p.taux_emploi_sortants_12_mois ?? null,
    taux_emploi_sortants_18_mois: p.taux_emploi_sortants_18_mois ?? null,
    taux_emploi_sortants_24_mois: p.taux_emploi_sortants_24_mois ?? null,
    taux_emploi_attendu_6_mois: p.taux_emploi_attendu_6_mois ?? null,
    valeur_ajoutee_6_mois: p.valeur_ajoutee_6_mois ?? null,
    part_contrats_interrompus: p.part_contrats_interrompus ?? null,
    salaire_12_mois_q1: p.salaire_12_mois_q1 ?? null,
    salaire_12_mois_q2: p.salaire_12_mois_q2 ?? null,
    salaire_12_mois_q3: p.salaire_12_mois_q3 ?? null,
    raison_masquage: null,
    donnee_source_code: input.code,
    donnee_source_type: 'self',
    derivation: null,
    fictif: input.fictif,
  };
  // The contract's publication rule, stored so the API and SQL filters read it as is.
  row.raison_masquage = withholdingReason({
    source: input.withheld,
    nb_annee_term: row.nb_annee_term,
    figures: row,
  });
  return row;
}

function fillCounts(partial: Partial<Counts>): Counts {
  const counts = blankCounts();
  for (const key in partial) {
    const value = partial[key as keyof Counts];
    if (value !== undefined) counts[key as keyof Counts] = value;
  }
  return counts;
}

function sharesAsRates(shares: Partial<Rates>): Rates {
  const rates = {} as Rates;
  for (const key of RATE_KEYS) rates[key] = shares[key] ?? null;
  return rates;
}
