import type { Stats } from '@inserjeunes/contract';
import { describe, expect, it } from 'vitest';
import { compareMillesimes, coverageByScope } from './coverage-series.js';
import { usagePerConsumer, usagePerDay, usagePerDayAndConsumer } from './usage-series.js';

describe('coverageByScope', () => {
  const rows: Stats['couverture_donnees'] = [
    {
      scope: 'regional',
      filiere: 'apprentissage',
      millesime: '2023',
      lignes: 50,
      codes: 9,
      publiables: 40,
    },
    {
      scope: 'national',
      filiere: 'scolaire',
      millesime: '2022_2023',
      lignes: 12,
      codes: 12,
      publiables: 10,
    },
    {
      scope: 'national',
      filiere: 'apprentissage',
      millesime: '2022',
      lignes: 7,
      codes: 7,
      publiables: 7,
    },
    {
      scope: 'national',
      filiere: 'scolaire',
      millesime: '2022',
      lignes: 11,
      codes: 11,
      publiables: 9,
    },
  ];

  it('groups by scope and voie, and aligns every voie on the same millésimes', () => {
    const [national, regional] = coverageByScope(rows);
    expect(national?.scope).toBe('national');
    expect(national?.millesimes).toEqual(['2022', '2022_2023']);
    expect(national?.voies).toEqual([
      { filiere: 'scolaire', codes: [11, 12], lignes: [11, 12], publiables: [9, 10] },
      { filiere: 'apprentissage', codes: [7, null], lignes: [7, null], publiables: [7, null] },
    ]);
    expect(regional?.voies.map((voie) => voie.filiere)).toEqual(['apprentissage']);
  });

  it('orders millésimes by their last year', () => {
    expect(['2023', '2021_2022', '2022', '2022_2023'].sort(compareMillesimes)).toEqual([
      '2022',
      '2021_2022',
      '2023',
      '2022_2023',
    ]);
  });
});

describe('usage', () => {
  const usage: Stats['usage'] = [
    { jour: '2025-01-02', consommateur: 'onisep', route: 'affichage', appels: 10, vues_widget: 9 },
    { jour: '2025-01-01', consommateur: 'onisep', route: 'affichage', appels: 5, vues_widget: 5 },
    {
      jour: '2025-01-01',
      consommateur: 'onisep',
      route: 'certifications',
      appels: 2,
      vues_widget: 0,
    },
    {
      jour: '2025-01-01',
      consommateur: 'exemple.fr',
      route: 'affichage',
      appels: 30,
      vues_widget: 30,
    },
  ];

  it('sums every partner and route per day, days in order', () => {
    expect(usagePerDay(usage)).toEqual({
      jours: ['2025-01-01', '2025-01-02'],
      appels: [37, 10],
      vues_widget: [35, 9],
    });
  });

  it('puts every day of the period on the axis, days without calls at zero', () => {
    expect(usagePerDay(usage, { du: '2024-12-31', au: '2025-01-03' })).toEqual({
      jours: ['2024-12-31', '2025-01-01', '2025-01-02', '2025-01-03'],
      appels: [0, 37, 10, 0],
      vues_widget: [0, 35, 9, 0],
    });
  });

  it('totals each partner, most calls first', () => {
    expect(usagePerConsumer(usage)).toEqual([
      { consommateur: 'exemple.fr', appels: 30, vues_widget: 30 },
      { consommateur: 'onisep', appels: 17, vues_widget: 14 },
    ]);
  });

  it('sums routes per day and partner', () => {
    expect(usagePerDayAndConsumer(usage)[1]).toEqual({
      jour: '2025-01-01',
      consommateur: 'onisep',
      appels: 7,
      vues_widget: 5,
    });
  });
});
