import { createHash } from 'node:crypto';

const STYLE = `
:root { color-scheme: light dark; font-family: system-ui, sans-serif; line-height: 1.5; }
body { max-width: 60rem; margin: 0 auto; padding: 1rem 1.5rem 4rem; }
code { font-family: ui-monospace, monospace; font-size: .9em; }
table { border-collapse: collapse; width: 100%; } th, td { text-align: left; vertical-align: top; padding: .25rem .5rem; border-bottom: 1px solid #8883; }
a { color: inherit; } :focus-visible { outline: 3px solid #4a7bd8; outline-offset: 2px; }
`;

/** The policy of the page: nothing but its own inline style. */
export const COMPAT_DOC_CSP = `default-src 'none'; style-src 'sha256-${createHash('sha256').update(STYLE).digest('base64')}'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`;

const ROUTES: ReadonlyArray<readonly [string, string]> = [
  [
    'GET /api/inserjeunes/certifications/:codes',
    'Indicateurs nationaux ; plusieurs codes ou vue=filieres : { pro, apprentissage }.',
  ],
  [
    'GET /api/inserjeunes/regionales/:region/certifications/:codes',
    'Indicateurs régionaux (code de région ou code postal).',
  ],
  [
    'GET /api/inserjeunes/formations/:uai-:code_certification',
    'Indicateurs d’une formation dans un établissement.',
  ],
  [
    'GET /api/inserjeunes/certifications[.csv]',
    'Liste nationale : millesimes, code_certifications, page, items_par_page.',
  ],
  ['GET /api/inserjeunes/regionales[.csv]', 'Liste régionale : + regions, academies.'],
  ['GET /api/inserjeunes/regionales/:region[.csv]', 'Liste d’une région.'],
  ['GET /api/inserjeunes/formations[.csv]', 'Liste par établissement : + uais.'],
  ['GET /api', 'État du service.'],
];

/**
 * `…/api/doc`: the compatible routes in one page, and where to read the rest (the
 * differences from the reference, and our own API).
 */
export function compatDocPage(): string {
  const rows = ROUTES.map(
    ([route, what]) => `<tr><td><code>${route}</code></td><td>${what}</td></tr>`,
  ).join('\n');
  return `<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>API compatible avec le service de référence InserJeunes</title><style>${STYLE}</style></head>
<body><main>
<h1>API compatible avec le service de référence</h1>
<p>Sous cette adresse, les routes, paramètres, réponses, erreurs et exports CSV du service de référence (« API Exposition InserJeunes ») sont servis à partir de nos données : remplacez l’adresse de base, rien d’autre. Aucune clé n’est nécessaire ; une ancienne clé ou un jeton envoyé est ignoré.</p>
<table><thead><tr><th scope="col">Route</th><th scope="col">Réponse</th></tr></thead><tbody>
${rows}
</tbody></table>
<p>Les différences qui restent, et pourquoi : <a href="/integration#depuis-le-service-de-reference">guide de passage</a>. Notre propre API, plus riche : <a href="/api/docs">documentation</a>.</p>
</main></body></html>`;
}
