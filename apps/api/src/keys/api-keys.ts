import { createHash, hash, randomBytes, timingSafeEqual } from 'node:crypto';
import { apiKeys, type DbHandle } from '@inserjeunes/db';
import { and, eq, isNull, sql } from 'drizzle-orm';

/** Requests per minute a new key allows unless told otherwise. */
export const DEFAULT_KEY_LIMIT = 3000;

const KEY_FORMAT = /^(ij_[0-9a-f]{8})_[0-9A-Za-z_-]{43}$/;

/** A key's public part, safe to store and show: `ij_` and 8 hex characters. */
export function keyPrefix(key: string): string | null {
  return KEY_FORMAT.exec(key)?.[1] ?? null;
}

function digest(key: string): Buffer {
  return createHash('sha256').update(key).digest();
}

/**
 * Creates a key for a partner and returns it: this is the only time it exists in clear,
 * since only its SHA-256 hash is stored. A partner has one active key at a time: creating
 * a new one while one is active is refused (revoke it first).
 */
export async function createKey(
  { db }: DbHandle,
  partenaire: string,
  limiteParMinute: number = DEFAULT_KEY_LIMIT,
): Promise<string> {
  const name = partenaire.trim();
  if (!/^[\p{L}\p{N}][\p{L}\p{N} ._-]{0,99}$/u.test(name)) {
    throw new Error(
      `Nom de partenaire « ${partenaire} » invalide : 1 à 100 caractères (lettres, chiffres, espace, . _ -).`,
    );
  }
  if (!Number.isInteger(limiteParMinute) || limiteParMinute < 1) {
    throw new Error(
      `Limite « ${limiteParMinute} » invalide : un entier positif de requêtes par minute.`,
    );
  }
  const active = await db
    .select({ id: apiKeys.id })
    .from(apiKeys)
    .where(and(eq(apiKeys.partenaire, name), isNull(apiKeys.revoque_le)));
  if (active.length > 0) {
    throw new Error(`Le partenaire « ${name} » a déjà une clé active : révoquez-la d’abord.`);
  }
  const prefixe = `ij_${randomBytes(4).toString('hex')}`;
  const key = `${prefixe}_${randomBytes(32).toString('base64url')}`;
  await db.insert(apiKeys).values({
    partenaire: name,
    prefixe,
    hash: digest(key).toString('hex'),
    limite_par_minute: limiteParMinute,
  });
  return key;
}

/** Revokes a partner's active key; returns how many keys were revoked (0 or 1). */
export async function revokeKey({ db }: DbHandle, partenaire: string): Promise<number> {
  const revoked = await db
    .update(apiKeys)
    .set({ revoque_le: sql`now()` })
    .where(and(eq(apiKeys.partenaire, partenaire.trim()), isNull(apiKeys.revoque_le)))
    .returning({ id: apiKeys.id });
  return revoked.length;
}

export interface VerifiedKey {
  partenaire: string;
  limiteParMinute: number;
}

const CACHE_LIMIT = 10_000;

/**
 * Checks presented keys: the stored candidates are found by the public prefix, then the
 * hashes are compared in constant time. Answers are remembered until the keys change
 * (creation or revocation, seen by the data-version probe) so the hot path does no query.
 */
export class KeyVerifier {
  readonly #db: DbHandle;
  #cache = new Map<string, VerifiedKey | null>();
  #keysVersion: string | undefined;

  constructor(db: DbHandle) {
    this.#db = db;
  }

  /** Forgets every answer; called when a key is created or revoked. */
  reset(): void {
    this.#cache = new Map();
  }

  /** Forgets every answer when the keys' version moved (a key was created or revoked). */
  useVersion(keysVersion: string): void {
    if (keysVersion === this.#keysVersion) return;
    this.#keysVersion = keysVersion;
    this.reset();
  }

  /**
   * What is already known of a key without asking the database: its partner when it was
   * verified, `null` when it was refused, `undefined` when it was never seen.
   */
  known(key: string): VerifiedKey | null | undefined {
    // One-shot hashing: asked on every request with a key, it builds no hash object.
    return this.#cache.get(hash('sha256', key, 'base64'));
  }

  async verify(key: string): Promise<VerifiedKey | null> {
    const presented = digest(key);
    const cacheKey = presented.toString('base64');
    const cached = this.#cache.get(cacheKey);
    if (cached !== undefined) return cached;
    const verified = await this.#lookup(key, presented);
    if (this.#cache.size >= CACHE_LIMIT) this.#cache = new Map();
    this.#cache.set(cacheKey, verified);
    return verified;
  }

  async #lookup(key: string, presented: Buffer): Promise<VerifiedKey | null> {
    const prefixe = keyPrefix(key);
    if (prefixe === null) return null;
    const candidates = await this.#db.db
      .select()
      .from(apiKeys)
      .where(and(eq(apiKeys.prefixe, prefixe), isNull(apiKeys.revoque_le)));
    let found: VerifiedKey | null = null;
    for (const candidate of candidates) {
      const stored = Buffer.from(candidate.hash, 'hex');
      if (stored.length === presented.length && timingSafeEqual(stored, presented)) {
        found = { partenaire: candidate.partenaire, limiteParMinute: candidate.limite_par_minute };
      }
    }
    return found;
  }
}
