/**
 * A documented path (`/api/inserjeunes/formations/{uai}-{code}`) matched against request
 * paths segment by segment, without a regular expression: each segment is its literal
 * parts in order, and a parameter between them stands for one or more characters other
 * than `/`. Matching takes one pass over the path, whatever its length.
 */
export class PathTemplate {
  readonly #segments: readonly (readonly string[])[];

  constructor(template: string) {
    this.#segments = template.split('/').map((segment) => segment.split(/\{\w+\}/));
  }

  /** Whether `path` is an instance of the template. */
  matches(path: string): boolean {
    let start = 0;
    for (let i = 0; i < this.#segments.length; i++) {
      const last = i === this.#segments.length - 1;
      const end = path.indexOf('/', start);
      if (last ? end >= 0 : end < 0) return false;
      const parts = this.#segments[i];
      const stop = last ? path.length : end;
      if (parts === undefined || !segmentMatches(path, start, stop, parts)) return false;
      start = stop + 1;
    }
    return true;
  }
}

/**
 * Whether `path[start, end)` is `parts` joined by parameters of one or more characters.
 * Leftmost placement of each literal is enough: a parameter takes any run of characters.
 */
function segmentMatches(
  path: string,
  start: number,
  end: number,
  parts: readonly string[],
): boolean {
  const [first, ...rest] = parts;
  if (first === undefined) return false;
  if (rest.length === 0) return end - start === first.length && path.startsWith(first, start);
  if (!path.startsWith(first, start)) return false;
  let at = start + first.length;
  for (let i = 0; i < rest.length; i++) {
    const literal = rest[i] ?? '';
    if (i === rest.length - 1) {
      // The last literal closes the segment, after a parameter of at least one character.
      return end - literal.length >= at + 1 && path.startsWith(literal, end - literal.length);
    }
    const found = path.indexOf(literal, at + 1);
    if (found < 0 || found + literal.length > end) return false;
    at = found + literal.length;
  }
  return false;
}
