/** Who is calling: a partner identified by its key, or an anonymous client. */
export interface Consumer {
  /** The key's partner, else the Origin or Referer host, else `direct`. */
  name: string;
  /** The partner when the call carried a valid key. */
  partner: string | null;
  /** Requests allowed per minute for this consumer. */
  limitPerMinute: number;
  /**
   * What the rate limit counts against: the partner, or a daily keyed hash of the client's
   * network (see `ClientBuckets`): never the address itself.
   */
  rateKey: string;
}

/** Values the middleware chain hands to handlers. */
export interface ApiEnv {
  Variables: {
    requestId: string;
    consumer: Consumer;
    /** An `X-API-Key` not verified yet: checked once the rate limit has counted the request. */
    presentedKey: string | undefined;
    /** The body a handler answered with, for the caching middleware (see `sendText`). */
    payload: string | undefined;
    /** The rate-limit headers of this request, for an answer built ready (`readyResponse`). */
    rateLimitHeaders: Record<string, string> | undefined;
    /**
     * The answer was built ready, with every header it needs (`readyResponse`): the
     * middleware around it add nothing, so its headers are never read back.
     */
    ready: boolean | undefined;
    /** Whether the in-process cache answered (`X-Cache`), for the metrics. */
    cacheOutcome: 'hit' | 'miss' | undefined;
  };
}
