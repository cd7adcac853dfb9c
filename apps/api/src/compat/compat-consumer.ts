import type { MiddlewareHandler } from 'hono';
import type { DataState } from '../data/data-state.js';
import type { ApiEnv } from '../http/api-env.js';
import { contextHeaders, incomingOf } from '../http/request-headers.js';
import type { KeyVerifier } from '../keys/api-keys.js';
import {
  anonymousConsumer,
  type ConsumerOptions,
  keysRefresher,
  partnerConsumer,
} from '../middleware/identify-consumer.js';

/**
 * Says who calls the compatible routes. Old clients still send the reference's key
 * (`X-API-Key`, or `apiKey` in the query string, which `readCompatParams` drops) or its
 * JWT (`Authorization`): none of them means anything here, so they are read as anonymous,
 * never refused. A key of ours in `X-API-Key` still names its partner and raises its limit.
 */
export function compatConsumer(
  state: DataState,
  keys: KeyVerifier,
  options: ConsumerOptions,
): MiddlewareHandler<ApiEnv> {
  const refreshKeys = keysRefresher(state, keys);
  return async (c, next) => {
    const headers = contextHeaders(c);
    const key = headers('x-api-key')?.trim();
    let verified = null;
    if (key !== undefined && key !== '') {
      await refreshKeys();
      verified = await keys.verify(key);
    }
    c.set(
      'consumer',
      verified === null
        ? anonymousConsumer(headers, incomingOf(c)?.socket, options)
        : partnerConsumer(verified),
    );
    await next();
  };
}
