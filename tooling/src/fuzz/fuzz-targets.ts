/** One route the fuzzer aims at: its method, path template and the parameters it documents. */
export interface FuzzTarget {
  method: string;
  /** Path with `{name}` placeholders, as in the OpenAPI document. */
  path: string;
  pathParams: string[];
  queryParams: string[];
  /** Content types of the body it reads (the coverage route), empty otherwise. */
  bodyTypes: string[];
}

interface OpenApiParameter {
  name: string;
  in: string;
}

interface OpenApiOperation {
  parameters?: OpenApiParameter[];
  requestBody?: { content?: Record<string, unknown> };
}

/**
 * Routes outside the API's document: the widget's files, the embed page (its query carries
 * the widget's attributes), the gallery's pages and its stand-ins for a failing API.
 */
const OTHER_TARGETS: FuzzTarget[] = [
  {
    method: 'get',
    path: '/widget/v1/{file}',
    pathParams: ['file'],
    queryParams: [],
    bodyTypes: [],
  },
  {
    method: 'get',
    path: '/widget/v1/chunks/{file}',
    pathParams: ['file'],
    queryParams: [],
    bodyTypes: [],
  },
  {
    method: 'get',
    path: '/embed',
    pathParams: [],
    queryParams: [
      'code',
      'uai',
      'region',
      'millesime',
      'voie',
      'audience',
      'lang',
      'heading-level',
      'no-title',
    ],
    bodyTypes: [],
  },
  {
    method: 'get',
    path: '/{page}',
    pathParams: ['page'],
    queryParams: ['code', 'uai', 'region', 'audience', 'lang', 'theme', 'largeur', 'mode'],
    bodyTypes: [],
  },
  {
    method: 'get',
    path: '/partenaires/{page}',
    pathParams: ['page'],
    queryParams: [],
    bodyTypes: [],
  },
  { method: 'get', path: '/assets/{file}', pathParams: ['file'], queryParams: [], bodyTypes: [] },
  {
    method: 'get',
    path: '/galerie-simulation/en-panne/api/inserjeunes/affichage/{codes}',
    pathParams: ['codes'],
    queryParams: ['uai', 'region'],
    bodyTypes: [],
  },
  {
    method: 'get',
    path: '/galerie-simulation/lente/api/inserjeunes/affichage/{codes}',
    pathParams: ['codes'],
    queryParams: ['uai', 'region'],
    bodyTypes: [],
  },
  ...compatTargets(),
];

/** The reference service's routes under the compatible base URL, with its parameter names. */
function compatTargets(): FuzzTarget[] {
  const base = '/compat/trajectoires-pro/api/inserjeunes';
  const lookup = ['millesime', 'vue', 'apiKey'];
  const list = ['millesimes', 'code_certifications', 'page', 'items_par_page', 'apiKey'];
  const target = (path: string, pathParams: string[], queryParams: string[]): FuzzTarget => ({
    method: 'get',
    path: `${base}${path}`,
    pathParams,
    queryParams,
    bodyTypes: [],
  });
  return [
    target('/certifications/{codes}', ['codes'], lookup),
    target('/regionales/{region}/certifications/{codes}', ['region', 'codes'], lookup),
    target('/formations/{uai}-{code}', ['uai', 'code'], lookup),
    target('/certifications', [], list),
    target('/certifications.csv', [], list),
    target('/regionales', [], [...list, 'regions', 'academies']),
    target('/regionales/{region}.csv', ['region'], list),
    target('/formations', [], [...list, 'regions', 'academies', 'uais']),
    target('/formations.csv', [], [...list, 'uais']),
  ];
}

/**
 * Every operation of the OpenAPI document (so a new route is fuzzed as soon as it is
 * documented), then the routes that serve the widget and the gallery.
 */
export function fuzzTargets(document: unknown): FuzzTarget[] {
  const paths = (document as { paths?: Record<string, Record<string, OpenApiOperation>> }).paths;
  if (paths === undefined) throw new Error('the OpenAPI document has no paths');
  const targets: FuzzTarget[] = [];
  for (const [path, item] of Object.entries(paths)) {
    for (const [method, operation] of Object.entries(item)) {
      const parameters = operation.parameters ?? [];
      targets.push({
        method,
        path,
        pathParams: parameters.filter((p) => p.in === 'path').map((p) => p.name),
        queryParams: parameters.filter((p) => p.in === 'query').map((p) => p.name),
        bodyTypes: Object.keys(operation.requestBody?.content ?? {}),
      });
    }
  }
  return [...targets, ...OTHER_TARGETS];
}

/** Pages of the gallery and widget files, so page names are sometimes right. */
export const KNOWN_FILES = {
  page: [
    '',
    'matrice',
    'atelier',
    'statistiques',
    'couverture',
    'integration',
    'donnees',
    'guide-api',
    'index.html',
    'matrice/index.html',
  ],
  partner: ['etat', 'commerce', 'sombre', 'mobile'],
  file: [
    'inserjeunes-indicateurs.js',
    'embed.js',
    'inserjeunes-indicateurs.js.map',
    'chunks',
    'style.css',
    '.env',
    'package.json',
    '../package.json',
    '..%2F..%2Fpackage.json',
  ],
} as const;
