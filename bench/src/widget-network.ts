// `pnpm bench:widget-network`: the time from a partner page's navigation to the widget's first
// figures on a slow phone, for each audience. Chromium, driven through the DevTools protocol,
// emulates Slow 4G (1.6 Mbps down, 750 kbps up, 150 ms round trips) and a CPU slowed 4×; each
// run opens a new browser context (a cold cache). The widget is loaded by script tag from
// another origin (the API's), as partners include it, or shown by an iframe of the API's
// `/embed` page. Prints, per case, the median of 5 runs and the runs themselves, when the
// chart (supérieur) was drawn, and the widget's files with when each arrived. One unmeasured
// load of each kind comes first: a fresh browser and server are slower on their first loads.
// Only broken behaviour fails the run: figures that never show.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEMO_DIR } from '@inserjeunes/demo-data';
import { type Browser, chromium } from 'playwright-core';
import { run, startApi } from './harness/widget-api.js';

const RUNS = 5;
/** DevTools' Slow 4G, as the targets are stated: bytes per second, and milliseconds. */
const SLOW_4G = {
  offline: false,
  latency: 150,
  downloadThroughput: (1.6 * 1_000_000) / 8,
  uploadThroughput: (750 * 1000) / 8,
};
const CPU_SLOWDOWN = 4;
const TARGETS_MS: Record<string, number> = { '3eme': 1500, lycee: 1500, superieur: 2500 };
const EMBED_TARGET_MS = 1800;

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2
    ? (sorted[middle] ?? 0)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
};
const ms = (value: number) => `${Math.round(value)} ms`;

/**
 * Records, in every frame, when the widget's figures (or the state it shows) were drawn and
 * when its chart was: absolute times, so that an iframe's are read on the page's clock.
 */
const RECORDER = `(() => {
  const at = () => performance.timeOrigin + performance.now();
  document.addEventListener('inserjeunes-load', (event) => {
    window.__figuresAt = at();
    const widget = event.target;
    const canvas = widget && widget.shadowRoot && widget.shadowRoot.querySelector('canvas');
    if (canvas && widget.chartsComplete) widget.chartsComplete.then(() => { window.__chartAt = at(); });
  }, true);
  document.addEventListener('inserjeunes-error', () => { window.__failedAt = at(); }, true);
})();`;

type Attributes = Record<string, string>;

/** The partner site, on its own origin: the widget by script tag, or the embed page's iframe. */
function startPartner(api: string): Promise<{ url: string; server: Server }> {
  const server = createServer((request, response) => {
    const params = new URL(request.url ?? '/', 'http://partner').searchParams;
    const attributes = JSON.parse(params.get('attributes') ?? '{}') as Attributes;
    const quoted = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
    const widget =
      params.get('embed') === '1'
        ? `<iframe title="Indicateurs" style="width:100%;border:0;height:40rem" src="${quoted(`${api}/embed?${new URLSearchParams(attributes)}`)}"></iframe>`
        : `<inserjeunes-indicateurs${Object.entries(attributes)
            .map(([name, value]) => ` ${name}="${quoted(value)}"`)
            .join('')}></inserjeunes-indicateurs>`;
    const head =
      params.get('embed') === '1'
        ? ''
        : `<link rel="stylesheet" href="${api}/widget/v1/inserjeunes-indicateurs.css">
<script type="module" src="${api}/widget/v1/inserjeunes-indicateurs.js"></script>`;
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    response.end(`<!doctype html><html lang="fr"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">${head}
<style>body { font-family: sans-serif; max-width: 42rem; margin: 1rem auto; }</style></head>
<body><h1>Une formation</h1>${widget}<p>Texte de la page sous le widget.</p></body></html>`);
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({ url: `http://127.0.0.1:${port}`, server });
    });
  });
}

interface DemoCase {
  etat: string;
  code: string;
  uai?: string;
  region?: string;
  audience: string;
}

/** The widget's attributes for the demo case of `audience` showing `etat`. */
function caseAttributes(cases: DemoCase[], audience: string, etat: string): Attributes {
  const c = cases.find((entry) => entry.audience === audience && entry.etat === etat);
  if (c === undefined) throw new Error(`no demo case for ${audience} (${etat})`);
  return {
    code: c.code,
    ...(c.uai ? { uai: c.uai } : {}),
    ...(c.region ? { region: c.region } : {}),
  };
}

/** The partner page showing those attributes, by script tag (with the API's address) or iframe. */
function partnerUrl(partner: string, api: string, attributes: Attributes, embed: boolean): string {
  const query = new URLSearchParams({
    attributes: JSON.stringify(embed ? attributes : { ...attributes, api }),
    ...(embed ? { embed: '1' } : {}),
  });
  return `${partner}/?${query}`;
}

interface Run {
  figuresMs: number;
  chartMs: number | null;
  files: { name: string; endMs: number; bytes: number }[];
}

/** One cold load of the partner page on the slow profile, to the widget's first figures. */
async function oneRun(browser: Browser, url: string, embed: boolean): Promise<Run> {
  const context = await browser.newContext();
  await context.addInitScript(RECORDER);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  try {
    await page.goto(url, { waitUntil: 'commit' });
    const origin = await page.evaluate(() => performance.timeOrigin);
    let frame = page.mainFrame();
    if (embed) {
      const deadline = Date.now() + 20_000;
      let found = page.frames().find((candidate) => candidate.url().includes('/embed'));
      while (found === undefined && Date.now() < deadline) {
        await page.waitForTimeout(20);
        found = page.frames().find((candidate) => candidate.url().includes('/embed'));
      }
      if (found === undefined) throw new Error('the embed frame never appeared');
      frame = found;
    }
    // Functions, not strings: the embed page's policy forbids evaluating strings.
    const read = (name: string) => frame.evaluate((key) => Reflect.get(window, key), name);
    await frame.waitForFunction(
      () => Reflect.get(window, '__figuresAt') ?? Reflect.get(window, '__failedAt'),
      null,
      { timeout: 30_000 },
    );
    const figures = await read('__figuresAt');
    if (typeof figures !== 'number') throw new Error(`the widget failed to load (${url})`);
    const chart = await frame
      .waitForFunction(() => Reflect.get(window, '__chartAt'), null, { timeout: 10_000 })
      .then(() => read('__chartAt'))
      .catch(() => null);
    const frameOrigin = await frame.evaluate(() => performance.timeOrigin);
    const files = await frame.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .filter((entry) => entry.name.includes('/widget/v1/') || entry.name.includes('/api/'))
        .map((entry) => ({
          name: entry.name.replace(/^.*\/(widget\/v1|api)\//, '').replace(/\?.*$/, ''),
          endMs: (entry as PerformanceResourceTiming).responseEnd,
          bytes: (entry as PerformanceResourceTiming).transferSize,
        })),
    );
    const shift = frameOrigin - origin;
    return {
      figuresMs: figures - origin,
      chartMs: typeof chart === 'number' ? chart - origin : null,
      files: files.map((file) => ({ ...file, endMs: file.endMs + shift })),
    };
  } finally {
    await context.close();
  }
}

async function main() {
  console.log('Building the widget…');
  run('building the widget', 'pnpm', ['--filter', '@inserjeunes/widget', 'build']);
  const dataDir = mkdtempSync(join(tmpdir(), 'bench-widget-network-'));
  const api = await startApi(dataDir);
  const partner = await startPartner(api.url);
  // The partner and the API are two origins of one site: without site isolation, the
  // iframe shares the page's renderer, so the page's network and CPU emulation cover it.
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-site-isolation-trials',
    ],
  });
  let missed = false;
  try {
    const cases = JSON.parse(readFileSync(join(DEMO_DIR, 'cas.json'), 'utf8')) as {
      cas: DemoCase[];
    };
    const wanted: [string, string][] = [
      ['3eme', 'chiffres'],
      ['lycee', 'chiffres'],
      ['superieur', 'superieur_graphique'],
    ];
    // A fresh browser and a fresh server pay for starting on their first loads (the
    // renderer's first page, code compiled on the first requests): without one unmeasured
    // load of each kind first, the first case measured is the slowest for that reason alone.
    const first = wanted[0] ?? ['3eme', 'chiffres'];
    const warmUp = caseAttributes(cases.cas, first[0], first[1]);
    for (const embed of [false, true]) {
      await oneRun(browser, partnerUrl(partner.url, api.url, warmUp, embed), embed);
    }
    console.log(
      `\nTime from navigation to first figures, Slow 4G (${SLOW_4G.downloadThroughput * 0.008} kbps down, ${SLOW_4G.latency} ms RTT) and CPU ÷${CPU_SLOWDOWN}, cold cache, median of ${RUNS}:`,
    );
    for (const [audience, etat] of wanted) {
      const attributes = caseAttributes(cases.cas, audience, etat);
      for (const embed of [false, true]) {
        const url = partnerUrl(partner.url, api.url, attributes, embed);
        const runs: Run[] = [];
        for (let i = 0; i < RUNS; i++) runs.push(await oneRun(browser, url, embed));
        const figures = median(runs.map((r) => r.figuresMs));
        const target = embed ? EMBED_TARGET_MS : (TARGETS_MS[audience] ?? 0);
        const met = figures <= target;
        missed ||= !met;
        const charts = runs.flatMap((r) => (r.chartMs === null ? [] : [r.chartMs]));
        const label = `${audience} ${embed ? 'iframe /embed' : 'script tag'}`;
        console.log(
          `  ${label.padEnd(24)} ${ms(figures).padStart(8)}  target ≤ ${ms(target)} ${met ? 'met' : 'MISSED'}  (runs ${runs.map((r) => ms(r.figuresMs)).join(', ')})${charts.length > 0 ? `; chart drawn at ${ms(median(charts))}` : ''}`,
        );
        const sample = runs[runs.length >> 1] ?? runs[0];
        const files = [...(sample?.files ?? [])].sort((a, b) => a.endMs - b.endMs);
        console.log(
          `    ${files.map((f) => `${f.name.replace(/-[\w-]{8}\.js$/, '.js')} ${ms(f.endMs)}`).join(' · ')}`,
        );
      }
    }
    console.log(
      `\nTargets: 3eme and lycee ≤ 1.5 s, superieur ≤ 2.5 s (figures before the chart), the /embed page ≤ 1.8 s: ${missed ? 'MISSED' : 'met'}`,
    );
  } finally {
    await browser.close();
    partner.server.close();
    api.process.kill('SIGTERM');
    await new Promise((resolve) => api.process.once('exit', resolve));
    rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();
