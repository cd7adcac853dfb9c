import type { Affichage, Audience, Indicateur } from '@inserjeunes/contract';
import { affichage, lyceeAffichage, superieurAffichage } from './fixtures.js';
import { apiError, type Reply } from './stub-api.js';

export const STATES = [
  'loading',
  'figures',
  'partial',
  'withheld',
  'no-data',
  'fallback',
  'closed',
  'demo',
  'unknown',
  'error',
] as const;
export type Scenario = (typeof STATES)[number];

export const AUDIENCE_CODES: Record<Audience, string> = {
  '3eme': '40025214',
  lycee: '32031213',
  superieur: '2400074',
};

const BASE: Record<Audience, () => Affichage> = {
  '3eme': () => affichage(),
  lycee: () => lyceeAffichage(),
  superieur: () => superieurAffichage(),
};

const mapBlocks = (base: Affichage, change: (block: Indicateur, i: number) => Indicateur) => ({
  ...base,
  filieres: base.filieres.map(change),
});

const WITHHELD = {
  masquage: {
    raison: 'effectif_insuffisant' as const,
    seuil: 20,
    message: 'Moins de 20 élèves en dernière année : chiffres masqués.',
  },
  nb_annee_term: 12,
  nb_poursuite_etudes: null,
  nb_en_emploi_6_mois: null,
  taux_en_emploi_6_mois: null,
  taux_en_emploi_12_mois: null,
  taux_en_emploi_18_mois: null,
  taux_en_emploi_24_mois: null,
  taux_en_emploi_30_mois: null,
  taux_en_formation: null,
  taux_autres_6_mois: null,
  salaire_12_mois_q1: null,
  salaire_12_mois_q2: null,
  salaire_12_mois_q3: null,
};

/** The API's answer that puts a widget of this audience in this state. */
export function scenarioReply(audience: Audience, scenario: Scenario): Reply {
  const base = BASE[audience]();
  switch (scenario) {
    case 'loading':
      return new Promise<never>(() => undefined) as Reply;
    case 'figures':
      return { status: 200, body: base };
    case 'partial':
      return {
        status: 200,
        body: mapBlocks(base, (block, i) =>
          i === 0 ? { ...block, taux_en_emploi_6_mois: null, taux_autres_6_mois: null } : block,
        ),
      };
    case 'withheld':
      return { status: 200, body: mapBlocks(base, (block) => ({ ...block, ...WITHHELD })) };
    case 'no-data':
      return {
        status: 200,
        body: {
          ...base,
          scope: null,
          millesime: null,
          filieres: [],
          absence: { raison: 'nouveau_diplome', message: 'Diplôme trop récent pour être mesuré.' },
        },
      };
    case 'fallback':
      return {
        status: 200,
        body: {
          ...base,
          repli: [{ scope: 'formation', raison: 'effectif_insuffisant' }],
          etablissement: { uai: '0010001W', libelle: 'Lycée Saint-Exupéry' },
        },
      };
    case 'closed':
      return {
        status: 200,
        body: mapBlocks({ ...base, formation_fermee: true }, (block) => ({
          ...block,
          formation_fermee: true,
          date_fermeture: '2023-08-31',
        })),
      };
    case 'demo':
      return {
        status: 200,
        body: mapBlocks(base, (block) => ({
          ...block,
          provenance: block.provenance.map((p) => ({ ...p, fictif: true })),
        })),
      };
    case 'unknown':
      return apiError(404, 'code_inconnu', 'Code inconnu : 99999999');
    case 'error':
      return 'network-error';
  }
}
