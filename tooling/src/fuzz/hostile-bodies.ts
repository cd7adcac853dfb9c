import type { SeededRandom } from '../seeded-random.js';
import type { FuzzBody } from './fuzz-bodies.js';
import type { KnownValues } from './fuzz-values.js';

const ENCODER = new TextEncoder();

function body(label: string, contentType: string, text: string): FuzzBody {
  return { label, contentType, bytes: ENCODER.encode(text) };
}

function csvType(random: SeededRandom): string {
  return random.pick(['text/csv', 'text/csv; charset=utf-8']);
}

function columns(count: number, separator: string, quoted: boolean): string {
  return Array.from({ length: count }, (_, i) => (quoted ? `"c${i}"` : `c${i}`)).join(separator);
}

/** A line a partner's file could hold: an establishment, a code, a region. */
function shortLine(known: KnownValues, separator: string): string {
  return [known.uais[0] ?? '0699901M', known.codes[0] ?? '40025214', '84'].join(separator);
}

/**
 * A catalogue with thousands of columns, in its header or in one line: what once held the
 * event loop for a minute and ended out of memory (100,000 columns and 2,000 short lines).
 */
export function drawWideCatalogue(random: SeededRandom, known: KnownValues): FuzzBody {
  const count = random.pick([1_000, 5_000, 20_000, 100_000]);
  const separator = random.pick([';', ',', '\t']);
  const rows = random.pick([0, 1, 200, 2_000]);
  const quoted = random.chance(0.3);
  if (random.chance(0.7)) {
    const lines = `\n${shortLine(known, separator)}`.repeat(rows);
    return body(
      `CSV header of ${count} columns${quoted ? ', quoted' : ''}, ${rows} short lines`,
      csvType(random),
      `${columns(count, separator, quoted)}${lines}`,
    );
  }
  return body(
    `CSV line of ${count} cells under a 3-column header`,
    csvType(random),
    `uai${separator}code${separator}region\n${shortLine(known, separator)}\n${`x${separator}`.repeat(count)}`,
  );
}

/** A catalogue with one cell far past any code or label, or many cells just under the limit. */
export function drawLongCells(random: SeededRandom, known: KnownValues): FuzzBody {
  const length = random.pick([2_001, 10_000, 100_000, 1_000_000]);
  const header = 'uai;code;region';
  switch (random.int(5)) {
    case 0:
      return body(
        `CSV cell of ${length} characters`,
        csvType(random),
        `${header}\n${shortLine(known, ';')}\n0699901M;${'9'.repeat(length)};84`,
      );
    case 1:
      return body(
        `quoted CSV cell of ${length} characters of separators and line breaks`,
        csvType(random),
        `${header}\n"${'a;\n'.repeat(Math.ceil(length / 3))}";x;84`,
      );
    case 2:
      return body(
        `unclosed quote, then ${length} characters`,
        csvType(random),
        `${header}\n"${'x'.repeat(length)}`,
      );
    case 3:
      return body(
        '500 lines of 1,999-character cells',
        csvType(random),
        `${header}\n${`${'0'.repeat(1_999)};${'1'.repeat(1_999)};84\n`.repeat(500)}`,
      );
    default:
      return body(
        `JSON item with a ${length}-character code`,
        'application/json',
        JSON.stringify([{ code: '9'.repeat(length), uai: '0699901M' }]),
      );
  }
}

/** JSON nested thousands deep, or objects of hundreds to thousands of keys. */
export function drawDeepJson(random: SeededRandom, known: KnownValues): FuzzBody {
  const depth = random.pick([1_000, 10_000, 100_000]);
  const code = known.codes[0] ?? '40025214';
  switch (random.int(6)) {
    case 0:
      return body(
        `JSON arrays nested ${depth} deep`,
        'application/json',
        `${'['.repeat(depth)}${']'.repeat(depth)}`,
      );
    case 1:
      return body(
        `JSON objects nested ${depth} deep`,
        'application/json',
        `${'{"lignes":'.repeat(depth)}[]${'}'.repeat(depth)}`,
      );
    case 2: {
      const keys = random.pick([300, 1_000, 10_000]);
      const rows = keys >= 10_000 ? 1 : keys >= 1_000 ? 20 : 100;
      const item: Record<string, string> = { code };
      for (let i = 0; i < keys; i++) item[`k${i}`] = 'x';
      return body(
        `JSON list of ${rows} objects of ${keys} keys`,
        'application/json',
        JSON.stringify(
          random.chance(0.5) ? { lignes: Array(rows).fill(item) } : Array(rows).fill(item),
        ),
      );
    }
    case 3:
      return body(
        `JSON item whose code is an array nested ${depth} deep`,
        'application/json',
        `[{"code":${'['.repeat(depth)}${']'.repeat(depth)}}]`,
      );
    case 4:
      return body(
        'JSON object with "code" repeated 10,000 times',
        'application/json',
        `[{${`"code":"${code}",`.repeat(10_000)}"uai":"0699901M"}]`,
      );
    default:
      return body(
        'JSON list of 50,001 empty objects',
        'application/json',
        `[${Array(50_001).fill('{}').join(',')}]`,
      );
  }
}
