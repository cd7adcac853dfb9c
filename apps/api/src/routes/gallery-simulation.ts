import { Hono } from 'hono';

const NO_STORE = { 'Cache-Control': 'no-store' };

/**
 * Stand-ins for the API that the gallery's matrix points widgets at (`api` attribute), to
 * show the states a healthy server never produces: `en-panne` answers 503 like a server
 * whose database is down; `lente` holds the answer, then sends the widget to the real one.
 */
export function gallerySimulationRoutes(slowMs = 10_000) {
  const app = new Hono();
  app.get('/en-panne/api/inserjeunes/affichage/:codes', (c) =>
    c.json(
      {
        error: {
          code: 'base_indisponible',
          message: 'Simulation de la galerie : l’API ne répond pas. Réessayez plus tard.',
        },
      },
      503,
      { ...NO_STORE, 'Retry-After': '5' },
    ),
  );
  app.get('/lente/api/inserjeunes/affichage/:codes', async (c) => {
    const signal = c.req.raw.signal;
    await new Promise<void>((done) => {
      const timer = setTimeout(done, slowMs);
      signal.addEventListener('abort', () => {
        clearTimeout(timer);
        done();
      });
    });
    const url = new URL(c.req.url);
    const real = `/api/inserjeunes/affichage/${encodeURIComponent(c.req.param('codes'))}${url.search}`;
    return c.redirect(real, 307);
  });
  // The widget links its footer to `{api}/donnees/lecteur`: the real page, whatever the stand-in.
  app.get('/:simulation{en-panne|lente}/donnees/lecteur', (c) =>
    c.redirect('/donnees/lecteur', 301),
  );
  return app;
}
