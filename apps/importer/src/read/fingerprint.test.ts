import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fingerprintFile } from './fingerprint.js';
import { readDelimited } from './read-delimited.js';

const dir = mkdtempSync(join(tmpdir(), 'ij-fingerprint-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function records(path: string) {
  const { encoding } = await fingerprintFile(path);
  const all = [];
  for await (const batch of readDelimited(path, encoding)) all.push(...batch);
  return all;
}

describe('encoding detection', () => {
  it('reads UTF-8 with or without BOM and Latin-1 (windows-1252) to the same text', async () => {
    const text = 'LIBELLE;CODE\r\nBÂTIMENT D’ŒUVRE – été;1\r\n';
    const utf8 = join(dir, 'utf8.csv');
    const bom = join(dir, 'bom.csv');
    const latin1 = join(dir, 'latin1.csv');
    writeFileSync(utf8, text, 'utf8');
    writeFileSync(bom, `\uFEFF${text}`, 'utf8');
    // windows-1252: Â=C2, ’=92, Œ=8C, –=96, é=E9
    writeFileSync(
      latin1,
      Buffer.from([
        ...Buffer.from('LIBELLE;CODE\r\nB', 'latin1'),
        0xc2,
        ...Buffer.from('TIMENT D', 'latin1'),
        0x92,
        0x8c,
        ...Buffer.from('UVRE ', 'latin1'),
        0x96,
        ...Buffer.from(' ', 'latin1'),
        0xe9,
        ...Buffer.from('t', 'latin1'),
        0xe9,
        ...Buffer.from(';1\r\n', 'latin1'),
      ]),
    );
    expect((await fingerprintFile(utf8)).encoding).toBe('utf-8');
    expect((await fingerprintFile(bom)).encoding).toBe('utf-8');
    expect((await fingerprintFile(latin1)).encoding).toBe('windows-1252');
    const expected = [
      ['LIBELLE', 'CODE'],
      ['BÂTIMENT D’ŒUVRE – été', '1'],
    ];
    for (const path of [utf8, bom, latin1]) {
      expect((await records(path)).map((record) => record.fields)).toEqual(expected);
    }
  });

  it('takes a UTF-8 character cut by the end of a chunk as UTF-8, one cut by the end of the file as not', async () => {
    const chunk = 1 << 20;
    for (const bytes of [
      [0xc3, 0xa9],
      [0xe2, 0x80, 0x99],
      [0xf0, 0x9f, 0x98, 0x80],
    ]) {
      // The character starts on the chunk's last byte.
      const path = join(dir, `cut-${bytes.length}.csv`);
      const head = Buffer.from(`A;B\n${'x'.repeat(chunk - 5)}`, 'latin1');
      writeFileSync(path, Buffer.concat([head, Buffer.from(bytes), Buffer.from(';y\n')]));
      expect((await fingerprintFile(path)).encoding).toBe('utf-8');
    }
    const truncated = join(dir, 'truncated.csv');
    writeFileSync(
      truncated,
      Buffer.concat([Buffer.from('A;B\nx;', 'latin1'), Buffer.from([0xe2, 0x80])]),
    );
    expect((await fingerprintFile(truncated)).encoding).toBe('windows-1252');
  });

  it('finds a Latin-1 byte far past the first chunk', async () => {
    const path = join(dir, 'late.csv');
    const ascii = Buffer.from(`A;B\n${'x;y\n'.repeat(600_000)}`, 'latin1');
    writeFileSync(path, Buffer.concat([ascii, Buffer.from([0x65, 0x3b, 0xe9, 0x0a])]));
    expect((await fingerprintFile(path)).encoding).toBe('windows-1252');
  });

  it('marks lines whose text was decoded with the wrong encoding', async () => {
    const path = join(dir, 'mojibake.csv');
    writeFileSync(path, 'A;B\nok;fine\nCr\uFFFDation;x\nRÃ©gion;y\n', 'utf8');
    const all = await records(path);
    expect(all.slice(1).map((record) => record.suspect)).toEqual([true, true, true]);
  });
});
