/**
 * A column name reduced to what identifies it: lower case, no accents, one space between
 * words, typographic apostrophes straightened. `"Part en poursuite d'études "` and
 * `PART EN POURSUITE D’ETUDES` are the same column.
 */
export function normalizeName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’‘`]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** A file's header: the names as written and normalized, with lookups by normalized name. */
export class Header {
  readonly names: readonly string[];
  /** Positions a reader asked for: the only cells whose text is checked for decoding accidents. */
  readonly used = new Set<number>();
  private readonly positions = new Map<string, number>();

  constructor(readonly raw: readonly string[]) {
    this.names = raw.map(normalizeName);
    this.names.forEach((name, index) => {
      if (name !== '' && !this.positions.has(name)) this.positions.set(name, index);
    });
  }

  /** Position of the first column with one of these names, or -1. */
  indexOf(...names: string[]): number {
    for (const name of names) {
      const index = this.positions.get(normalizeName(name));
      if (index !== undefined) {
        this.used.add(index);
        return index;
      }
    }
    return -1;
  }

  has(...names: string[]): boolean {
    return names.every((name) => this.positions.has(normalizeName(name)));
  }

  get length(): number {
    return this.raw.length;
  }
}

/**
 * Resolves the columns a reader needs. Returns their positions, or the problems found: a
 * required column that is missing is an error of the whole file.
 */
export function mapColumns<K extends string>(
  header: Header,
  wanted: Record<K, { names: readonly string[]; required?: boolean }>,
): { ok: true; index: Record<K, number> } | { ok: false; problems: string[] } {
  const index = {} as Record<K, number>;
  const problems: string[] = [];
  for (const key of Object.keys(wanted) as K[]) {
    const { names, required = true } = wanted[key];
    const position = header.indexOf(...names);
    if (position < 0 && required) {
      problems.push(`colonne obligatoire absente : ${names[0]}`);
    }
    index[key] = position;
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, index };
}

/** The cell at a position (empty when the column is absent), trimmed. */
export function cell(fields: readonly string[], position: number): string {
  if (position < 0) return '';
  const value = fields[position];
  return value === undefined ? '' : value.trim();
}
