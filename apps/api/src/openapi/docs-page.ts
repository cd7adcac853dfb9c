import { createHash } from 'node:crypto';
import { escapeMarkup as e } from '@inserjeunes/contract';
import type { ApiOperation } from './api-operation.js';
import { limitsSection, type PublishedLimits } from './published-limits.js';

const STYLE = `
:root { color-scheme: light dark; font-family: system-ui, sans-serif; line-height: 1.5; }
body { max-width: 60rem; margin: 0 auto; padding: 1rem 1.5rem 4rem; }
h1 { font-size: 1.8rem; } h2 { margin-top: 2.5rem; border-bottom: 1px solid #8884; }
section.op { margin: 1.5rem 0; padding: 1rem; border: 1px solid #8884; border-radius: .5rem; }
.method { font-weight: 700; text-transform: uppercase; margin-right: .5rem; }
code, pre { font-family: ui-monospace, monospace; font-size: .9em; }
pre { overflow-x: auto; padding: .75rem; background: #8882; border-radius: .25rem; }
table { border-collapse: collapse; width: 100%; } th, td { text-align: left; vertical-align: top; padding: .25rem .5rem; border-bottom: 1px solid #8883; }
a { color: inherit; } :focus-visible { outline: 3px solid #4a7bd8; outline-offset: 2px; }
`;

const STYLE_HASH = createHash('sha256').update(STYLE).digest('base64');

/** The policy of the documentation page: nothing but its own inline style. */
export const DOCS_CSP = `default-src 'none'; style-src 'sha256-${STYLE_HASH}'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`;

function example(op: ApiOperation): string {
  const path = op.path.replace(/\{(\w+)\}/g, (_, name: string) => {
    const samples: Record<string, string> = {
      codes: '40025214',
      code: '40025214',
      region: '84',
      uai: '0010001W',
    };
    return samples[name] ?? name;
  });
  const url = op.path.endsWith('/formations/{uai}-{code}')
    ? '/api/inserjeunes/formations/0010001W-40025214'
    : path;
  return op.method === 'post'
    ? `curl -X POST -H 'Content-Type: text/csv' --data-binary @catalogue.csv 'https://HOTE${url}'`
    : `curl 'https://HOTE${url}'`;
}

/** The documentation page: every operation, its parameters and an example, from the same descriptions as the OpenAPI document. */
export function docsPage(operations: readonly ApiOperation[], limits: PublishedLimits): string {
  const tags = [...new Set(operations.map((op) => op.tag))];
  const sections = tags.map((tag) => {
    const ops = operations.filter((op) => op.tag === tag);
    return `<h2 id="${e(tag.toLowerCase())}">${e(tag)}</h2>\n${ops
      .map((op) => {
        const params = [
          ...Object.entries(op.pathParams ?? {}).map(([name, p]) => [
            name,
            'chemin',
            p.description,
          ]),
          ...Object.entries(op.query ?? {}).map(([name, p]) => [name, 'requête', p.description]),
        ];
        const table =
          params.length === 0
            ? '<p>Aucun paramètre de requête.</p>'
            : `<table><thead><tr><th scope="col">Paramètre</th><th scope="col">Où</th><th scope="col">Description</th></tr></thead><tbody>${params
                .map(
                  ([name, where, description]) =>
                    `<tr><td><code>${e(name ?? '')}</code></td><td>${e(where ?? '')}</td><td>${e(description ?? '')}</td></tr>`,
                )
                .join('')}</tbody></table>`;
        return `<section class="op" id="${e(op.operationId)}" aria-labelledby="${e(op.operationId)}-titre">
<h3 id="${e(op.operationId)}-titre"><span class="method">${e(op.method)}</span><code>${e(op.path)}</code></h3>
<p><strong>${e(op.summary)}</strong></p>
${op.description ? `<p>${e(op.description)}</p>` : ''}
${table}
<p>Réponses : ${Object.keys(op.responses).map(e).join(', ')} ; erreurs : ${op.errors.join(', ')}.</p>
<pre><code>${e(example(op))}</code></pre>
</section>`;
      })
      .join('\n')}`;
  });
  return `<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Documentation de l’API InserJeunes et InserSup</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<h1>API InserJeunes et InserSup</h1>
<p>Ce que deviennent les élèves, apprentis et étudiants après leur formation : en emploi, en formation, autres situations, par certification, région et établissement.</p>
<nav aria-label="Sections"><ul>${tags.map((tag) => `<li><a href="#${e(tag.toLowerCase())}">${e(tag)}</a></li>`).join('')}<li><a href="/api/openapi.json">Description OpenAPI 3.1 (JSON)</a></li></ul></nav>
</header>
<main>
<h2 id="usage">Utilisation</h2>
<ul>
<li>Lecture libre, sans clé, avec une limite de requêtes par minute et par client. Une clé d’API, transmise <strong>uniquement</strong> dans l’en-tête <code>X-API-Key</code>, relève cette limite et attribue l’usage au partenaire ; une clé placée dans l’URL est refusée.</li>
<li>Chaque réponse dit où en est le client : en-têtes <code>RateLimit</code> et <code>RateLimit-Policy</code> ; au-delà, 429 et <code>Retry-After</code>.</li>
<li>Erreurs en JSON : <code>{ "error": { "code", "message", "details" } }</code>, codes stables, messages en français nommant le paramètre en cause. Un paramètre inconnu est refusé.</li>
<li>Réponses publiques cachables : <code>ETag</code>, <code>Cache-Control</code>, 304 sur revalidation.</li>
<li>Sous 20 élèves en dernière année, taux, effectifs (sauf <code>nb_annee_term</code>) et salaires sont masqués, avec la raison dans <code>masquage</code>.</li>
<li>Chaque enregistrement dit d’où viennent ses chiffres (<code>provenance</code>, <code>donnee_source</code>) et si elles sont fictives.</li>
</ul>
${limitsSection(limits)}
${sections.join('\n')}
</main>
</body>
</html>`;
}
