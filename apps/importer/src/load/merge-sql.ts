import type { Staged } from './stager.js';

/**
 * The statement merging a staged table into its real table: `replace` writes the file's
 * values, `fill` only empty columns, and the table's `newer` columns (an establishment's
 * name) where the file outranks the import that wrote the row (ADR 26).
 */
export function mergeSql(entry: Staged): string {
  const { spec, mode, stageTable } = entry;
  const { columns, key } = spec;
  const values = columns.map((column) => spec.select[column] ?? `s.${column}`);
  const target = spec.constraint ? `on constraint ${spec.constraint}` : `(${key.join(', ')})`;
  const others = columns.filter((column) => !key.includes(column));
  let action: string;
  if (others.length === 0) {
    action = 'do nothing';
  } else if (mode === 'replace') {
    action = `do update set ${others.map((c) => `${c} = excluded.${c}`).join(', ')}, import_id = excluded.import_id
      where (${others.map((c) => `t.${c}`).join(', ')}) is distinct from (${others.map((c) => `excluded.${c}`).join(', ')})`;
  } else {
    const newer = spec.newer.filter((c) => others.includes(c));
    // Whether the file's import outranks the one that wrote the row, and a newer value with it.
    const outranks = `exists (select 1 from import n, import o where n.id = excluded.import_id
      and o.id = t.import_id and (n.rang, coalesce(n.publie_le, '')) > (o.rang, coalesce(o.publie_le, '')))`;
    const renewed = newer.map(
      (c) =>
        `(excluded.${c} is not null and excluded.${c} is distinct from t.${c} and ${outranks})`,
    );
    const set = others.map((c) =>
      newer.includes(c)
        ? `${c} = case when ${renewed[newer.indexOf(c)]} then excluded.${c} else coalesce(t.${c}, excluded.${c}) end`
        : `${c} = coalesce(t.${c}, excluded.${c})`,
    );
    if (renewed.length > 0) {
      set.push(
        `import_id = case when ${renewed.join(' or ')} then excluded.import_id else t.import_id end`,
      );
    }
    action = `do update set ${set.join(', ')}
      where ${[...others.map((c) => `(t.${c} is null and excluded.${c} is not null)`), ...renewed].join(' or ')}`;
  }
  // Figures also say which codes changed: the derivations are rebuilt for those only.
  const figures = spec.name === 'indicateur';
  return `with changed as (
    insert into ${spec.name} as t (${columns.join(', ')}, import_id)
    select ${values.join(', ')}, $1::int from ${stageTable} s
    on conflict ${target} ${action}
    returning ${figures ? 't.code' : '1'}
  ) select count(*)::int as n${figures ? ', array_agg(distinct code) filter (where code is not null) as codes' : ''} from changed`;
}
