import type { MatrixTile } from './matrix-tiles.js';

/**
 * The address of the SVG image of a tile's example, for its audience and language; null
 * for the states the gallery simulates (loading, network error), which only a live
 * widget has.
 */
export function tileImageUrl(tile: MatrixTile, origin: string): string | null {
  if (tile.etat.simulation !== null) return null;
  const { exemple } = tile;
  const params = new URLSearchParams();
  if (exemple.uai !== null) params.set('uai', exemple.uai);
  if (exemple.region !== null) params.set('region', exemple.region);
  params.set('audience', tile.audience);
  params.set('lang', tile.lang);
  return `${origin}/api/inserjeunes/affichage/${encodeURIComponent(exemple.code)}.svg?${params.toString()}`;
}
