import type { Filiere, IndicateursEtablissement } from '@inserjeunes/contract';
import type { DataSnapshot } from '../data/data-state.js';
import { ApiFailure } from '../http/api-failure.js';
import { buildIndicateur } from '../indicators/build-indicateur.js';
import type { IndicatorRow } from '../indicators/indicator-row.js';
import { compareMillesimesDesc, sortMillesimes } from '../indicators/millesime-order.js';
import type { Establishment } from './gather.js';
import { checkMillesime } from './millesime-check.js';
import { recordRegion } from './region-label.js';

/** What the establishment route reads, gathered by the read model. */
export interface EstablishmentFacts {
  snapshot: DataSnapshot;
  today: string;
  establishment: Establishment;
  /** Its figures over all its trainings. */
  overall: readonly IndicatorRow[];
  formationCount: number;
}

/** Answers 404 when an establishment is neither in the directory nor in any figure. */
export function requireEstablishment(establishment: Establishment): Establishment {
  if (establishment.known || establishment.hasFigures) return establishment;
  throw new ApiFailure(
    'etablissement_inconnu',
    `Établissement « ${establishment.uai} » inconnu : aucun établissement ni aucun chiffre ne porte cet UAI.`,
    { uai: establishment.uai },
  );
}

/** An establishment's figures over all its trainings, one record per millésime and filière. */
export function etablissementAnswer(
  facts: EstablishmentFacts,
  query: { millesime?: string | undefined; filiere?: Filiere | undefined },
): IndicateursEtablissement {
  const { establishment, snapshot } = facts;
  const { uai } = establishment;
  const ofFiliere = facts.overall.filter(
    (row) => query.filiere === undefined || row.filiere === query.filiere,
  );
  checkMillesime(query.millesime, ofFiliere, 'etablissement');
  const kept = ofFiliere
    .filter((row) => query.millesime === undefined || row.millesime === query.millesime)
    .sort(
      (a, b) =>
        compareMillesimesDesc(a.millesime, b.millesime) || a.filiere.localeCompare(b.filiere),
    );
  if (kept.length === 0) {
    throw new ApiFailure(
      'donnees_indisponibles',
      `Aucun indicateur d’ensemble publié pour l’établissement ${uai}${query.filiere === undefined ? '' : ` en filière ${query.filiere}`}.`,
      { raison: 'non_publie', uai },
    );
  }
  const { nomenclature } = snapshot;
  const labels = new Map<string, string | null>();
  if (establishment.known) labels.set(uai, establishment.libelle);
  const context = { nomenclature, etablissements: labels, today: facts.today };
  const academieCode = establishment.academie_code;
  const academie = academieCode === null ? undefined : nomenclature.academies.get(academieCode);
  return {
    etablissement: {
      uai,
      libelle: establishment.libelle,
      region:
        establishment.region_code === null
          ? null
          : recordRegion(establishment.region_code, nomenclature),
      academie:
        academie === undefined || academieCode === null
          ? null
          : { code: academieCode, libelle: academie.libelle },
    },
    millesimes: sortMillesimes(ofFiliere.map((row) => row.millesime)),
    indicateurs: kept.map((row) => buildIndicateur([row], context)),
    nombre_formations: facts.formationCount,
  };
}
