import {
  type Affichage,
  type CertificationCode,
  type Filiere,
  type Region,
  regionByCode,
} from '@inserjeunes/contract';
import { type FiguresService, millesimeUnavailable } from '../indicators/figures-service.js';
import { sortMillesimes } from '../indicators/millesime-order.js';
import { rowsForCodes } from '../indicators/select-blocks.js';
import { computeAffichage, finalsOf } from './compute-affichage.js';

export interface AffichageQuery {
  codes: readonly CertificationCode[];
  uai?: string | undefined;
  region?: Region | undefined;
  millesime?: string | undefined;
  voie?: Filiere | undefined;
}

/**
 * Gathers what the fallback needs for one widget (the codes resolved, the establishment and
 * its region, every candidate row in one lookup) and runs it. An unknown code is a 404; an
 * unknown establishment is not: the widget then says it shows a wider scope.
 */
export async function loadAffichage(
  service: FiguresService,
  query: AffichageQuery,
): Promise<Affichage> {
  const snapshot = await service.snapshot();
  const resolved = service.resolveAll(query.codes, snapshot);
  const finals = finalsOf(resolved);
  const source = service.rowSource;

  let etablissement: { uai: string; libelle: string | null; hasOtherTrainings: boolean } | null =
    null;
  let region: Region | null = query.region ?? null;
  if (query.uai !== undefined) {
    const [known] = await source.etablissements([query.uai]);
    const hasRows = (await source.uaisWithRows([query.uai])).has(query.uai);
    etablissement = { uai: query.uai, libelle: known?.libelle ?? null, hasOtherTrainings: hasRows };
    if (region === null && known?.region_code) {
      const code = known.region_code;
      region = regionByCode(code) ?? {
        code,
        libelle: snapshot.nomenclature.regions.get(code) ?? code,
      };
    }
  }

  const rows = await source.rows(
    {
      codes: finals.map((final) => final.code),
      cfds: finals.map((final) => final.cfd).filter((cfd) => cfd !== null),
      national: true,
      regions: region === null ? [] : [region.code],
      uais: query.uai === undefined ? [] : [query.uai],
    },
    snapshot.figures,
  );
  if (query.millesime !== undefined) {
    const candidates = rowsForCodes(rows, finals, 'filieres').filter(
      (row) => query.voie === undefined || row.filiere === query.voie,
    );
    const existing = sortMillesimes(candidates.map((row) => row.millesime));
    if (existing.length > 0 && !existing.includes(query.millesime)) {
      throw millesimeUnavailable(query.millesime, existing, null);
    }
  }
  return computeAffichage({
    requested: query.codes,
    resolved,
    etablissement,
    region,
    millesime: query.millesime,
    voie: query.voie,
    rows,
    context: await service.context(snapshot, rows),
  });
}
