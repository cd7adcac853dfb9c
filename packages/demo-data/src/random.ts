/**
 * A reproducible stream of pseudo-random numbers. The demo dataset must come out byte for
 * byte the same on every machine and every run, so nothing here reads the clock or the
 * environment: the stream depends on its seed string alone.
 */
export interface Random {
  /** A number in [0, 1). */
  next(): number;
  /** A number in [min, max). */
  between(min: number, max: number): number;
  /** An integer in [min, max], both included. */
  int(min: number, max: number): number;
}

/** FNV-1a over the UTF-16 code units of the seed: a cheap, well-spread 32-bit hash. */
function hashSeed(seed: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < seed.length; i += 1) {
    hash ^= seed.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  // xorshift has a fixed point at zero: never start there.
  return hash === 0 ? 0x9e3779b9 : hash;
}

/**
 * Marsaglia's xorshift32 (shifts 13, 17, 5), seeded from a string. Each row of the demo takes
 * its own stream, seeded by what the row is, so adding a row never changes the others.
 */
export function createRandom(seed: string): Random {
  let state = hashSeed(seed);
  const next = (): number => {
    state ^= state << 13;
    state >>>= 0;
    state ^= state >>> 17;
    state ^= state << 5;
    state >>>= 0;
    return state / 0x1_0000_0000;
  };
  return {
    next,
    between: (min, max) => min + (max - min) * next(),
    int: (min, max) => min + Math.floor((max - min + 1) * next()),
  };
}
