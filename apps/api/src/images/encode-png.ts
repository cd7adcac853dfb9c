import { promisify } from 'node:util';
import { crc32, deflate } from 'node:zlib';

const deflateAsync = promisify(deflate);
const SIGNATURE = Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a);

function chunk(type: string, data: Uint8Array): Uint8Array {
  const bytes = new Uint8Array(12 + data.length);
  const view = new DataView(bytes.buffer);
  view.setUint32(0, data.length);
  bytes.set(Buffer.from(type, 'latin1'), 4);
  bytes.set(data, 8);
  view.setUint32(8 + data.length, crc32(bytes.subarray(4, 8 + data.length)));
  return bytes;
}

/**
 * Encodes RGBA pixels (8 bits a channel, rows top to bottom) as a PNG. Compression runs in
 * zlib's thread pool, so a large image does not hold up the server's other requests. Each
 * row is stored as the difference from the row above ("Up" filter): an image of flat
 * colours then compresses to little more than its edges.
 */
export async function encodePng(
  width: number,
  height: number,
  rgba: Uint8Array,
): Promise<Uint8Array<ArrayBuffer>> {
  const stride = width * 4;
  if (rgba.length !== stride * height) {
    throw new Error(`pixels for ${width}×${height} expected, ${rgba.length} bytes given`);
  }
  const filtered = new Uint8Array((stride + 1) * height);
  for (let y = 0; y < height; y++) {
    const row = y * (stride + 1);
    filtered[row] = y === 0 ? 0 : 2;
    const current = y * stride;
    if (y === 0) {
      filtered.set(rgba.subarray(0, stride), row + 1);
      continue;
    }
    const above = current - stride;
    for (let x = 0; x < stride; x++) {
      filtered[row + 1 + x] = ((rgba[current + x] ?? 0) - (rgba[above + x] ?? 0)) & 0xff;
    }
  }
  const header = new Uint8Array(13);
  const view = new DataView(header.buffer);
  view.setUint32(0, width);
  view.setUint32(4, height);
  header.set([8, 6, 0, 0, 0], 8); // 8 bits, RGBA, deflate, standard filters, no interlace
  const data = await deflateAsync(filtered);
  const parts = [
    SIGNATURE,
    chunk('IHDR', header),
    chunk('IDAT', data),
    chunk('IEND', new Uint8Array()),
  ];
  const png = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    png.set(part, offset);
    offset += part.length;
  }
  return png;
}
