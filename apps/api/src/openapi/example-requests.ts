/**
 * The request whose answer, on the demo dataset, is the example of an operation's JSON
 * success response in the OpenAPI document. Keyed by operation id; lists ask for a short
 * page, and longer arrays are cut when the answers are written (`pnpm --filter
 * @inserjeunes/api openapi:examples`).
 */
export interface ExampleRequest {
  /** Path and query, from the root of the service. */
  url: string;
  /** A request body, for the operations that read one. */
  body?: { type: string; text: string };
  /**
   * Asked of the API's test scenario rather than the demo dataset, which has no figure
   * this operation answers with (the demo has no establishment-wide figures).
   */
  scenario?: true;
}

/** A BTS and a bac pro of the demo dataset, taught in two of its fictitious schools. */
const BTS_MCO = '32031213';
const BAC_PRO_CUISINE = '40022106';
const LYCEE_CANUTS = '0699901M';
const LYCEE_CANAL = '0759903G';

export const EXAMPLE_REQUESTS: Record<string, ExampleRequest> = {
  affichage: { url: `/api/inserjeunes/affichage/${BAC_PRO_CUISINE}?uai=${LYCEE_CANUTS}` },
  affichage_json: { url: `/api/inserjeunes/affichage/${BAC_PRO_CUISINE}.json?region=84` },
  certifications: { url: `/api/inserjeunes/certifications/${BTS_MCO}` },
  liste_certifications: { url: '/api/inserjeunes/certifications?items_par_page=2' },
  regionales: { url: `/api/inserjeunes/regionales/84/certifications/${BAC_PRO_CUISINE}` },
  liste_regionales: { url: '/api/inserjeunes/regionales?regions=84&items_par_page=2' },
  formations: { url: `/api/inserjeunes/formations/${LYCEE_CANAL}-${BTS_MCO}` },
  liste_formations: { url: `/api/inserjeunes/formations?uais=${LYCEE_CANAL}&items_par_page=2` },
  etablissement: { url: '/api/inserjeunes/etablissements/0751234J', scenario: true },
  resolve: { url: '/api/inserjeunes/resolve/23810022106' },
  rechercheDiplomes: { url: '/api/inserjeunes/diplomes?q=cuisine&items_par_page=2' },
  millesimes: { url: '/api/inserjeunes/millesimes' },
  couverture: {
    url: '/api/inserjeunes/couverture',
    body: {
      type: 'text/csv',
      text: `uai;code\n${LYCEE_CANUTS};${BAC_PRO_CUISINE}\n${LYCEE_CANAL};${BTS_MCO}\n;40088888\n`,
    },
  },
  stats: { url: '/api/inserjeunes/stats' },
  comparaisons: { url: '/api/inserjeunes/comparaisons?region=84' },
  healthz: { url: '/api/healthz' },
  readyz: { url: '/api/readyz' },
  accueil: { url: '/api' },
  oembed: {
    url: `/api/oembed?url=${encodeURIComponent(`http://localhost/embed?code=${BTS_MCO}`)}`,
  },
  exemplesGalerie: { url: '/api/galerie/exemples' },
};
