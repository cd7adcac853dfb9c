#!/usr/bin/env node
// `node scripts/precompress.mjs <folder>…`: after a build, writes next to every text file of
// the folders (JS, CSS, HTML, SVG, JSON, source maps) of 1 KB or more its Brotli (`.br`,
// quality 11) and gzip (`.gz`, level 9) forms, which the API serves as they are to clients
// that accept them. Run by the widget's and the gallery's `build` scripts.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const TEXT = /\.(js|mjs|css|html|svg|json|map|txt)$/;
const MIN_BYTES = 1024;

function* files(folder) {
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else if (TEXT.test(entry.name)) yield path;
  }
}

const folders = process.argv.slice(2);
if (folders.length === 0) {
  console.error('usage: node scripts/precompress.mjs <folder>…');
  process.exit(2);
}
let count = 0;
let before = 0;
let after = 0;
for (const folder of folders) {
  if (!statSync(folder, { throwIfNoEntry: false })?.isDirectory()) {
    console.error(`precompress: ${folder} is not a folder`);
    process.exit(2);
  }
  for (const path of files(folder)) {
    const body = readFileSync(path);
    if (body.byteLength < MIN_BYTES) continue;
    const br = brotliCompressSync(body, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 11,
        [constants.BROTLI_PARAM_SIZE_HINT]: body.byteLength,
      },
    });
    writeFileSync(`${path}.br`, br);
    writeFileSync(`${path}.gz`, gzipSync(body, { level: 9 }));
    count++;
    before += body.byteLength;
    after += br.byteLength;
  }
}
console.log(
  `precompress: ${count} files, ${(before / 1024).toFixed(1)} KB → ${(after / 1024).toFixed(1)} KB with Brotli`,
);
