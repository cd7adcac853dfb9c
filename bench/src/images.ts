// `pnpm bench:images`: starts the API on a fresh PGlite folder with the demo data, then asks
// the image of every gallery example (one per widget state) for each audience, in SVG and
// in PNG: first drawn (cold), then again (served from the cache). It prints the time to
// answer and the size of each format (median and worst), and the latency of a constant
// JSON route (`GET /api`) polled meanwhile, which shows whether drawing holds up other
// requests. Figures are printed; only broken behaviour (a non-200 image) fails the run.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { childEnv } from './env.js';
import { ApiServer } from './harness/api-server.js';
import { ROOT } from './harness/repo-paths.js';

const AUDIENCES = ['3eme', 'lycee', 'superieur'] as const;

interface Example {
  code: string;
  uai: string | null;
  region: string | null;
}

const quantile = (values: number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
};
const ms = (value: number) => `${value.toFixed(0)} ms`;
const kb = (value: number) => `${(value / 1024).toFixed(1)} KB`;

async function timed(url: string): Promise<{ ms: number; bytes: number; cache: string | null }> {
  const start = performance.now();
  const response = await fetch(url);
  const body = new Uint8Array(await response.arrayBuffer());
  if (response.status !== 200) throw new Error(`${response.status} for ${url}`);
  return {
    ms: performance.now() - start,
    bytes: body.length,
    cache: response.headers.get('X-Cache'),
  };
}

const dataDir = mkdtempSync(join(tmpdir(), 'bench-images-'));
const env = { PGLITE_DIR: dataDir, LOG_LEVEL: 'warn', RATE_LIMIT_ANONYME: '100000' };
// The importer exits non-zero on files it does not recognise; the demo's figures are what counts.
spawnSync('pnpm', ['exec', 'tsx', 'apps/importer/src/cli.ts', '--demo-if-empty'], {
  cwd: ROOT,
  env: childEnv(env),
  stdio: 'ignore',
});
const server = await ApiServer.start(env);
try {
  const { exemples } = (await (await fetch(`${server.origin}/api/galerie/exemples`)).json()) as {
    exemples: Example[];
  };
  const urls = exemples.flatMap((exemple) =>
    AUDIENCES.map((audience) => {
      const params = new URLSearchParams({ audience });
      if (exemple.uai !== null) params.set('uai', exemple.uai);
      if (exemple.region !== null) params.set('region', exemple.region);
      return (ext: string) =>
        `${server.origin}/api/inserjeunes/affichage/${encodeURIComponent(exemple.code)}.${ext}?${params}`;
    }),
  );
  console.log(
    `${exemples.length} examples × ${AUDIENCES.length} audiences = ${urls.length} images per format`,
  );

  // A constant route polled while images are drawn: its latency is what other readers wait.
  let polling = true;
  const pings: number[] = [];
  const poller = (async () => {
    while (polling) {
      const start = performance.now();
      await (await fetch(`${server.origin}/api`)).arrayBuffer();
      pings.push(performance.now() - start);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  })();

  for (const ext of ['svg', 'png']) {
    pings.length = 0;
    const cold = [];
    for (const url of urls) cold.push(await timed(url(ext)));
    const coldPings = [...pings];
    const warm = [];
    for (const url of urls) warm.push(await timed(url(ext)));
    const sizes = cold.map((entry) => entry.bytes);
    console.log(
      `${ext.toUpperCase()}: drawn ${ms(
        quantile(
          cold.map((e) => e.ms),
          0.5,
        ),
      )} median, ${ms(Math.max(...cold.map((e) => e.ms)))} worst; ` +
        `from cache ${ms(
          quantile(
            warm.map((e) => e.ms),
            0.5,
          ),
        )} median (${warm.filter((e) => e.cache === 'hit').length}/${warm.length} hits); ` +
        `size ${kb(quantile(sizes, 0.5))} median, ${kb(Math.max(...sizes))} largest`,
    );
    console.log(
      `  GET /api meanwhile: ${ms(quantile(coldPings, 0.5))} median, ${ms(quantile(coldPings, 0.99))} p99, ${ms(Math.max(...coldPings))} worst over ${coldPings.length} requests`,
    );
  }
  polling = false;
  await poller;
} finally {
  await server.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
