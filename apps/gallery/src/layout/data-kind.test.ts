import type { Millesimes } from '@inserjeunes/contract';
import { describe, expect, it } from 'vitest';
import { dataKind } from './data-kind.js';

const entry = (id: number, fictif: boolean): Millesimes['imports'][number] => ({
  id,
  jeu_de_donnees: `jeu-${id}`,
  libelle: `Jeu ${id}`,
  fichier: `f${id}.csv`,
  importe_le: '2025-01-01T00:00:00Z',
  fictif,
  lignes_importees: 1,
});

function millesimes(behindFigures: number[], imports: Millesimes['imports']): Millesimes {
  return {
    disponibles: [
      {
        scope: 'national',
        filiere: 'scolaire',
        dernier: '2023',
        millesimes: [{ millesime: '2023', lignes: 1, imports: behindFigures }],
      },
    ],
    imports,
  };
}

describe('dataKind', () => {
  it('judges by the imports behind the figures, not the nomenclature’s', () => {
    const official = entry(1, false);
    const demo = entry(2, true);
    expect(dataKind(millesimes([2], [official, demo]))).toBe('fictives');
    expect(dataKind(millesimes([1], [official, demo]))).toBe('officielles');
    expect(dataKind(millesimes([1, 2], [official, demo]))).toBe('mixtes');
    expect(dataKind(millesimes([], [official]))).toBe('aucune');
  });
});
