import { type Region, regionByCode } from '@inserjeunes/contract';
import type { Nomenclature } from '../data/nomenclature.js';

/**
 * A region as records name it: the imported referential's label first, then the
 * contract's map, then the bare code.
 */
export function recordRegion(code: string, nomenclature: Nomenclature): Region {
  return {
    code,
    libelle: nomenclature.regions.get(code) ?? regionByCode(code)?.libelle ?? code,
  };
}

/**
 * A region a fallback steps through, named like a region given in the query (the contract's
 * map, which parsed it), else as records name it.
 */
export function placeRegion(code: string, nomenclature: Nomenclature): Region {
  return regionByCode(code) ?? recordRegion(code, nomenclature);
}
