import { describe, expect, it } from 'vitest';
import { createRandom } from './random.js';

describe('createRandom', () => {
  it('gives the same numbers for the same seed, and other numbers for another seed', () => {
    const draw = (seed: string) => {
      const random = createRandom(seed);
      return Array.from({ length: 50 }, () => random.next());
    };
    expect(draw('cap-cuisine')).toEqual(draw('cap-cuisine'));
    expect(draw('cap-cuisine')).not.toEqual(draw('cap-cuisinf'));
  });

  it('stays within its bounds and reaches both ends of an integer range', () => {
    const random = createRandom('bounds');
    const ints = new Set<number>();
    for (let i = 0; i < 2000; i += 1) {
      const value = random.next();
      expect(value).toBeGreaterThanOrEqual(0);
      expect(value).toBeLessThan(1);
      const between = random.between(0.4, 0.5);
      expect(between).toBeGreaterThanOrEqual(0.4);
      expect(between).toBeLessThan(0.5);
      ints.add(random.int(3, 7));
    }
    expect([...ints].sort()).toEqual([3, 4, 5, 6, 7]);
  });

  it('spreads its draws evenly enough for plausible figures', () => {
    const random = createRandom('spread');
    const buckets = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
    for (let i = 0; i < 10_000; i += 1) {
      const bucket = Math.floor(random.next() * 10);
      buckets[bucket] = (buckets[bucket] ?? 0) + 1;
    }
    for (const count of buckets) expect(count).toBeGreaterThan(850);
  });
});
