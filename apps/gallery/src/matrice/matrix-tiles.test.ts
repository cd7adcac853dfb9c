import type { ExempleGalerie } from '@inserjeunes/contract';
import { describe, expect, it } from 'vitest';
import { ETATS_MATRICE } from './etats-matrice.js';
import { matrixRows, requestedScope, shownScope } from './matrix-tiles.js';

const exemple = (patch: Partial<ExempleGalerie>): ExempleGalerie => ({
  etat: 'chiffres',
  code: '40025214',
  uai: null,
  region: null,
  libelle: 'BAC PRO CUISINE',
  scope: 'national',
  millesime: '2022_2023',
  fictif: true,
  ...patch,
});

describe('matrixRows', () => {
  const all = {
    audiences: ['3eme', 'lycee', 'superieur'] as const,
    langs: ['fr', 'en'] as const,
    etats: ETATS_MATRICE.map((etat) => etat.id),
  };

  it('crosses every kept state with every audience and language', () => {
    const rows = matrixRows([exemple({})], all);
    const chiffres = rows.find((row) => row.etat.id === 'chiffres');
    expect(chiffres?.tiles.map((tile) => tile.key)).toEqual([
      'chiffres-3eme-fr',
      'chiffres-3eme-en',
      'chiffres-lycee-fr',
      'chiffres-lycee-en',
      'chiffres-superieur-fr',
      'chiffres-superieur-en',
    ]);
  });

  it('gives the simulated states the example they borrow', () => {
    const rows = matrixRows([exemple({})], { ...all, etats: ['erreur_reseau', 'chargement'] });
    expect(rows.map((row) => row.exemple?.code)).toEqual(['40025214', '40025214']);
    expect(rows.every((row) => row.tiles.length === 6)).toBe(true);
  });

  it('keeps a row without tiles when the data has no example for its state', () => {
    const rows = matrixRows([exemple({})], { ...all, etats: ['masque'] });
    expect(rows).toHaveLength(1);
    expect(rows[0]?.exemple).toBeNull();
    expect(rows[0]?.tiles).toEqual([]);
  });

  it('follows the filters', () => {
    const rows = matrixRows([exemple({})], {
      audiences: ['lycee'],
      langs: ['en'],
      etats: ['chiffres'],
    });
    expect(rows.flatMap((row) => row.tiles.map((tile) => tile.key))).toEqual(['chiffres-lycee-en']);
  });
});

describe('scope words', () => {
  it('says what is asked and what is shown', () => {
    const repli = exemple({ uai: '0010001W', scope: 'regional', millesime: '2023' });
    const etat = ETATS_MATRICE.find((entry) => entry.id === 'repli_region');
    expect(requestedScope(repli)).toBe('établissement 0010001W');
    expect(etat && shownScope(repli, etat)).toBe('chiffres de la région, 2023');
    expect(requestedScope(exemple({ region: '84' }))).toBe('région 84');
    expect(requestedScope(exemple({}))).toBe('France');
  });
});
