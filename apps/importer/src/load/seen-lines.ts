/** What the duplicate check remembers of an earlier line: its number, and its row if kept. */
export interface SeenLine<Row> {
  line: number;
  row?: Row;
}

const EMPTY_SLOTS = 1024;

/**
 * The keys of a file's lines seen so far, for the duplicate check. Without rows (most
 * tables), a key is kept as two 32-bit hashes and its line number in typed arrays: 12 bytes
 * a slot, whatever the file's size, and no string kept. Two different keys sharing both
 * hashes (about one chance in 10^7 in a file of a million lines) would be reported as one
 * duplicate. With rows (tables whose duplicates may repeat a row identically), a map.
 */
export class SeenLines<Row> {
  readonly #rows: Map<string, SeenLine<Row>> | null;
  #first = new Uint32Array(EMPTY_SLOTS);
  #second = new Uint32Array(EMPTY_SLOTS);
  /** Line number + 1 (0: an empty slot). */
  #lines = new Uint32Array(EMPTY_SLOTS);
  #size = 0;

  constructor(keepRows: boolean) {
    this.#rows = keepRows ? new Map() : null;
  }

  /** The earlier line with the same key, else undefined, `key` being then recorded for `line`. */
  check(key: string, line: number, row: Row): SeenLine<Row> | undefined {
    if (this.#rows !== null) {
      const previous = this.#rows.get(key);
      // A flat copy: the key's pieces may be slices of the file's decoded text.
      if (previous === undefined) this.#rows.set(`${key} `.slice(0, -1), { line, row });
      return previous;
    }
    let first = 0x811c9dc5;
    let second = 0x9747b28c;
    for (let i = 0; i < key.length; i++) {
      const code = key.charCodeAt(i);
      first = Math.imul(first ^ code, 0x01000193);
      second = Math.imul(second ^ code, 0x5bd1e995);
      second ^= second >>> 15;
    }
    first >>>= 0;
    second >>>= 0;
    const mask = this.#lines.length - 1;
    let slot = first & mask;
    while (this.#lines[slot] !== 0) {
      if (this.#first[slot] === first && this.#second[slot] === second) {
        return { line: (this.#lines[slot] ?? 1) - 1 };
      }
      slot = (slot + 1) & mask;
    }
    this.#first[slot] = first;
    this.#second[slot] = second;
    this.#lines[slot] = line + 1;
    this.#size++;
    if (this.#size * 2 > this.#lines.length) this.#grow();
    return undefined;
  }

  /** Twice the slots, every key moved to its new place. */
  #grow(): void {
    const [first, second, lines] = [this.#first, this.#second, this.#lines];
    const size = lines.length * 2;
    this.#first = new Uint32Array(size);
    this.#second = new Uint32Array(size);
    this.#lines = new Uint32Array(size);
    const mask = size - 1;
    for (let old = 0; old < lines.length; old++) {
      if (lines[old] === 0) continue;
      let slot = (first[old] ?? 0) & mask;
      while (this.#lines[slot] !== 0) slot = (slot + 1) & mask;
      this.#first[slot] = first[old] ?? 0;
      this.#second[slot] = second[old] ?? 0;
      this.#lines[slot] = lines[old] ?? 0;
    }
  }
}
