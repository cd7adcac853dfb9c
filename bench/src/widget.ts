// `pnpm bench:widget`: builds the widget and prints what a partner page pays for it: the
// gzip and br size of each file (br, as served, is what the targets count) and what the
// entry is made of; which files each variant fetches in Chromium, before its figures show
// and after; the entry (what a page fetches before its API call can start) and what a
// French 3eme or lycee page fetches before its figures show; and, over 20
// loads against the real API on localhost, the time from inserting the element to figures
// on screen next to a bare fetch() of the same URL and next to a control (a trivial
// element showing the same answer as text), and the layout shift while loading. Figures
// are printed; only broken behaviour fails the run.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { DEMO_DIR } from '@inserjeunes/demo-data';
import { type Browser, chromium, type Page } from 'playwright-core';
import { ROOT } from './harness/repo-paths.js';
import { run, startApi } from './harness/widget-api.js';

const DIST = join(ROOT, 'packages/widget/dist');
const LOADS = 20;
const TARGETS = { entryKb: 15, overheadMs: 50, cls: 0 };

const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2
    ? (sorted[middle] ?? 0)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
};
const verdict = (ok: boolean) => (ok ? 'met' : 'MISSED');

/** A file as the server sends it to browsers that accept br (all current ones). */
const brotli = (code: Buffer) =>
  brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

/** The compressed size of each built file (br, as served), by name (hash included), printed as it goes. */
function sizes(): Map<string, number> {
  console.log('\nBundle (minified, gzip -9, and br 11 as served):');
  const files = [
    ...readdirSync(DIST).filter((name) => name.endsWith('.js')),
    ...readdirSync(join(DIST, 'chunks')).map((name) => `chunks/${name}`),
  ];
  const sizes = new Map<string, number>();
  for (const name of files) {
    const code = readFileSync(join(DIST, name));
    const gzip = gzipSync(code, { level: 9 }).length;
    const br = brotli(code);
    sizes.set(name, br);
    console.log(
      `  ${name.padEnd(48)} ${kb(code.length).padStart(6)} KB  gzip ${kb(gzip).padStart(5)} KB  br ${kb(br).padStart(5)} KB`,
    );
  }
  return sizes;
}

/**
 * The control: the least any element can do with the same answer — fetch it and show it
 * as text. What it costs over a bare fetch() is the browser's own (a new element, layout,
 * a first paint), which no widget can avoid.
 */
const CONTROL = `customElements.define('ij-control', class extends HTMLElement {
  async connectedCallback() {
    const root = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
    const body = await (await fetch(this.getAttribute('src'))).json();
    const pre = document.createElement('pre');
    pre.style.whiteSpace = 'pre-wrap';
    pre.textContent = JSON.stringify(body, null, 1);
    root.replaceChildren(pre);
    this.dispatchEvent(new Event('ij-control-load'));
  }
});`;

/**
 * A partner site on another origin: a page with the script tag and text under the widget
 * (and, with `control=1`, the control element defined too).
 */
function startPartner(api: string): Promise<{ url: string; server: Server }> {
  const server = createServer((request, response) => {
    const params = new URL(request.url ?? '/', 'http://partner').searchParams;
    const lang = params.get('lang') === 'en' ? 'en' : 'fr';
    const control = params.get('control') === '1' ? `<script>${CONTROL}</script>` : '';
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    response.end(`<!doctype html><html lang="${lang}"><head><meta charset="utf-8">
<script type="module" src="${api}/widget/v1/inserjeunes-indicateurs.js"></script>${control}
<style>body { font-family: sans-serif; max-width: 42rem; margin: 1rem auto; }</style></head>
<body><h1>Une formation</h1><main id="slot"></main><p id="below">Texte de la page sous le widget.</p></body></html>`);
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({ url: `http://127.0.0.1:${port}`, server });
    });
  });
}

/** What to insert: the widget with its attributes, or the control showing `src` as text. */
type Subject =
  | { kind: 'widget'; attributes: Record<string, string> }
  | { kind: 'control'; src: string };

interface Measure {
  /** Insert → figures (or the control's text) painted. */
  ms: number;
  /** What moved after the first frame was painted, if anything. */
  shifts: string[];
  fetchMs: number;
  cls: number;
  loaded: boolean;
  /** When the figures were drawn (the load event), on the page's clock. */
  loadedAt: number;
  /** The widget's files the page asked for, with when (page's clock; hash left in). */
  files: { name: string; startTime: number }[];
}

/**
 * In the page, once the script is there: time a bare fetch of the API URL (when known),
 * then insert the subject and time it to figures painted, counting layout shifts from its
 * first (loading) frame on.
 */
async function measure(page: Page, subject: Subject, apiUrl: string | null): Promise<Measure> {
  // tsx names functions with a helper the page does not have.
  await page.evaluate('window.__name = (fn) => fn');
  return page.evaluate(
    async ({ subject, apiUrl }) => {
      await customElements.whenDefined('inserjeunes-indicateurs');
      // After the next paint: a frame, then a task queued from it.
      const frame = () =>
        new Promise((resolve) =>
          requestAnimationFrame(() => {
            const channel = new MessageChannel();
            channel.port1.onmessage = resolve;
            channel.port2.postMessage(null);
          }),
        );
      let fetchMs = Number.NaN;
      if (apiUrl) {
        const t = performance.now();
        await (await fetch(apiUrl)).json();
        fetchMs = performance.now() - t;
      }
      const shifts: { value: number; startTime: number; what: string }[] = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & {
          value: number;
          hadRecentInput: boolean;
          sources: { node?: Node; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }[];
        })[]) {
          const what = entry.sources
            .map(
              (s) =>
                `${s.node?.nodeName}.${(s.node as Element | undefined)?.className ?? ''} ${s.previousRect.y}→${s.currentRect.y} h${s.previousRect.height}→${s.currentRect.height}`,
            )
            .join(' | ');
          if (!entry.hadRecentInput)
            shifts.push({ value: entry.value, startTime: entry.startTime, what });
        }
      }).observe({ type: 'layout-shift', buffered: true });
      const element = document.createElement(
        subject.kind === 'widget' ? 'inserjeunes-indicateurs' : 'ij-control',
      );
      if (subject.kind === 'widget') {
        for (const [name, value] of Object.entries(subject.attributes)) {
          element.setAttribute(name, value);
        }
      } else {
        element.setAttribute('src', subject.src);
      }
      let loadedAt = Number.NaN;
      const loaded = new Promise<boolean>((resolve) => {
        const done = (ok: boolean) => () => {
          loadedAt = performance.now();
          resolve(ok);
        };
        element.addEventListener('inserjeunes-load', done(true), { once: true });
        element.addEventListener('ij-control-load', done(true), { once: true });
        element.addEventListener('inserjeunes-error', done(false), { once: true });
        setTimeout(done(false), 20_000);
      });
      const t0 = performance.now();
      document.getElementById('slot')?.append(element);
      await (element as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete;
      // Inserting the widget moves what is below it, as any insertion does: count the shifts
      // from its first painted frame (the loading state) to its figures.
      await frame();
      const firstFrame = performance.now();
      const ok = await loaded;
      await frame();
      const ms = performance.now() - t0;
      await new Promise((resolve) => setTimeout(resolve, 100));
      const late = shifts.filter((shift) => shift.startTime >= firstFrame);
      const cls = late.reduce((sum, shift) => sum + shift.value, 0);
      const files = performance
        .getEntriesByType('resource')
        .filter((entry) => entry.name.includes('/widget/v1/'))
        .map((entry) => ({
          name: entry.name.replace(/^.*\/widget\/v1\//, ''),
          startTime: entry.startTime,
        }));
      return {
        ms,
        fetchMs,
        cls,
        loaded: ok,
        loadedAt,
        files,
        shifts: late.map((s) => s.what),
      };
    },
    { subject, apiUrl },
  );
}

/**
 * The widget's files a page fetches before its figures (or the state it is in) show, and
 * after (hash left in). Unless `anyState`, the widget must show figures.
 */
async function fetchedFiles(
  browser: Browser,
  partner: string,
  attributes: Record<string, string>,
  lang: string,
  anyState = false,
) {
  const page = await browser.newPage();
  await page.goto(`${partner}/?lang=${lang}`);
  const result = await measure(page, { kind: 'widget', attributes }, null);
  await page.close();
  if (!result.loaded && !anyState) {
    throw new Error(`the widget did not load for ${JSON.stringify(attributes)}`);
  }
  const names = (before: boolean) =>
    result.files
      .filter((file) => file.startTime < result.loadedAt === before)
      .map((file) => file.name)
      .sort();
  return { before: names(true), after: names(false) };
}

/** A file's name without its content hash. */
const unhashed = (name: string) => name.replace(/-[\w-]{8}\.js$/, '.js');

/**
 * Times `LOADS` loads of the partner page (after one not counted), with no HTTP cache so
 * every load asks the API and the bare fetch() is never served the widget's answer: either
 * one tab reloaded (a reader going from page to page), or a new tab each time (cold start).
 * Each load of the widget's page is followed by one of the control's, in the same way.
 */
async function timeLoads(
  browser: Browser,
  url: string,
  attributes: Record<string, string>,
  mode: 'reload' | 'new-tab',
) {
  const context = await browser.newContext();
  const open = async () => {
    const page = await context.newPage();
    page.on('pageerror', (error) => console.warn(`! page error: ${error.message}`));
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    return page;
  };
  const pages = { widget: await open(), control: await open() };
  const widget: Measure[] = [];
  const control: Measure[] = [];
  let apiUrl: string | null = null;
  for (let i = 0; i <= LOADS; i++) {
    for (const kind of ['widget', 'control'] as const) {
      if (kind === 'control' && apiUrl === null) continue;
      if (mode === 'new-tab' && i > 0) {
        await pages[kind].close();
        pages[kind] = await open();
      }
      const page = pages[kind];
      await page.goto(kind === 'widget' ? url : `${url}&control=1`);
      const subject: Subject =
        kind === 'widget' ? { kind, attributes } : { kind, src: apiUrl ?? '' };
      const result = await measure(page, subject, apiUrl);
      if (!result.loaded) throw new Error(`the ${kind} did not show its figures`);
      if (apiUrl === null) {
        apiUrl = await page.evaluate(
          `performance.getEntriesByType('resource').map((e) => e.name).find((n) => n.includes('/api/inserjeunes/affichage/')) ?? null`,
        );
      } else if (i > 0) {
        (kind === 'widget' ? widget : control).push(result);
      }
    }
  }
  await context.close();
  const overhead = (measures: Measure[]) => median(measures.map((m) => m.ms - m.fetchMs));
  return {
    apiUrl,
    bare: median(widget.map((m) => m.fetchMs)),
    widget: median(widget.map((m) => m.ms)),
    control: median(control.map((m) => m.ms)),
    overhead: overhead(widget),
    controlOverhead: overhead(control),
    cls: Math.max(...widget.map((m) => m.cls)),
    shifts: widget.flatMap((m) => m.shifts),
  };
}

async function main() {
  console.log('Building the widget…');
  run('building the widget', 'pnpm', ['--filter', '@inserjeunes/widget', 'build']);
  const wire = sizes();
  const breakdown = spawnSync(
    'pnpm',
    ['--filter', '@inserjeunes/widget', 'run', '--silent', 'size', '--breakdown'],
    { cwd: ROOT, encoding: 'utf8' },
  );
  console.log(`\nWhat the entry is made of (\`pnpm --filter @inserjeunes/widget size\`):`);
  console.log(breakdown.stdout.replace(/^/gm, '  ').trimEnd());

  const dataDir = mkdtempSync(join(tmpdir(), 'bench-widget-'));
  const api = await startApi(dataDir);
  const partner = await startPartner(api.url);
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  let broken = false;
  try {
    const cases = JSON.parse(readFileSync(join(DEMO_DIR, 'cas.json'), 'utf8')) as {
      cas: { etat: string; code: string; uai?: string; region?: string; audience: string }[];
    };
    const troisieme = cases.cas.find((c) => c.audience === '3eme' && c.etat === 'chiffres');
    const superieur = cases.cas.find(
      (c) => c.audience === 'superieur' && c.etat === 'superieur_graphique',
    );
    if (!troisieme || !superieur) throw new Error('demo cases for 3eme and superieur not found');
    const attrs = (c: { code: string; uai?: string; region?: string }, lang: string) => ({
      code: c.code,
      lang,
      api: api.url,
      ...(c.uai ? { uai: c.uai } : {}),
      ...(c.region ? { region: c.region } : {}),
    });

    console.log('\nFiles fetched per page (beside the API call), before its figures show | after:');
    const pages: [string, Record<string, string>, string, (files: string[]) => boolean][] = [
      [
        '3eme, French',
        attrs(troisieme, 'fr'),
        'fr',
        (f) => !f.some((n) => n.includes('chart') || n.includes('chunks/en')),
      ],
      [
        '3eme, English',
        attrs(troisieme, 'en'),
        'en',
        (f) => !f.some((n) => n.includes('chart')) && f.some((n) => n.includes('chunks/en')),
      ],
      [
        'superieur, French',
        attrs(superieur, 'fr'),
        'fr',
        (f) => f.some((n) => n.includes('chart')),
      ],
    ];
    for (const [label, attributes, lang, expected] of pages) {
      const { before, after } = await fetchedFiles(browser, partner.url, attributes, lang);
      const ok = expected([...before, ...after]);
      broken ||= !ok;
      const list = (files: string[]) => files.map(unhashed).join(', ') || '—';
      console.log(
        `  ${label.padEnd(18)} ${list(before)} | ${list(after)}  ${ok ? '✓' : '✗ unexpected'}`,
      );
    }

    // The honest entry: what a French 3eme or lycee page must fetch before its figures
    // show, measured on every demo case of those audiences (each state the data can be in).
    const entryName = 'inserjeunes-indicateurs.js';
    let entry = { bytes: 0, files: [] as string[], page: '' };
    const critical = cases.cas.filter((c) => c.audience === '3eme' || c.audience === 'lycee');
    for (const c of critical) {
      const { before } = await fetchedFiles(browser, partner.url, attrs(c, 'fr'), 'fr', true);
      const files = [...new Set([entryName, ...before])];
      const bytes = files.reduce((sum, name) => sum + (wire.get(name) ?? 0), 0);
      if (bytes > entry.bytes) entry = { bytes, files, page: `${c.audience} ${c.etat} ${c.code}` };
    }
    const entryBytes = wire.get(entryName) ?? 0;
    console.log(
      `\nEntry, what a page fetches before its API call can start: ${kb(entryBytes)} KB br (${entryName})`,
    );
    console.log(
      `Before figures, the most any of ${critical.length} French 3eme/lycee demo pages fetches (the chunks alongside the API call): ${kb(entry.bytes)} KB br (${entry.files.map(unhashed).join(' + ')}; ${entry.page})`,
    );

    const label = `${troisieme.code}${troisieme.uai ? ` at ${troisieme.uai}` : ''}`;
    const attributes = attrs(troisieme, 'fr');
    const reloads = await timeLoads(browser, `${partner.url}/?lang=fr`, attributes, 'reload');
    const fresh = await timeLoads(browser, `${partner.url}/?lang=fr`, attributes, 'new-tab');
    console.log(`\n${LOADS} loads of a 3eme page (${label}), HTTP cache off, median:`);
    console.log(`  API URL ${reloads.apiUrl}`);
    console.log('                                    one tab reloaded   a new tab each time');
    const row = (name: string, a: string, b: string) =>
      console.log(`  ${name.padEnd(34)}${a.padStart(9)}${b.padStart(20)}`);
    const ms = (value: number) => `${value.toFixed(1)} ms`;
    row('bare fetch()', ms(reloads.bare), ms(fresh.bare));
    row('widget: insert → figures', ms(reloads.widget), ms(fresh.widget));
    row('control: insert → JSON as text', ms(reloads.control), ms(fresh.control));
    row('widget overhead over fetch()', ms(reloads.overhead), ms(fresh.overhead));
    row('control overhead over fetch()', ms(reloads.controlOverhead), ms(fresh.controlOverhead));
    row(
      'widget overhead over the control',
      ms(reloads.overhead - reloads.controlOverhead),
      ms(fresh.overhead - fresh.controlOverhead),
    );
    row('layout shift while loading', reloads.cls.toFixed(4), fresh.cls.toFixed(4));
    const shifts = [...new Set([...reloads.shifts, ...fresh.shifts])];
    if (shifts.length > 0) console.log(`  moved while loading: ${shifts.slice(0, 3).join('; ')}`);
    const cls = Math.max(reloads.cls, fresh.cls);

    console.log('\nTargets:');
    console.log(
      `  entry ≤ ${TARGETS.entryKb} KB on the wire         ${kb(entryBytes)} KB br (the chunks fetched alongside the API call: ${kb(entry.bytes - entryBytes)} KB)  ${verdict(entryBytes / 1024 <= TARGETS.entryKb)}`,
    );
    console.log(`  chart chunk only where drawn      ${verdict(!broken)}`);
    console.log(
      `  cumulative layout shift 0         ${cls.toFixed(4)}  ${verdict(cls <= TARGETS.cls)}`,
    );
    console.log(
      `  median overhead ≤ ${TARGETS.overheadMs} ms          ${ms(reloads.overhead)} reloading a tab  ${verdict(reloads.overhead <= TARGETS.overheadMs)}; ${ms(fresh.overhead)} in a new tab (cold start)  ${verdict(fresh.overhead <= TARGETS.overheadMs)}`,
    );
    console.log(
      `    (a control showing the same answer as text costs ${ms(reloads.controlOverhead)} / ${ms(fresh.controlOverhead)}: the widget's own share is ${ms(reloads.overhead - reloads.controlOverhead)} / ${ms(fresh.overhead - fresh.controlOverhead)})`,
    );
  } finally {
    await browser.close();
    partner.server.close();
    api.process.kill('SIGTERM');
    await new Promise((resolve) => api.process.once('exit', resolve));
    rmSync(dataDir, { recursive: true, force: true });
  }
  if (broken) process.exit(1);
}

await main();
