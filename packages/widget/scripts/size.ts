// `pnpm --filter @inserjeunes/widget size`: builds the widget with source maps into a
// temporary folder and prints the gzip size of each file, then what the entry is made of,
// source file by source file, so the next change knows where the bytes are.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { bundleBreakdown, type SourceMap } from './bundle-breakdown.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const ENTRY = 'inserjeunes-indicateurs.js';
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`.padStart(8);

/** `--breakdown`: only what the entry is made of (the benchmark prints the files itself). */
const breakdownOnly = process.argv.includes('--breakdown');

const out = mkdtempSync(join(tmpdir(), 'widget-size-'));
try {
  await build({
    root: ROOT,
    configFile: join(ROOT, 'vite.config.ts'),
    logLevel: 'error',
    build: { outDir: out, emptyOutDir: true, sourcemap: true },
  });
  const files = [
    ...readdirSync(out).filter((name) => name.endsWith('.js')),
    ...readdirSync(join(out, 'chunks'))
      .filter((name) => name.endsWith('.js'))
      .map((name) => `chunks/${name}`),
  ];
  if (!breakdownOnly) {
    console.log('Files (minified, and gzip -9):');
    for (const name of files) {
      const code = readFileSync(join(out, name));
      console.log(
        `  ${name.padEnd(44)}${kb(code.length)}${kb(gzipSync(code, { level: 9 }).length)}`,
      );
    }
    console.log('');
  }

  const code = readFileSync(join(out, ENTRY), 'utf8');
  const map = JSON.parse(readFileSync(join(out, `${ENTRY}.map`), 'utf8')) as SourceMap;
  const shares = bundleBreakdown(code, map);
  console.log(`${ENTRY} by source (minified bytes; gzip bytes it would lose without them):`);
  for (const share of shares) {
    console.log(
      `  ${share.source.padEnd(56)}${String(share.bytes).padStart(7)}${String(share.gzip).padStart(7)}`,
    );
  }
  const origin = (source: string) =>
    source.startsWith('lit') || source.startsWith('@lit/reactive-element')
      ? 'Lit'
      : source.startsWith('@lit/localize')
        ? '@lit/localize'
        : source.startsWith('contract ')
          ? '@inserjeunes/contract'
          : source.startsWith('widget src/generated/validators')
            ? 'widget: generated validators'
            : source.startsWith('widget ')
              ? 'widget: own code, styles, French texts'
              : source;
  const totals = new Map<string, number>();
  for (const share of shares) {
    totals.set(origin(share.source), (totals.get(origin(share.source)) ?? 0) + share.gzip);
  }
  console.log('\n  by origin (gzip):');
  for (const [name, bytes] of [...totals].sort((a, b) => b[1] - a[1])) {
    console.log(`    ${name.padEnd(42)}${kb(bytes)}`);
  }
} finally {
  rmSync(out, { recursive: true, force: true });
}
