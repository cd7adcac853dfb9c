import { REGIONS } from '@inserjeunes/contract';
import { normalizeName } from '../datasets/header.js';

const BY_LABEL = new Map(REGIONS.map((region) => [labelKey(region.libelle), region.code]));

function labelKey(label: string): string {
  return normalizeName(label).replace(/[-\s]+/g, ' ');
}

/** The INSEE region code of a region written out (`AUVERGNE-RHONE-ALPES`, `La Réunion`), or null. */
export function regionByLabel(label: string): string | null {
  return BY_LABEL.get(labelKey(label)) ?? null;
}
