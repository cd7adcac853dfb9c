/**
 * JSON laid out the way the repository's formatter lays it out (objects one key per line,
 * arrays of plain values on one line when they fit in 100 columns), so a generated file
 * passes the lint as written and regenerating it never reformats anything.
 */
export function jsonText(value: unknown): string {
  return `${write(value, 0, 0)}\n`;
}

const WIDTH = 100;

/** `prefix` is how many columns precede the value on its line (indent and key). */
function write(value: unknown, indent: number, prefix: number, suffix = 0): string {
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    if (value.every((item) => item === null || typeof item !== 'object')) {
      const inline = `[${value.map((item) => JSON.stringify(item)).join(', ')}]`;
      if (prefix + inline.length + suffix <= WIDTH) return inline;
    }
    const pad = ' '.repeat(indent + 2);
    const items = value.map(
      (item, i) => `${pad}${write(item, indent + 2, indent + 2, i < value.length - 1 ? 1 : 0)}`,
    );
    return `[\n${items.join(',\n')}\n${' '.repeat(indent)}]`;
  }
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value);
    if (entries.length === 0) return '{}';
    const pad = ' '.repeat(indent + 2);
    const lines = entries.map(([key, item], i) => {
      const head = `${pad}${JSON.stringify(key)}: `;
      const comma = i < entries.length - 1 ? 1 : 0;
      return `${head}${write(item, indent + 2, head.length, comma)}`;
    });
    return `{\n${lines.join(',\n')}\n${' '.repeat(indent)}}`;
  }
  return JSON.stringify(value);
}
