const STYLE = `body{font-family:system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;line-height:1.5;color:#1b1b1f}code{background:#f3f4f7;padding:0 .25rem}a{color:#1d4ed8}`;

function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="fr">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title><style>${STYLE}</style></head>
<body><main><h1>${title}</h1>${body}</main></body>
</html>`;
}

/** The page served at `/` while the gallery has not been built. */
export function notBuiltPage(): string {
  return page(
    'Galerie pas encore construite',
    `<p>Le serveur fonctionne, mais les pages de la galerie n’ont pas été construites.</p>
<p>Lancez <code>pnpm --filter @inserjeunes/gallery build</code>, ou démarrez tout avec <code>pnpm start</code>, puis rechargez cette page.</p>
<p>En attendant, l’API répond : <a href="/api/docs">documentation de l’API</a>.</p>`,
  );
}

/** The page for a gallery address that holds nothing. */
export function missingPage(): string {
  return page(
    'Page introuvable',
    `<p>Cette adresse ne correspond à aucune page de la galerie.</p><p><a href="/">Retour à l’accueil de la galerie</a></p>`,
  );
}
