import type { createServices } from '../app-services.js';
import { errorHandler } from '../http/error-handler.js';
import { countUsage } from '../middleware/count-usage.js';
import { rateLimit } from '../middleware/rate-limit.js';
import { compatConsumer } from './compat-consumer.js';
import type { CompatOptions } from './compat-routes.js';

/**
 * The API's own guards around the compatible routes: who calls (an old key or token is
 * read as anonymous), usage counts and the rate limit, the response cache, and the API's
 * classification of unexpected failures.
 */
export function compatOptions(
  s: ReturnType<typeof createServices>,
  extra: Pick<CompatOptions, 'images'> = {},
): CompatOptions {
  return {
    middleware: [
      compatConsumer(s.state, s.keys, s),
      countUsage(s.usage),
      rateLimit(s.rateLimitStore),
    ],
    cache: s.routeDeps.cached,
    unexpected: errorHandler(s.routeDeps.db, s.logger),
    ...extra,
  };
}
