import type { IncomingMessage } from 'node:http';
import type { Context, MiddlewareHandler } from 'hono';
import type { DataState } from '../data/data-state.js';
import type { ApiEnv, Consumer } from '../http/api-env.js';
import { ApiFailure } from '../http/api-failure.js';
import type { KeyVerifier } from '../keys/api-keys.js';

const KEY_IN_QUERY = /^(x[-_]?)?(api[-_]?key|cle(_api)?|key|token|apikey)$/i;

export interface ConsumerOptions {
  anonymousPerMinute: number;
  /**
   * How many proxies of ours stand in front of the API (0: none). Behind n of them, the
   * client is the n-th address of `X-Forwarded-For` counted from the right: each proxy
   * appends the address it received from, and what a client writes itself stays on the left.
   */
  trustedProxies: number;
}

/**
 * Says who is calling. A key travels only in the `X-API-Key` header: one in the query string
 * would end up in logs, histories and referrers, so it is refused. A valid key names its
 * partner and its limit; a wrong or revoked one is a 401 rather than a silent downgrade.
 * Without a key, usage is attributed to the calling site (Origin, else Referer host).
 */
export function identifyConsumer(
  state: DataState,
  keys: KeyVerifier,
  options: ConsumerOptions,
): MiddlewareHandler<ApiEnv> {
  let keysVersion: string | undefined;
  return async (c, next) => {
    const names = c.req.url.includes('?') ? Object.keys(c.req.queries()) : [];
    for (const name of names) {
      if (KEY_IN_QUERY.test(name)) {
        throw new ApiFailure(
          'parametre_invalide',
          `Paramètre « ${name} » refusé : une clé d’API se transmet uniquement dans l’en-tête X-API-Key, jamais dans l’URL. Cette clé a pu être exposée : faites-la révoquer et remplacer.`,
          { parametre: name },
        );
      }
    }
    const key = c.req.header('X-API-Key');
    if (key !== undefined) {
      const snapshot = await state.current();
      if (snapshot.keysVersion !== keysVersion) {
        keysVersion = snapshot.keysVersion;
        keys.reset();
      }
      const verified = await keys.verify(key.trim());
      if (verified === null) {
        throw new ApiFailure(
          'cle_invalide',
          'Clé d’API invalide ou révoquée (en-tête X-API-Key). Retirez l’en-tête pour un accès anonyme, ou demandez une nouvelle clé.',
        );
      }
      c.set('consumer', {
        name: verified.partenaire,
        partner: verified.partenaire,
        limitPerMinute: verified.limiteParMinute,
        rateKey: `cle:${verified.partenaire}`,
      });
    } else {
      c.set('consumer', anonymousConsumer(c, options));
    }
    await next();
  };
}

/** A caller without a key: named after the calling site, limited by its address. */
export function anonymousConsumer(c: Context<ApiEnv>, options: ConsumerOptions): Consumer {
  return {
    name: siteOf(c.req.header('Origin')) ?? siteOf(c.req.header('Referer')) ?? 'direct',
    partner: null,
    limitPerMinute: options.anonymousPerMinute,
    rateKey: `ip:${clientAddress(c.env, c.req.header('X-Forwarded-For'), options.trustedProxies)}`,
  };
}

/** The host of an Origin or Referer header, lower-cased; nothing else of the URL is kept. */
function siteOf(header: string | undefined): string | null {
  if (header === undefined || header === '' || header === 'null') return null;
  try {
    const host = new URL(header).host.toLowerCase();
    return host === '' || host.length > 253 ? null : host;
  } catch {
    return null;
  }
}

function clientAddress(env: unknown, forwarded: string | undefined, proxies: number): string {
  if (proxies > 0 && forwarded) {
    const chain = forwarded
      .split(',')
      .map((address) => address.trim())
      .filter((address) => address !== '');
    // Fewer entries than proxies: the request skipped some; its first entry is the best guess.
    const client = chain[Math.max(0, chain.length - proxies)];
    if (client) return client;
  }
  const incoming = (env as { incoming?: IncomingMessage } | undefined)?.incoming;
  return incoming?.socket.remoteAddress ?? 'local';
}
