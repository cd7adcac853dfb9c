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
  'departements-academies-regions': 'Départements, académies et régions',
  'acce-etablissements': 'Annuaire des établissements (ACCE)',
};

export function datasetLabel(dataset: string): string {
  if (dataset.startsWith('bcn-') || dataset === 'familles-metiers') {
    return `BCN, nomenclature des diplômes (${dataset})`;
  }
  return LABELS[dataset] ?? dataset;
}
