import type { Provenance } from '@inserjeunes/contract';
import {
  academies,
  continuum,
  type DbHandle,
  diplomes,
  famillesMetiers,
  imports,
  mefs,
  niveauxFormation,
  regions,
  resolutions,
  salairesCertification,
} from '@inserjeunes/db';
import { datasetLabel, ratesAsPublished } from './dataset-label.js';

export type DiplomeRow = typeof diplomes.$inferSelect;
export type MefRow = typeof mefs.$inferSelect;
export type FamilleRow = typeof famillesMetiers.$inferSelect;
export type ImportRow = typeof imports.$inferSelect;
export type SalaireRow = typeof salairesCertification.$inferSelect;

/**
 * The reference tables, held in memory between two imports: diplomas, school-route years,
 * levels, resolutions, familles de métiers, renewal links, regions, académies and imports.
 * They are read on every request and change only when an import finishes, so one load per
 * data version replaces several queries per request.
 */
export interface Nomenclature {
  diplomes: Map<string, DiplomeRow>;
  mefs: Map<string, MefRow>;
  /** Final-year MEFSTAT11 codes of each CFD. */
  finalMefsByCfd: Map<string, string[]>;
  niveaux: Map<string, string>;
  resolutions: Map<
    string,
    { code_final: string; raison: 'annee_non_terminale' | 'seconde_commune' }[]
  >;
  /** Familles de métiers by the MEFSTAT11 and the CFD of their common first year. */
  familles: Map<string, FamilleRow[]>;
  anciens: Map<string, string[]>;
  nouveaux: Map<string, string[]>;
  regions: Map<string, string>;
  academies: Map<string, { libelle: string; region_code: string }>;
  imports: Map<number, ImportRow>;
  provenances: Map<number, Provenance>;
  /** National salary quartiles published without a millésime, by code. */
  salaires: Map<string, SalaireRow[]>;
  /** Codes that have at least one indicator row. */
  codesWithRows: Set<string>;
  /** The latest promotion year measured in any millésime (e.g. 2023 for `2022_2023`). */
  latestMeasuredYear: number | null;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
}

export async function loadNomenclature({ db, query }: DbHandle): Promise<Nomenclature> {
  const [
    diplomeRows,
    mefRows,
    niveauRows,
    resolutionRows,
    familleRows,
    continuumRows,
    regionRows,
    academieRows,
    importRows,
    codeRows,
    yearRows,
    salaireRows,
  ] = await Promise.all([
    db.select().from(diplomes),
    db.select().from(mefs),
    db.select().from(niveauxFormation),
    db.select().from(resolutions),
    db.select().from(famillesMetiers),
    db.select().from(continuum),
    db.select().from(regions),
    db.select().from(academies),
    db.select().from(imports),
    query<{ code: string }>('select distinct code from indicateur where code is not null'),
    query<{ annee: number | null }>(
      "select max(right(millesime, 4)::int) as annee from indicateur where millesime ~ '^[0-9]{4}(_[0-9]{4})?$'",
    ),
    db.select().from(salairesCertification),
  ]);

  const finalMefsByCfd = new Map<string, string[]>();
  for (const mef of mefRows) {
    if (mef.duree !== null && mef.annee !== null && mef.annee === mef.duree) {
      push(finalMefsByCfd, mef.cfd, mef.mefstat11);
    }
  }
  const resolutionMap: Nomenclature['resolutions'] = new Map();
  for (const row of resolutionRows) {
    push(resolutionMap, row.code, { code_final: row.code_final, raison: row.raison });
  }
  const familles = new Map<string, FamilleRow[]>();
  for (const row of familleRows) {
    push(familles, row.mefstat11_commun, row);
    if (row.cfd_commun) push(familles, row.cfd_commun, row);
  }
  const anciens = new Map<string, string[]>();
  const nouveaux = new Map<string, string[]>();
  for (const link of continuumRows) {
    push(anciens, link.nouveau_code, link.ancien_code);
    push(nouveaux, link.ancien_code, link.nouveau_code);
  }
  const salaires = new Map<string, SalaireRow[]>();
  for (const row of salaireRows) push(salaires, row.code, row);
  const provenances = new Map<number, Provenance>();
  for (const row of importRows) {
    provenances.set(row.id, {
      jeu_de_donnees: row.dataset,
      libelle: datasetLabel(row.dataset),
      fichier: row.fichier,
      importe_le: row.fin.toISOString(),
      fictif: row.fictif,
      ...(ratesAsPublished(row.dataset) ? { taux_publies_tels_quels: true } : {}),
    });
  }
  return {
    diplomes: new Map(diplomeRows.map((row) => [row.code, row])),
    mefs: new Map(mefRows.map((row) => [row.mefstat11, row])),
    finalMefsByCfd,
    niveaux: new Map(niveauRows.map((row) => [row.code, row.libelle_court])),
    resolutions: resolutionMap,
    familles,
    anciens,
    nouveaux,
    regions: new Map(regionRows.map((row) => [row.code, row.libelle])),
    academies: new Map(
      academieRows.map((row) => [row.code, { libelle: row.libelle, region_code: row.region_code }]),
    ),
    imports: new Map(importRows.map((row) => [row.id, row])),
    provenances,
    salaires,
    codesWithRows: new Set(codeRows.map((row) => row.code)),
    latestMeasuredYear: yearRows[0]?.annee ?? null,
  };
}
