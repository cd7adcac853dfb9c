import { Hono } from 'hono';
import { every } from 'hono/combine';
import { type AppDeps, createServices } from './app-services.js';
import { compatOptions } from './compat/compat-options.js';
import { COMPAT_BASE, compatRoutes } from './compat/compat-routes.js';
import { figuresCompatSource } from './compat/figures-compat-source.js';
import type { ApiEnv } from './http/api-env.js';
import { type ApiSection, operationsOf, sectionApp } from './http/api-sections.js';
import { CORS } from './http/cors.js';
import { errorHandler } from './http/error-handler.js';
import { type FrontDoor, frontDoor } from './http/front-door.js';
import { notFound } from './http/not-found.js';
import { unlessQuiet } from './http/quiet-paths.js';
import { affichageImageRoutes } from './images/affichage-image-routes.js';
import { compatSvgRoutes } from './images/compat-svg-routes.js';
import { imageSources } from './images/image-sources.js';
import { metricsHandler } from './metrics/metrics-route.js';
import { METRICS_PATH, observeRequests, routeGroups } from './metrics/observe-requests.js';
import { compression } from './middleware/compression.js';
import { countUsage } from './middleware/count-usage.js';
import { identifyConsumer, verifyKey } from './middleware/identify-consumer.js';
import { rateLimit } from './middleware/rate-limit.js';
import { requestContext } from './middleware/request-context.js';
import { secureHeaders } from './middleware/secure-headers.js';
import type { ApiOperation } from './openapi/api-operation.js';
import { defaultLimits } from './openapi/published-limits.js';
import { accueilRoutes } from './routes/accueil.js';
import { affichageRoutes } from './routes/affichage.js';
import { affichageSiblingRoutes } from './routes/affichage-siblings.js';
import { certificationsRoutes } from './routes/certifications.js';
import { comparaisonsRoutes } from './routes/comparaisons.js';
import { couvertureRoutes } from './routes/couverture.js';
import { diplomesRoutes } from './routes/diplomes.js';
import { etablissementsRoutes } from './routes/etablissements.js';
import { exemplesRoutes } from './routes/exemples.js';
import { formationsRoutes } from './routes/formations.js';
import { galleryRoutes } from './routes/gallery.js';
import { healthRoutes } from './routes/health.js';
import { millesimesRoutes } from './routes/millesimes.js';
import { oembedRoutes } from './routes/oembed.js';
import { openapiRoutes } from './routes/openapi.js';
import { regionalesRoutes } from './routes/regionales.js';
import { resolveRoutes } from './routes/resolve.js';
import { statsRoutes } from './routes/stats.js';
import { widgetRoutes } from './routes/widget.js';

export type { AppDeps } from './app-services.js';

/** An API instance: a Hono app, plus what to call before the process stops. */
export type App = Hono<ApiEnv> & {
  /** Writes the usage counted so far. */
  flushUsage(): Promise<void>;
  /** Loads the nomenclature before the first request needs it. */
  ready(): Promise<void>;
  /** Writes pending usage and stops the timers; the database stays open (the caller owns it). */
  close(): Promise<void>;
  /** The declared endpoints, as the OpenAPI document describes them. */
  readonly operations: readonly ApiOperation[];
  /** Answers ready requests in the Node server, before the framework (`frontDoor`). */
  readonly frontDoor: FrontDoor;
};

/** Builds the API around an injected database; no server, so tests call `app.request()`. */
export function createApp(deps: AppDeps): App {
  const s = createServices(deps);
  const r = s.routeDeps;
  const app = new Hono<ApiEnv>();
  let groupOf = (_path: string) => 'autre';
  // Metrics first: the time they measure includes every other middleware.
  app.use(
    '*',
    observeRequests(s.metrics, () => groupOf),
    requestContext(s.logger),
    secureHeaders(),
    CORS,
    compression(),
  );
  app.get(METRICS_PATH, metricsHandler(s.metrics, deps.metricsToken));
  app.use(
    '/api/*',
    ...[
      identifyConsumer(s.state, s.keys, s),
      countUsage(s.usage),
      verifyKey(s.state, s.keys, s.rateLimitStore),
      rateLimit(s.rateLimitStore),
    ].map(unlessQuiet),
  );
  const images = imageSources(r.readModel);
  // The reference service's images, before the compatible JSON routes that would take `.svg` for a code.
  const compat = compatOptions(s);
  // The images get the compatible routes' guards (caller, usage, rate limit) ahead of them.
  const imageGuards = every(...(compat.middleware ?? []));
  app.use(`${COMPAT_BASE}/*`, (c, next) =>
    c.req.path.endsWith('.svg') ? imageGuards(c, next) : next(),
  );
  app.route(COMPAT_BASE, compatSvgRoutes(r, images));
  app.route(COMPAT_BASE, compatRoutes(figuresCompatSource(r), compat));
  const sections: ApiSection[] = [
    {
      base: '/api/inserjeunes',
      routes: [
        // Before the widget's route: `/affichage/:codes` would take `50022135.svg` for a code.
        ...affichageImageRoutes(r, images),
        ...affichageSiblingRoutes(r),
        ...affichageRoutes(r),
        ...certificationsRoutes(r),
        ...regionalesRoutes(r),
        ...formationsRoutes(r),
        ...etablissementsRoutes(r),
        ...resolveRoutes(r),
        ...diplomesRoutes(r),
        ...millesimesRoutes(r),
        ...couvertureRoutes(r),
        ...statsRoutes(r),
        ...comparaisonsRoutes(r),
      ],
    },
    {
      base: '/api',
      routes: [...healthRoutes(s.reads, s.state), ...accueilRoutes(r), ...oembedRoutes(r)],
    },
    { base: '/api/galerie', routes: exemplesRoutes(r) },
  ];
  const operations = operationsOf(sections);
  groupOf = routeGroups(
    operations.map((operation) => operation.path),
    COMPAT_BASE,
  );
  for (const section of sections) app.route(section.base, sectionApp(section));
  app.route('/api', openapiRoutes(r, operations, defaultLimits(s.anonymousPerMinute)));
  app.route('/', widgetRoutes({ distDir: deps.widgetDist }));
  app.route('/', galleryRoutes({ distDir: deps.galleryDist }));
  app.notFound(notFound(operations));
  app.onError(errorHandler(s.reads, s.logger));
  return Object.assign(app, {
    operations,
    frontDoor: frontDoor({
      state: s.state,
      cache: s.cache,
      keys: s.keys,
      consumers: s,
      rateLimitStore: s.rateLimitStore,
      usage: s.usage,
      metrics: s.metrics,
      logger: s.logger,
      groupOf: () => groupOf,
    }),
    flushUsage: () => s.usage.flush(),
    ready: async () => {
      await s.state.current();
    },
    close: async () => {
      await r.couverture.reader.close();
      await s.usage.close();
    },
  });
}
