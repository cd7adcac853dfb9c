import type { MiddlewareHandler } from 'hono';
import type { DataState } from '../data/data-state.js';
import type { ApiEnv } from '../http/api-env.js';
import type { KeyVerifier } from '../keys/api-keys.js';
import { anonymousConsumer, type ConsumerOptions } from '../middleware/identify-consumer.js';

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
  let keysVersion: string | undefined;
  return async (c, next) => {
    const key = c.req.header('X-API-Key')?.trim();
    let verified = null;
    if (key !== undefined && key !== '') {
      const snapshot = await state.current();
      if (snapshot.keysVersion !== keysVersion) {
        keysVersion = snapshot.keysVersion;
        keys.reset();
      }
      verified = await keys.verify(key);
    }
    c.set(
      'consumer',
      verified === null
        ? anonymousConsumer(c, options)
        : {
            name: verified.partenaire,
            partner: verified.partenaire,
            limitPerMinute: verified.limiteParMinute,
            rateKey: `cle:${verified.partenaire}`,
          },
    );
    await next();
  };
}
