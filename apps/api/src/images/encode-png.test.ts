import { crc32, inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { pngSize } from '../testing/read-png.js';
import { encodePng } from './encode-png.js';

/** Decodes the PNGs `encodePng` writes (RGBA 8 bits, filters None and Up), checking every chunk's CRC. */
function decode(png: Uint8Array): { width: number; height: number; rgba: Uint8Array } {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  let offset = 8;
  let width = 0;
  let height = 0;
  const data: Uint8Array[] = [];
  while (offset < png.length) {
    const length = view.getUint32(offset);
    const type = String.fromCharCode(...png.subarray(offset + 4, offset + 8));
    const body = png.subarray(offset + 8, offset + 8 + length);
    expect(view.getUint32(offset + 8 + length)).toBe(
      crc32(png.subarray(offset + 4, offset + 8 + length)),
    );
    if (type === 'IHDR') {
      width = view.getUint32(offset + 8);
      height = view.getUint32(offset + 12);
      expect([...body.subarray(8)]).toEqual([8, 6, 0, 0, 0]);
    }
    if (type === 'IDAT') data.push(body);
    offset += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(data));
  const stride = width * 4;
  const rgba = new Uint8Array(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    for (let x = 0; x < stride; x++) {
      const value = raw[y * (stride + 1) + 1 + x] ?? 0;
      const above = y === 0 ? 0 : (rgba[(y - 1) * stride + x] ?? 0);
      rgba[y * stride + x] = filter === 2 ? (value + above) & 0xff : value;
    }
  }
  return { width, height, rgba };
}

describe('encodePng', () => {
  it('writes pixels a PNG decoder reads back exactly', async () => {
    const width = 5;
    const height = 4;
    const rgba = new Uint8Array(width * height * 4).map((_, i) => (i * 37 + (i >> 3) * 11) & 0xff);
    const png = await encodePng(width, height, rgba);
    expect(pngSize(png)).toEqual({ width, height });
    const decoded = decode(png);
    expect(decoded.rgba).toEqual(rgba);
  });

  it('refuses pixels that do not make the size given', async () => {
    await expect(encodePng(2, 2, new Uint8Array(15))).rejects.toThrow(
      'pixels for 2×2 expected, 15 bytes given',
    );
  });
});
