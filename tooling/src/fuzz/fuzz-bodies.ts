import type { SeededRandom } from '../seeded-random.js';
import { drawValue, type KnownValues } from './fuzz-values.js';

/** A request body and the Content-Type it is sent with (none when `contentType` is null). */
export interface FuzzBody {
  contentType: string | null;
  bytes: Uint8Array;
  /** What the body is, for the replay line. */
  label: string;
}

const ENCODER = new TextEncoder();

const CONTENT_TYPES = [
  'text/csv',
  'text/csv; charset=utf-8',
  'text/csv; charset=iso-8859-1',
  'application/json',
  'application/json; charset=utf-16',
  'text/plain',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
  'application/octet-stream',
  'json/csv',
  '',
];

function text(label: string, contentType: string | null, body: string): FuzzBody {
  return { label, contentType, bytes: ENCODER.encode(body) };
}

/** A catalogue line: a UAI, a code and a region, each valid, near-valid or hostile. */
function catalogueCells(random: SeededRandom, known: KnownValues, hostility: number): string[] {
  const pair =
    known.formations.length > 0 && random.chance(0.3) ? random.pick(known.formations) : null;
  return [
    pair?.uai ?? drawValue(random, 'uai', known, hostility),
    pair?.code ?? drawValue(random, 'code', known, hostility),
    drawValue(random, 'region', known, hostility),
  ];
}

function csvCell(value: string, separator: string): string {
  return /["\r\n]/.test(value) || value.includes(separator)
    ? `"${value.replaceAll('"', '""')}"`
    : value;
}

/** A catalogue for the coverage route, well formed or broken in one of the ways files are. */
export function drawCatalogue(
  random: SeededRandom,
  known: KnownValues,
  hostility: number,
): FuzzBody {
  const csvType = random.chance(0.8)
    ? random.pick(CONTENT_TYPES.slice(0, 3))
    : random.pick(CONTENT_TYPES);
  const jsonType = random.chance(0.8) ? 'application/json' : random.pick(CONTENT_TYPES);
  const rows = random.pick([0, 1, 2, 5, 20, 200]);
  const separator = random.pick([';', ',', '\t', '|']);
  const headers = [
    ['uai', 'code', 'region'],
    ['UAI', 'CFD', 'Région'],
    ['numero_uai', 'code_certification', 'code_region'],
    ['a', 'b', 'c'],
    ['code', 'code', 'code'],
    ['', '', ''],
  ];
  const header = random.pick(random.chance(hostility) ? headers : headers.slice(0, 3));
  // A tame request sends a well-formed catalogue; a hostile one any of the broken kinds.
  switch (random.chance(hostility) ? random.int(16) : random.int(4)) {
    case 0:
    case 1:
    case 2: {
      const lines = [header.join(separator)];
      for (let i = 0; i < rows; i++) {
        lines.push(
          catalogueCells(random, known, hostility)
            .map((cell) => csvCell(cell, separator))
            .join(separator),
        );
      }
      return text(
        `CSV catalogue, ${rows} rows, "${separator}"`,
        csvType,
        lines.join(random.pick(['\n', '\r\n', '\r'])),
      );
    }
    case 3: {
      const items = Array.from({ length: rows }, () => {
        const [uai, code, region] = catalogueCells(random, known, hostility);
        return { uai, code, region };
      });
      return text(
        `JSON catalogue, ${rows} items`,
        jsonType,
        JSON.stringify(random.chance(0.5) ? items : { lignes: items }),
      );
    }
    case 4:
      return text(
        'CSV with an unclosed quote',
        csvType,
        `uai;code\n"0699901M;${known.codes[0] ?? '40025214'}\n`,
      );
    case 5:
      return text(
        'CSV header only, or blank lines',
        csvType,
        random.pick(['uai;code;region', '\n\n\n', '\uFEFF', ';;;\n;;;', '"']),
      );
    case 6: {
      const bytes = new Uint8Array(300);
      for (let i = 0; i < bytes.length; i++) bytes[i] = random.int(256);
      return { label: '300 random bytes', contentType: random.pick(CONTENT_TYPES), bytes };
    }
    case 7:
      return text(
        'CSV of 2,000 columns',
        csvType,
        `${Array.from({ length: 2000 }, (_, i) => `c${i}`).join(';')}\n${'x;'.repeat(2000)}`,
      );
    case 8:
      return text('CSV with a 2 MB cell', csvType, `code\n${'9'.repeat(2_000_000)}`);
    case 9:
      return text(
        'CSV of formulas and markup',
        csvType,
        `code;uai;region\n=1+1;@SUM(A1);+33\n"<script>alert(1)</script>";-2+3;"=HYPERLINK(""x"")"\n`,
      );
    case 10:
      return text(
        'JSON that is no catalogue',
        jsonType,
        random.pick([
          'null',
          '"x"',
          '42',
          'true',
          '{}',
          '[1,2,3]',
          '[[1],[2]]',
          '[null]',
          '{"lignes":{}}',
          '{"lignes":"x"}',
          '[{"code":{"a":1}}]',
          '[{"__proto__":{"code":"x"}}]',
          '[{"code":1e309}]',
          '[{"constructor":"x","toString":"y"}]',
        ]),
      );
    case 11:
      return text(
        'malformed JSON',
        'application/json',
        random.pick([
          '[',
          '{"a":',
          '[{"code":"x"},]',
          "{'code':'x'}",
          '\uFEFF[',
          'NaN',
          '[1,]',
          '{"a":"\\ud800"}',
        ]),
      );
    case 12:
      return text(
        'JSON nested 100,000 deep',
        jsonType,
        `${'['.repeat(100_000)}${']'.repeat(100_000)}`,
      );
    case 13:
      return text(
        'CSV of 50,001 rows',
        csvType,
        `code\n${`${known.codes[0] ?? '40025214'}\n`.repeat(50_001)}`,
      );
    case 14:
      return {
        label: 'Latin-1 CSV',
        contentType: csvType,
        bytes: latin1('uai;code;région\n0699901M;x;84\n'),
      };
    default:
      return text('empty body', random.pick([...CONTENT_TYPES, null]), '');
  }
}

function latin1(value: string): Uint8Array {
  return Uint8Array.from(value, (char) => char.charCodeAt(0) & 0xff);
}

/** A body past the route's limit, with or without a truthful Content-Length. */
export function oversizedBody(bytes: number): FuzzBody {
  const body = new Uint8Array(bytes);
  body.fill(0x3b);
  return {
    label: `${(bytes / 1024 / 1024).toFixed(1)} MiB of ";"`,
    contentType: 'text/csv',
    bytes: body,
  };
}
