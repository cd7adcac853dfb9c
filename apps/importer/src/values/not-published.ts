/**
 * Cells that mean "not published": empty, or the markers the sources use for it (`nd` not
 * available, `na` not applicable, in any case). They become null, never zero.
 */
export function isNotPublished(raw: string): boolean {
  if (raw === '') return true;
  if (raw.length > 4) return false;
  const value = raw.trim().toLowerCase();
  return value === '' || value === 'nd' || value === 'na' || value === 'n.d.';
}
