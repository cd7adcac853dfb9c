import type { ExempleGalerie } from '@inserjeunes/contract';
import { describe, expect, it } from 'vitest';
import { ETATS_MATRICE } from './etats-matrice.js';
import { matrixRows } from './matrix-tiles.js';
import { tileImageUrl } from './tile-image.js';

const ORIGIN = 'https://indicateurs.example.org';

describe('tileImageUrl', () => {
  const exemple = (etat: ExempleGalerie['etat']): ExempleGalerie => ({
    etat,
    code: '40025214',
    uai: '0010001W',
    region: null,
    libelle: 'BAC PRO MÉTIERS DE L’ÉLECTRICITÉ',
    scope: 'regional',
    millesime: '2022_2023',
    fictif: true,
  });
  const rows = matrixRows(
    ETATS_MATRICE.map((etat) => exemple(etat.exemple)),
    { audiences: ['lycee'], langs: ['en'], etats: ETATS_MATRICE.map((etat) => etat.id) },
  );

  it('asks the image of the tile’s example for its audience and language', () => {
    const tile = rows.find((row) => row.etat.id === 'repli_region')?.tiles[0];
    if (tile === undefined) throw new Error('tuile absente');
    const url = new URL(tileImageUrl(tile, ORIGIN) ?? '');
    expect(url.pathname).toBe('/api/inserjeunes/affichage/40025214.svg');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      uai: '0010001W',
      audience: 'lycee',
      lang: 'en',
    });
  });

  it('has no image for the states only a live widget shows', () => {
    const simulated = rows.filter((row) => row.etat.simulation !== null).flatMap((r) => r.tiles);
    expect(simulated.length).toBeGreaterThan(0);
    for (const tile of simulated) expect(tileImageUrl(tile, ORIGIN)).toBeNull();
  });
});
