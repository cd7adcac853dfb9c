import { describe, expect, it } from 'vitest';
import { CsvParser, detectSeparator } from './csv-parser.js';

function parse(text: string, separator = ';', chunkSize = text.length, keep?: Uint8Array) {
  const parser = new CsvParser(separator, keep);
  const records = [];
  for (let start = 0; start < text.length; start += chunkSize) {
    records.push(...parser.push(text.slice(start, start + chunkSize)));
  }
  records.push(...parser.end());
  return records;
}

describe('CsvParser', () => {
  it('reads the columns it is asked for only, the others as empty, whatever the chunks', () => {
    const text = 'a;b;c;d\n1;long value here;"quoted; kept";4\r\nx;y;z;w;extra\n';
    const keep = new Uint8Array([1, 0, 0, 1]);
    for (const size of [1, 3, 7, text.length]) {
      expect(parse(text, ';', size, keep)).toEqual([
        { line: 1, fields: ['a', '', '', 'd'] },
        { line: 2, fields: ['1', '', 'quoted; kept', '4'] },
        // Beyond the header's columns, every field is read: a line too long must be seen.
        { line: 3, fields: ['x', '', '', 'w', 'extra'] },
      ]);
    }
  });

  it('reads whole plain lines as it reads them character by character', () => {
    // One-character chunks never hold a whole line: the reference is the state machine.
    const text =
      'a;b;c\n\n1;;3\r\n;;\n\r\n;\rx;y\r\n4;"q";6\n7;8\r\r\n9;"a\nb";\r\nlast;one;"x"y\nend';
    for (const keep of [undefined, new Uint8Array([1, 0, 1])]) {
      const reference = parse(text, ';', 1, keep);
      expect(reference.length).toBe(9);
      for (const size of [2, 5, 16, text.length])
        expect(parse(text, ';', size, keep)).toEqual(reference);
    }
  });

  it('reads LF and CRLF lines alike, with the line each record starts on', () => {
    const lf = parse('a;b\n1;2\n3;4\n');
    const crlf = parse('a;b\r\n1;2\r\n3;4\r\n');
    expect(crlf).toEqual(lf);
    expect(lf).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: ['1', '2'] },
      { line: 3, fields: ['3', '4'] },
    ]);
  });

  it('keeps separators, quotes and line breaks inside quoted fields', () => {
    const records = parse('a|b\n"x|y"|"say ""hi"""\n"two\nlines"|z\nlast|1', '|');
    expect(records[1]?.fields).toEqual(['x|y', 'say "hi"']);
    expect(records[2]).toEqual({ line: 3, fields: ['two\nlines', 'z'] });
    expect(records[3]).toEqual({ line: 5, fields: ['last', '1'] });
  });

  it('gives the same records whatever the chunk boundaries', () => {
    const text = 'h1;h2;h3\r\n"a;1";b;\r\n"c""d";"e\r\nf";g\r\n;;\r\nlast;line;here';
    const whole = parse(text);
    for (const size of [1, 2, 3, 5, 7, 13]) expect(parse(text, ';', size)).toEqual(whole);
    expect(whole[1]?.fields).toEqual(['a;1', 'b', '']);
    expect(whole[2]?.fields).toEqual(['c"d', 'e\r\nf', 'g']);
    expect(whole[3]?.fields).toEqual(['', '', '']);
    expect(whole[4]?.fields).toEqual(['last', 'line', 'here']);
  });

  it('keeps a field that only begins with a quote as written', () => {
    const [, record] = parse('a;b\n"Label" créé en 2020;x\n');
    expect(record?.fields).toEqual(['"Label" créé en 2020', 'x']);
    expect(record?.error).toBeUndefined();
  });

  it('reports a line cut inside an open quote', () => {
    const records = parse('a;b\n1;"never closed\n2;3');
    expect(records[1]?.error).toMatch(/tronquée/);
  });

  it('skips blank lines', () => {
    expect(parse('a;b\n\n1;2\n\n').map((record) => record.fields)).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });
});

describe('detectSeparator', () => {
  it.each([
    ['MEF|DISPOSITIF_FORMATION|FORMATION_DIPLOME', '|'],
    ['millesime;code_region;voie', ';'],
    ['"n°UAI; de";"Libellé";"Région"', ';'],
    ['a\tb\tc', '\t'],
    ['single', ';'],
  ])('finds the separator of %j', (header, separator) => {
    expect(detectSeparator(header)).toBe(separator);
  });
});
