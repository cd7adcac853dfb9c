import type { SeededRandom } from '../seeded-random.js';

const HEX = '0123456789abcdef';
const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

function chars(random: SeededRandom, alphabet: string, count: number): string {
  let text = '';
  for (let i = 0; i < count; i++) text += alphabet[random.int(alphabet.length)];
  return text;
}

/**
 * An `X-API-Key` value no partner holds: most of the shape of a real key
 * (`ij_<8 hex>_<43 base64url>`), so that it reaches the lookup, or garbage of every length.
 * Each one is new, so that a limiter counting only known keys would let them all through.
 */
export function drawApiKey(random: SeededRandom): string {
  const prefix = `ij_${chars(random, HEX, 8)}`;
  switch (random.int(8)) {
    case 0:
    case 1:
    case 2:
      return `${prefix}_${chars(random, BASE64URL, 43)}`;
    case 3:
      // One character short or long: the edges of the shape.
      return `${prefix}_${chars(random, BASE64URL, random.pick([42, 44]))}`;
    case 4:
      return `${prefix.toUpperCase()}_${chars(random, BASE64URL, 43)}`;
    case 5:
      return `${prefix}_${chars(random, '+/=.~!*', 43)}`;
    case 6:
      return chars(random, BASE64URL, random.pick([1, 16, 52, 300, 4000]));
    default:
      return random.pick(['ij_', 'ij__', `${prefix}_`, 'Bearer ij_x', 'null', '%00', ' ']);
  }
}
