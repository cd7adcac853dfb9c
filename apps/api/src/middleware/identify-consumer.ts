import type { MiddlewareHandler } from 'hono';
import type { DataState } from '../data/data-state.js';
import type { ApiEnv, Consumer } from '../http/api-env.js';
import { ApiFailure } from '../http/api-failure.js';
import { contextHeaders, type HeaderReader, incomingOf } from '../http/request-headers.js';
import type { KeyVerifier, VerifiedKey } from '../keys/api-keys.js';
import type { ClientBuckets } from '../rate-limit/client-bucket.js';
import type { RateLimitStore } from '../rate-limit/rate-limit-store.js';

const KEY_IN_QUERY = /^(x[-_]?)?(api[-_]?key|cle(_api)?|key|token|apikey)$/i;

export interface ConsumerOptions {
  anonymousPerMinute: number;
  /**
   * How many proxies of ours stand in front of the API (0: none). Behind n of them, the
   * client is the n-th address of `X-Forwarded-For` counted from the right: each proxy
   * appends the address it received from, and what a client writes itself stays on the left.
   */
  trustedProxies: number;
  /** Names the client's network for counting, without keeping its address. */
  buckets: ClientBuckets;
  now?: () => number;
}

/**
 * Says who is calling, without asking the database. A key travels only in the `X-API-Key`
 * header: one in the query string would end up in logs, histories and referrers, so it is
 * refused. A key already verified names its partner and its limit; any other key is set aside
 * for {@link verifyKey}, the request being its client's until then.
 * Without a key, usage is attributed to the calling site (Origin, else Referer host).
 */
export function identifyConsumer(
  state: DataState,
  keys: KeyVerifier,
  options: ConsumerOptions,
): MiddlewareHandler<ApiEnv> {
  const refreshKeys = keysRefresher(state, keys);
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
    const headers = contextHeaders(c);
    const key = headers('x-api-key')?.trim();
    if (key !== undefined) {
      await refreshKeys();
      const known = keys.known(key);
      if (known) {
        c.set('consumer', partnerConsumer(known));
        return next();
      }
      c.set('presentedKey', key);
    }
    c.set('consumer', anonymousConsumer(headers, incomingOf(c)?.socket, options));
    await next();
  };
}

/**
 * A caller without a key: named after the calling site, counted by its network's hash.
 * `connection` is the request's socket (absent when the app is called in process): when the
 * client is its peer, the hash is made once per connection and day.
 */
export function anonymousConsumer(
  headers: HeaderReader,
  connection: Connection | undefined,
  options: ConsumerOptions,
): Consumer {
  const at = (options.now ?? Date.now)();
  const forwarded = forwardedClient(headers, options.trustedProxies);
  return {
    name: originSite(headers('origin')) ?? siteOf(headers('referer')) ?? 'direct',
    partner: null,
    limitPerMinute: options.anonymousPerMinute,
    rateKey:
      forwarded !== undefined
        ? options.buckets.bucket(forwarded, at)
        : connection === undefined
          ? options.buckets.bucket('local', at)
          : options.buckets.connectionBucket(connection, connection.remoteAddress ?? 'local', at),
  };
}

/** A request's connection, as far as the caller's guards read it. */
export interface Connection {
  remoteAddress?: string | undefined;
}

/**
 * Checks a key set aside by {@link identifyConsumer}, once the client's attempts are counted:
 * past `anonymousPerMinute` unverified keys in a minute, a client gets 429 without the
 * database being asked, so trying random keys is limited like any other request. A valid key
 * names its partner and its limit from then on (the rate limit counts it as the partner's); a
 * wrong or revoked one is a 401 rather than a silent downgrade.
 */
export function verifyKey(
  state: DataState,
  keys: KeyVerifier,
  attempts: RateLimitStore,
  now: () => number = Date.now,
): MiddlewareHandler<ApiEnv> {
  const refreshKeys = keysRefresher(state, keys);
  return async (c, next) => {
    const key = c.get('presentedKey');
    if (key === undefined) return next();
    const client = c.get('consumer');
    const at = now();
    const { count, resetAt } = await attempts.hit(`essai:${client.rateKey}`, MINUTE_MS, at);
    if (count > client.limitPerMinute) {
      const seconds = Math.max(1, Math.ceil((resetAt - at) / 1000));
      throw new ApiFailure(
        'trop_de_requetes',
        `Trop de clés d’API essayées : ${client.limitPerMinute} par minute au plus. Réessayez dans ${seconds} s.`,
        { limite_par_minute: client.limitPerMinute, reessayer_dans_secondes: seconds },
        { 'Retry-After': String(seconds) },
      );
    }
    await refreshKeys();
    const verified = await keys.verify(key);
    if (verified === null) {
      throw new ApiFailure(
        'cle_invalide',
        'Clé d’API invalide ou révoquée (en-tête X-API-Key). Retirez l’en-tête pour un accès anonyme, ou demandez une nouvelle clé.',
      );
    }
    c.set('consumer', partnerConsumer(verified));
    await next();
  };
}

const MINUTE_MS = 60_000;

/**
 * Forgets the verified keys when a key was created or revoked since the last request. The
 * version seen is the verifier's own, so that every caller of it agrees on what it knows.
 */
export function keysRefresher(state: DataState, keys: KeyVerifier): () => Promise<void> {
  return async () => keys.useVersion((await state.current()).keysVersion);
}

/** A caller whose key was verified: its partner, counted under its own limit. */
export function partnerConsumer(verified: VerifiedKey): Consumer {
  return {
    name: verified.partenaire,
    partner: verified.partenaire,
    limitPerMinute: verified.limiteParMinute,
    rateKey: `cle:${verified.partenaire}`,
  };
}

/** The sites of the Origin values seen lately: few sites send most requests. */
let origins = new Map<string, string | null>();
const ORIGINS_KEPT = 1000;

/**
 * The site of an Origin header, remembered: an Origin is a scheme, a host and a port, never a
 * page (a Referer, which names a page, is read each time and never kept).
 */
function originSite(header: string | undefined): string | null {
  if (header === undefined) return null;
  const known = origins.get(header);
  if (known !== undefined) return known;
  const site = siteOf(header);
  if (header.length <= 300) {
    if (origins.size >= ORIGINS_KEPT) origins = new Map();
    origins.set(header, site);
  }
  return site;
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

/** Behind our proxies, the client's address as they forwarded it; undefined otherwise. */
function forwardedClient(headers: HeaderReader, proxies: number): string | undefined {
  const forwarded = headers('x-forwarded-for');
  if (proxies > 0 && forwarded) {
    const chain = forwarded
      .split(',')
      .map((address) => address.trim())
      .filter((address) => address !== '');
    // Fewer entries than proxies: the request skipped some; its first entry is the best guess.
    const client = chain[Math.max(0, chain.length - proxies)];
    if (client) return client;
  }
  return undefined;
}
