/** Months after leaving at which employment is measured (30 is InserSup only). */
export const HORIZONS = [6, 12, 18, 24, 30] as const;
export type Horizon = (typeof HORIZONS)[number];

export type EmploiCountKey = `nb_en_emploi_${Horizon}_mois`;
export type EmploiStableCountKey = `nb_en_emploi_stable_${Horizon}_mois`;
export type EmploiRateKey = `taux_en_emploi_${Horizon}_mois`;
export type AutresRateKey = `taux_autres_${Horizon}_mois`;
export type EmploiStableShareKey = `part_emploi_stable_${Horizon}_mois`;

export const emploiCountKey = (h: Horizon): EmploiCountKey => `nb_en_emploi_${h}_mois`;
export const emploiStableCountKey = (h: Horizon): EmploiStableCountKey =>
  `nb_en_emploi_stable_${h}_mois`;
export const emploiRateKey = (h: Horizon): EmploiRateKey => `taux_en_emploi_${h}_mois`;
export const autresRateKey = (h: Horizon): AutresRateKey => `taux_autres_${h}_mois`;
export const emploiStableShareKey = (h: Horizon): EmploiStableShareKey =>
  `part_emploi_stable_${h}_mois`;
