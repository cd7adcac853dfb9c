/**
 * A reader's name for each dataset the importer records (by the importer's dataset id).
 * Unknown datasets keep their identifier, so a new importer dataset still shows something.
 */
const LABELS: Record<string, string> = {
  'indicateurs-csv': 'Indicateurs InserJeunes (format du projet)',
  'inserjeunes-regional': 'InserJeunes par région et certification (DEPP, DARES)',
  'inserjeunes-cfa': 'InserJeunes par CFA (DEPP, DARES)',
  'depp-etablissements': 'InserJeunes par établissement (DEPP)',
  'inserjeunes-api': 'API InserJeunes (DEPP)',
  'exposition-formations': 'InserJeunes par formation (service de référence)',
  'exposition-salaires': 'Salaires à 12 mois par certification (service de référence)',
  'insersup-api': 'InserSup (SIES), API',
  'insersup-long': 'InserSup (SIES), export fr-esr-insersup',
  'insersup-2026': 'InserSup (SIES), fr-esr-insersup (structure de 2026)',
  'inserjeunes-formation-fine-lycee':
    'InserJeunes par lycée et formation (DEPP, DARES, fr-en-inserjeunes-lycee_pro-formation-fine)',
  'inserjeunes-formation-fine-cfa':
    'InserJeunes par CFA et formation (DEPP, DARES, fr-en-inserjeunes-cfa-formation_fine)',
  'departements-academies-regions': 'Départements, académies et régions',
  'acce-etablissements': 'Annuaire des établissements (ACCE)',
};

export function datasetLabel(dataset: string): string {
  if (dataset.startsWith('bcn-') || dataset === 'familles-metiers') {
    return `BCN, nomenclature des diplômes (${dataset})`;
  }
  return LABELS[dataset] ?? dataset;
}

/** Datasets that publish rates without counts: their records serve the rates as published. */
const RATES_AS_PUBLISHED: ReadonlySet<string> = new Set([
  'inserjeunes-formation-fine-lycee',
  'inserjeunes-formation-fine-cfa',
]);

/** Whether the records of `dataset` serve its rates as published, never recomputed. */
export function ratesAsPublished(dataset: string): boolean {
  return RATES_AS_PUBLISHED.has(dataset);
}
