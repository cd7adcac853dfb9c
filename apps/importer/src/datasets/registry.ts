import { acceEtablissements } from './acce-etablissements.js';
import { bcnDiplomeSise } from './bcn-diplome-sise.js';
import { bcnFamilleMetier, bcnLienMefFamilleMetier } from './bcn-famille-metier.js';
import { bcnFamillesMetiers } from './bcn-familles-metiers.js';
import { bcnNFormationDiplome, bcnVFormationDiplome } from './bcn-formation-diplome.js';
import { bcnGroupeFormation } from './bcn-groupe-formation.js';
import { bcnLienFormationGroupe } from './bcn-lien-formation-groupe.js';
import { bcnMef } from './bcn-mef.js';
import { bcnNiveauFormation } from './bcn-niveau-formation.js';
import { bcnOptionsBts } from './bcn-options-bts.js';
import { bcnTypeDiplomeSise } from './bcn-type-diplome-sise.js';
import type { CsvDataset, JsonDataset } from './dataset.js';
import { deppEtablissements } from './depp-etablissements.js';
import { expositionFormations } from './exposition-formations.js';
import { expositionSalaires } from './exposition-salaires.js';
import { indicateursCsv } from './indicateurs-csv.js';
import { inserjeunesApi } from './inserjeunes-api.js';
import { inserjeunesCfa } from './inserjeunes-cfa.js';
import {
  inserjeunesFormationFineCfa,
  inserjeunesFormationFineLycee,
} from './inserjeunes-formation-fine.js';
import { inserjeunesRegional } from './inserjeunes-regional.js';
import { insersup2026 } from './insersup-2026.js';
import { insersupApi } from './insersup-api.js';
import { insersupLong } from './insersup-long.js';
import { territoires } from './territoires.js';

/** The BCN tables, which the BCN API also serves as JSON with lower-case keys. */
export const BCN_DATASETS: readonly CsvDataset[] = [
  bcnNFormationDiplome,
  bcnVFormationDiplome,
  bcnNiveauFormation,
  bcnMef,
  bcnGroupeFormation,
  bcnLienFormationGroupe,
  bcnFamillesMetiers,
  bcnFamilleMetier,
  bcnLienMefFamilleMetier,
  bcnOptionsBts,
  bcnDiplomeSise,
  bcnTypeDiplomeSise,
];

/** Every delimited format, most specific detection first. */
export const CSV_DATASETS: readonly CsvDataset[] = [
  indicateursCsv,
  expositionSalaires,
  expositionFormations,
  inserjeunesFormationFineLycee,
  inserjeunesFormationFineCfa,
  inserjeunesRegional,
  insersup2026,
  inserjeunesCfa,
  deppEtablissements,
  territoires,
  acceEtablissements,
  ...BCN_DATASETS,
];

/** Every JSON format (the BCN API's is recognised through {@link BCN_DATASETS}). */
export const JSON_DATASETS: readonly JsonDataset[] = [inserjeunesApi, insersupApi, insersupLong];
