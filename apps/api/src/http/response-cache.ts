import type { Coding } from './content-coding.js';

/** A computed response kept for the next identical request (see `readyEntry`). */
export interface CachedResponse {
  status: number;
  /** The body as computed (no content coding). */
  body: Uint8Array;
  /**
   * Every header that does not depend on the caller, lower-case: the route's own, ETag,
   * Cache-Control, security and CORS.
   */
  headers: Record<string, string>;
  /** The ETag of the uncompressed body. */
  etag: string;
  /** Whether the answer is worth compressing, so that it varies with `Accept-Encoding`. */
  varies: boolean;
  /** The pattern of the route that answered, as usage is counted (`/api/…/:codes`). */
  route: string;
  /** The URL the entry is kept under, masked for the log (`maskUrl`), once logged. */
  loggedUrl?: string;
  /** Its route group in the metrics, found once for all its answers. */
  group?: string;
  /** Compressed variants, each made on the first request that accepts its coding… */
  coding: Partial<Record<Coding, Promise<Uint8Array>>>;
  /** …and kept once made. */
  coded: Partial<Record<Coding, Uint8Array>>;
  /** The headers of each view of the answer (see `readyResponse`), kept once built. */
  views: Record<string, Record<string, string>>;
  /** The same headers as a flat name, value, name, value… list, as the front door writes them. */
  lists?: Record<string, string[]>;
  /** Told the size of each compressed variant once kept, so the cache counts it. */
  grew?: ((bytes: number) => void) | undefined;
}

/** What an entry holds: its body and the compressed variants kept so far. */
function sizeOf(entry: CachedResponse): number {
  return (
    entry.body.byteLength + (entry.coded.br?.byteLength ?? 0) + (entry.coded.gzip?.byteLength ?? 0)
  );
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
      this.#bytes -= sizeOf(previous);
      previous.grew = undefined;
      this.#entries.delete(key);
    }
    this.#entries.set(key, entry);
    this.#bytes += sizeOf(entry);
    const version = this.#version;
    entry.grew = (bytes) => {
      if (this.#version !== version || this.#entries.get(key) !== entry) return;
      this.#bytes += bytes;
      this.#evict();
    };
    this.#evict();
  }

  /** The bytes held: bodies and the compressed variants kept with them. */
  get bytes(): number {
    return this.#bytes;
  }

  /** Least recently used entries go until the count and byte budgets hold. */
  #evict(): void {
    for (const [oldest, value] of this.#entries) {
      if (this.#entries.size <= this.#limits.maxEntries && this.#bytes <= this.#limits.maxBytes) {
        break;
      }
      this.#entries.delete(oldest);
      this.#bytes -= sizeOf(value);
    }
  }
}
