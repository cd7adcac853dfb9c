import type { MergeMode, TableSpec, Value } from './tables.js';

type AnyRow = Readonly<Record<string, Value>>;

/**
 * Why a row whose key an earlier line of the file already gave is refused, or undefined
 * when it is not: filling gaps is best effort (the first line to name a row is enough), and
 * a table that accepts repeats takes the same values again.
 */
export function duplicateReason(
  spec: TableSpec,
  mode: MergeMode,
  row: AnyRow,
  previous: { line: number; row?: AnyRow },
): string | undefined {
  if (spec.duplicates === 'keep-first' || mode === 'fill') return undefined;
  if (
    spec.duplicates === 'identical' &&
    previous.row !== undefined &&
    spec.columns.every((column) => previous.row?.[column] === row[column])
  ) {
    return undefined;
  }
  const key = spec.key.map((column) => `${column}=${String(row[column] ?? '')}`).join(', ');
  return spec.duplicates === 'identical'
    ? `${key} déjà décrit ligne ${previous.line} avec d’autres valeurs`
    : `ligne en double : même ${spec.name} (${key}) que la ligne ${previous.line}`;
}
