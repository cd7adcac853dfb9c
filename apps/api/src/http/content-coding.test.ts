import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { chooseCoding, compress, compressible } from './content-coding.js';

describe('content coding', () => {
  it('prefers Brotli, then gzip, and honours q=0 and *', () => {
    expect(chooseCoding('gzip, deflate, br, zstd')).toBe('br');
    expect(chooseCoding('gzip, deflate')).toBe('gzip');
    expect(chooseCoding('br;q=0, gzip;q=0.8')).toBe('gzip');
    expect(chooseCoding('br;q=0, gzip;q=0')).toBeNull();
    expect(chooseCoding('*')).toBe('br');
    expect(chooseCoding('*;q=0')).toBeNull();
    expect(chooseCoding('br;q=0, *')).toBe('gzip');
    expect(chooseCoding('identity')).toBeNull();
    expect(chooseCoding('deflate')).toBeNull();
    expect(chooseCoding('')).toBeNull();
    expect(chooseCoding(undefined)).toBeNull();
  });

  it('compresses text types only', () => {
    expect(compressible('application/json; charset=utf-8')).toBe(true);
    expect(compressible('text/csv; charset=utf-8')).toBe(true);
    expect(compressible('text/html; charset=UTF-8')).toBe(true);
    expect(compressible('text/javascript; charset=utf-8')).toBe(true);
    expect(compressible('text/css; charset=utf-8')).toBe(true);
    expect(compressible('image/png')).toBe(false);
    expect(compressible(null)).toBe(false);
  });

  it('gives back the same bytes once decompressed', async () => {
    const body = new TextEncoder().encode(JSON.stringify({ lignes: Array(200).fill('x') }));
    expect(brotliDecompressSync(await compress(body, 'br'))).toEqual(Buffer.from(body));
    expect(gunzipSync(await compress(body, 'gzip'))).toEqual(Buffer.from(body));
  });
});
