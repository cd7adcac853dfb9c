import type { Nomenclature } from '../data/nomenclature.js';

/** The region and académie of an establishment, from the directory. */
export interface EstablishmentPlace {
  region_code: string | null;
  academie_code: string | null;
}

/** An establishment's académie as a label, null when the directory does not say. */
export function academieOf(
  place: EstablishmentPlace,
  nomenclature: Nomenclature,
): { code: string; libelle: string } | null {
  const code = place.academie_code;
  if (code === null) return null;
  return { code, libelle: nomenclature.academies.get(code)?.libelle ?? code };
}

/** The places of the establishments found in the directory, by UAI. */
export function placesOf(
  found: readonly ({ uai: string } & EstablishmentPlace)[],
): Map<string, EstablishmentPlace> {
  return new Map(
    found.map((row) => [
      row.uai,
      { region_code: row.region_code, academie_code: row.academie_code },
    ]),
  );
}
