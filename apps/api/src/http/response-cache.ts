/** A computed response kept for the next identical request. */
export interface CachedResponse {
  status: number;
  body: Uint8Array;
  /** Every header of the answer, ETag and Cache-Control included. */
  headers: [string, string][];
  etag: string;
}

export interface ResponseCacheLimits {
  maxEntries: number;
  maxBytes: number;
  /** Larger responses (big CSV exports) are not kept. */
  maxEntryBytes: number;
}

export const DEFAULT_CACHE_LIMITS: ResponseCacheLimits = {
  maxEntries: 20_000,
  maxBytes: 64 * 1024 * 1024,
  maxEntryBytes: 1024 * 1024,
};

/**
 * Responses computed from the data, by URL, for one data version: when an import finishes
 * the version moves and everything is dropped at once. Least recently used entries go
 * first when the count or byte budget is exceeded.
 */
export class ResponseCache {
  readonly #limits: ResponseCacheLimits;
  #entries = new Map<string, CachedResponse>();
  #bytes = 0;
  #version = '';

  constructor(limits: ResponseCacheLimits = DEFAULT_CACHE_LIMITS) {
    this.#limits = limits;
  }

  get size(): number {
    return this.#entries.size;
  }

  /** Drops everything computed from another data version. */
  useVersion(version: string): void {
    if (version === this.#version) return;
    this.#version = version;
    this.#entries = new Map();
    this.#bytes = 0;
  }

  get(key: string): CachedResponse | undefined {
    const entry = this.#entries.get(key);
    if (entry !== undefined) {
      this.#entries.delete(key);
      this.#entries.set(key, entry);
    }
    return entry;
  }

  set(key: string, entry: CachedResponse): void {
    if (entry.body.byteLength > this.#limits.maxEntryBytes) return;
    const previous = this.#entries.get(key);
    if (previous !== undefined) {
      this.#bytes -= previous.body.byteLength;
      this.#entries.delete(key);
    }
    this.#entries.set(key, entry);
    this.#bytes += entry.body.byteLength;
    for (const [oldest, value] of this.#entries) {
      if (this.#entries.size <= this.#limits.maxEntries && this.#bytes <= this.#limits.maxBytes) {
        break;
      }
      this.#entries.delete(oldest);
      this.#bytes -= value.body.byteLength;
    }
  }
}
