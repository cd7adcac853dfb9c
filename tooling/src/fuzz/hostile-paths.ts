import type { SeededRandom } from '../seeded-random.js';

/**
 * A path of 16,000 characters or more: under an API route (its parameter a long list), under
 * no route at all (the 404/405 matcher reads it whole), or past the gallery's pages, built
 * of segments, slashes, dots or escapes so that a matcher that backtracks shows its cost.
 */
export function drawLongPath(random: SeededRandom, base: string, codes: readonly string[]): string {
  const length = random.pick([16_000, 16_385, 40_000, 100_000]);
  const unit = random.pick([
    'a',
    'a/',
    '/',
    '//',
    './',
    '../',
    '%2F',
    '%2e%2e/',
    'é',
    '{x}/',
    `${codes[0] ?? '40025214'},`,
  ]);
  const filler = unit.repeat(Math.ceil(length / unit.length));
  return random.pick([
    `/api/inserjeunes/${filler}`,
    `/api/inserjeunes/affichage/${filler}`,
    `/api/${filler}`,
    `/${filler}`,
    `${base}/${filler}`,
    `/compat/trajectoires-pro/api/inserjeunes/certifications/${filler}`,
    `/widget/v1/${filler}`,
  ]);
}

/**
 * The drawn path with a raw backslash or space put in it, as only a client writing bytes
 * itself sends them (fetch and `app.request` would encode or normalise them). Before the
 * query string the server must refuse them; in it, a backslash is data.
 */
export function rawPath(random: SeededRandom, url: string): string {
  const query = url.indexOf('?');
  const path = query === -1 ? url : url.slice(0, query);
  const rest = query === -1 ? '' : url.slice(query);
  const byte = random.pick(['\\', ' ', '\\\\', '\\..\\..\\', ' \\ ']);
  if (rest !== '' && random.chance(0.2)) {
    // In the query string a backslash is data: the application answers as it would.
    return `${path}${rest}&x=${byte.replaceAll(' ', '%20')}`;
  }
  switch (random.int(4)) {
    case 0:
      return `${path.replace('/', byte)}${rest}`;
    case 1:
      return `${path.replaceAll('/', '\\')}${rest}`;
    case 2: {
      const at = 1 + random.int(Math.max(1, path.length - 1));
      return `${path.slice(0, at)}${byte}${path.slice(at)}${rest}`;
    }
    default:
      return `${path}${byte}${rest}`;
  }
}
