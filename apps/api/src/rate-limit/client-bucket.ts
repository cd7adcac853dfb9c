import { createHmac, randomBytes } from 'node:crypto';
import { isIPv4, isIPv6 } from 'node:net';

const DAY_MS = 86_400_000;

/**
 * The network a client's address stands for when counting its requests: an IPv4 address
 * itself, an IPv6 address's /64 (one subscriber usually holds a whole /64, so counting single
 * IPv6 addresses would let one client take billions of limits). IPv4-mapped IPv6 addresses
 * count as their IPv4 address. Anything else is kept as given.
 */
export function clientNetwork(address: string): string {
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(address);
  if (mapped?.[1] !== undefined) return mapped[1];
  if (isIPv4(address)) return address;
  const bare = address.replace(/%.*$/, '');
  if (!isIPv6(bare)) return address;
  return `${expandIPv6(bare).slice(0, 4).join(':')}::/64`;
}

/** The eight hextets of an IPv6 address, without leading zeros (an embedded IPv4 tail aside). */
function expandIPv6(address: string): string[] {
  const [head = '', tail] = address.split('::');
  const left = head === '' ? [] : head.split(':');
  const right = tail === undefined || tail === '' ? [] : tail.split(':');
  const missing = Math.max(0, 8 - left.length - right.length);
  return [...left, ...Array.from({ length: missing }, () => '0'), ...right].map((part) =>
    part.includes('.') ? part : (Number.parseInt(part, 16) || 0).toString(16),
  );
}

/**
 * Turns a client's network into the name its requests are counted under, so that no address
 * is stored, in memory or in the shared table: a keyed hash (HMAC-SHA-256) whose key changes
 * every day (UTC), derived from a secret. Processes sharing counters must share the secret.
 */
export class ClientBuckets {
  readonly #secret: Buffer;
  #day = -1;
  #dayKey: Buffer = Buffer.alloc(0);
  /** The bucket of each open connection's peer, for its day: the hash, never the address. */
  readonly #byConnection = new WeakMap<object, { day: number; bucket: string }>();

  /** @param secret shared by every process counting in the same store; random when absent. */
  constructor(secret: string | undefined) {
    this.#secret = secret === undefined ? randomBytes(32) : Buffer.from(secret, 'utf8');
  }

  /** The counting name of `address` on the day of `now` (ms since the epoch). */
  bucket(address: string, now: number): string {
    const day = Math.floor(now / DAY_MS);
    if (day !== this.#day) {
      this.#day = day;
      this.#dayKey = createHmac('sha256', this.#secret).update(`jour:${day}`).digest();
    }
    const hash = createHmac('sha256', this.#dayKey).update(clientNetwork(address)).digest();
    return `ip:${hash.toString('base64url').slice(0, 22)}`;
  }

  /**
   * The counting name of a connection's peer `address`, made once per connection and day: a
   * keep-alive connection sends many requests, all from the same address. It is forgotten
   * with the connection.
   */
  connectionBucket(connection: object, address: string, now: number): string {
    const day = Math.floor(now / DAY_MS);
    const known = this.#byConnection.get(connection);
    if (known?.day === day) return known.bucket;
    const bucket = this.bucket(address, now);
    this.#byConnection.set(connection, { day, bucket });
    return bucket;
  }
}
