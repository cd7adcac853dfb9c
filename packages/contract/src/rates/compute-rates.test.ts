import { describe, expect, it } from 'vitest';
import { computeRates, type Rates } from './compute-rates.js';
import { COUNT_KEYS, type Counts, completeCounts, emptyCounts, sumCounts } from './counts.js';
import {
  autresRateKey,
  emploiCountKey,
  emploiRateKey,
  emploiStableCountKey,
  emploiStableShareKey,
  HORIZONS,
} from './horizons.js';
import { percentHalfEven } from './round-half-even.js';

const counts = (values: Partial<Counts>): Counts => ({ ...emptyCounts(), ...values });

describe('computeRates', () => {
  it('gives three shares of the final-year students that add up to 100', () => {
    const rates = computeRates(
      counts({ nb_annee_term: 52, nb_poursuite_etudes: 31, nb_en_emploi_6_mois: 9 }),
    );
    expect(rates.taux_en_formation).toBe(60);
    expect(rates.taux_en_emploi_6_mois).toBe(17);
    expect(rates.taux_autres_6_mois).toBe(23);
  });

  it('never lets rounding push the three shares past 100', () => {
    for (let term = 1; term <= 60; term++) {
      for (let poursuite = 0; poursuite <= term; poursuite++) {
        for (let emploi = 0; emploi <= term - poursuite; emploi++) {
          const rates = computeRates(
            counts({
              nb_annee_term: term,
              nb_poursuite_etudes: poursuite,
              nb_en_emploi_6_mois: emploi,
            }),
          );
          const total =
            (rates.taux_en_formation ?? 0) +
            (rates.taux_en_emploi_6_mois ?? 0) +
            (rates.taux_autres_6_mois ?? 0);
          expect(total).toBe(100);
        }
      }
    }
  });

  it('counts nobody in work when nobody left (leavers not published, all went on studying)', () => {
    const rates = computeRates(
      counts({ nb_annee_term: 24, nb_poursuite_etudes: 24, nb_sortant: null }),
    );
    expect(rates.taux_en_formation).toBe(100);
    expect(rates.taux_en_emploi_6_mois).toBe(0);
    expect(rates.taux_en_emploi_24_mois).toBe(0);
    expect(rates.taux_autres_6_mois).toBe(0);
    expect(completeCounts(counts({ nb_annee_term: 24, nb_poursuite_etudes: 24 })).nb_sortant).toBe(
      0,
    );
  });

  it('leaves employment unknown when leavers are missing and some students did leave', () => {
    const rates = computeRates(counts({ nb_annee_term: 24, nb_poursuite_etudes: 20 }));
    expect(rates.taux_en_emploi_6_mois).toBeNull();
    expect(rates.taux_autres_6_mois).toBeNull();
    expect(rates.taux_en_formation).toBe(83);
  });

  it('gives each share as its count over its denominator, ties to even, null when either is missing', () => {
    // Counts drawn from a small set (with null and 0) by a fixed linear congruential sequence:
    // every rule meets missing counts, zero denominators and ties, the same way on every run.
    const values = [null, 0, 1, 3, 8, 20, 25, 40];
    let seed = 12345;
    const draw = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      // The high bits: the low ones of this sequence repeat with a short period.
      return values[Math.floor(seed / 65536) % values.length] ?? null;
    };
    const over = (n: number | null, d: number | null) =>
      n === null || d === null || d === 0 ? null : percentHalfEven(n, d);
    for (let i = 0; i < 20000; i++) {
      const raw = emptyCounts();
      for (const key of COUNT_KEYS) raw[key] = draw();
      const c = completeCounts(raw);
      const expected = { taux_en_formation: over(c.nb_poursuite_etudes, c.nb_annee_term) } as Rates;
      for (const h of HORIZONS) {
        const emploi = over(c[emploiCountKey(h)], c.nb_annee_term);
        expected[emploiRateKey(h)] = emploi;
        expected[autresRateKey(h)] =
          emploi === null || expected.taux_en_formation === null
            ? null
            : Math.max(0, 100 - emploi - expected.taux_en_formation);
        expected[emploiStableShareKey(h)] = over(c[emploiStableCountKey(h)], c[emploiCountKey(h)]);
      }
      expect(computeRates(raw)).toEqual(expected);
    }
  });

  it('gives the share of stable jobs among salaried jobs', () => {
    const rates = computeRates(
      counts({ nb_annee_term: 119, nb_en_emploi_12_mois: 65, nb_en_emploi_stable_12_mois: 50 }),
    );
    expect(rates.part_emploi_stable_12_mois).toBe(77);
  });
});

describe('sumCounts', () => {
  it('sums only the rows that have every needed count', () => {
    const { counts: total, rowsUsed } = sumCounts([
      counts({
        nb_annee_term: 52,
        nb_poursuite_etudes: 31,
        nb_sortant: 21,
        nb_en_emploi_6_mois: 9,
      }),
      counts({ nb_annee_term: 25, nb_poursuite_etudes: 2, nb_sortant: 23, nb_en_emploi_6_mois: 3 }),
      counts({ nb_annee_term: 4 }),
    ]);
    expect(rowsUsed).toBe(2);
    expect(total.nb_annee_term).toBe(77);
    expect(total.nb_poursuite_etudes).toBe(33);
    expect(total.nb_en_emploi_6_mois).toBe(12);
    expect(total.nb_en_emploi_12_mois).toBeNull();
  });

  it('applies the missing-leavers rule before choosing rows', () => {
    const { counts: total } = sumCounts([
      counts({ nb_annee_term: 30, nb_poursuite_etudes: 30 }),
      counts({
        nb_annee_term: 20,
        nb_poursuite_etudes: 10,
        nb_sortant: 10,
        nb_en_emploi_6_mois: 5,
      }),
    ]);
    expect(total.nb_annee_term).toBe(50);
    expect(total.nb_en_emploi_6_mois).toBe(5);
  });
});
