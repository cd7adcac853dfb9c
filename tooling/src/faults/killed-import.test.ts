import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp } from '@inserjeunes/api';
import { createDb, type DbHandle } from '@inserjeunes/db';
import { testDatabaseUrl } from '@inserjeunes/db/testing';
import { demoDataFiles } from '@inserjeunes/demo-data';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiServer } from './api-server.js';
import { writeBigFiguresFile } from './big-figures-file.js';
import { ImporterProcess, runImporter } from './importer-process.js';

/** Enough lines for the import to last a second or more, few enough to import again quickly. */
const BIG_ROWS = 60_000;
/** Answers a partner sees, from the demo dataset and from the code the big file is about. */
const PATHS = [
  '/api/inserjeunes/certifications/01022105',
  '/api/inserjeunes/formations/0699902N-01022105',
  '/api/inserjeunes/affichage/23220022420?region=84',
  '/api/inserjeunes/formations?codes=23220022420',
  '/api/inserjeunes/millesimes',
];

/** A database the importer's command writes to, by its environment, and a way to read it here. */
interface Target {
  env: Record<string, string>;
  open(): Promise<DbHandle>;
  dispose(): Promise<void>;
}

/** A PGlite folder of its own. */
function pgliteTarget(): Target {
  const dir = mkdtempSync(join(tmpdir(), 'ij-killed-import-'));
  return {
    env: { PGLITE_DIR: dir, DATABASE_URL: '' },
    open: () => createDb({ pgliteDir: dir, migrate: false }),
    async dispose() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A scratch database of its own on the PostgreSQL server of `DATABASE_URL`, dropped afterwards. */
async function postgresTarget(serverUrl: string): Promise<Target> {
  const name = `ij_faults_${process.pid}_${randomBytes(4).toString('hex')}`;
  const admin = await createDb({ databaseUrl: serverUrl, migrate: false, poolSize: 1 });
  try {
    await admin.query(`create database ${name}`);
  } finally {
    await admin.close();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    env: { DATABASE_URL: url.toString() },
    open: () => createDb({ databaseUrl: url.toString(), migrate: false, poolSize: 2 }),
    async dispose() {
      const cleaner = await createDb({ databaseUrl: serverUrl, migrate: false, poolSize: 1 });
      try {
        await cleaner.query(`drop database if exists ${name} with (force)`);
      } finally {
        await cleaner.close();
      }
    },
  };
}

/** Rows of every table of the schema. */
async function rowCounts(db: DbHandle): Promise<Record<string, number>> {
  const tables = await db.query<{ name: string }>(
    "select tablename as name from pg_tables where schemaname = 'public' order by tablename",
  );
  const counts: Record<string, number> = {};
  for (const { name } of tables) {
    const [row] = await db.query<{ n: number }>(`select count(*)::int as n from "${name}"`);
    counts[name] = row?.n ?? -1;
  }
  return counts;
}

interface Answer {
  status: number;
  etag: string | null;
  body: string;
}

const fileDir = mkdtempSync(join(tmpdir(), 'ij-big-file-'));
const bigFile = join(fileDir, 'indicateurs-etablissements.csv');
const targets: { name: string; make: () => Promise<Target> }[] = [
  { name: 'PGlite', make: async () => pgliteTarget() },
];
const serverUrl = testDatabaseUrl();
if (serverUrl) targets.push({ name: 'PostgreSQL', make: () => postgresTarget(serverUrl) });

beforeAll(() => writeBigFiguresFile(bigFile, BIG_ROWS));
afterAll(() => rmSync(fileDir, { recursive: true, force: true }));

/**
 * An import killed with SIGKILL while it loads a large file (found half-way through by its
 * own progress bar) leaves the data exactly as it was, a new server serves it unchanged, and
 * the same import run again goes through: nothing of the killed one stays in the way.
 */
describe.each(targets)('an import killed mid-way on $name', ({ name, make }) => {
  let target: Target | undefined;
  beforeAll(async () => {
    target = await make();
    await runImporter(demoDataFiles(), target.env);
  }, 120_000);
  afterAll(async () => {
    await target?.dispose();
  });

  it('leaves the previous data intact and served, and can be run again', async () => {
    const t = target as Target;

    // Before: what the API answers, then (once its usage counts are written) every table's rows.
    const before = await t.open();
    const answersBefore = new Map<string, Answer>();
    let countsBefore: Record<string, number>;
    try {
      const app = createApp({ db: before, anonymousPerMinute: 1_000_000_000 });
      await app.ready();
      for (const path of PATHS) {
        const response = await app.request(path);
        answersBefore.set(path, {
          status: response.status,
          etag: response.headers.get('ETag'),
          body: await response.text(),
        });
      }
      await app.close();
      countsBefore = await rowCounts(before);
    } finally {
      await before.close();
    }
    expect([...answersBefore.values()].map((answer) => answer.status)).toEqual(
      PATHS.map(() => 200),
    );

    const importer = new ImporterProcess([bigFile], t.env, { terminal: true });
    const started = performance.now();
    const frame = await importer.waitForLine(/\b([3-9]\d) % /);
    const killedAfter = performance.now() - started;
    if (frame === null) {
      throw new Error(`the import ended before it could be interrupted:\n${importer.text()}`);
    }
    await importer.kill();
    expect(importer.output.filter((line) => line.startsWith('✓'))).toEqual([]);

    const after = await t.open();
    let countsAfter: Record<string, number>;
    try {
      countsAfter = await rowCounts(after);
    } finally {
      await after.close();
    }
    expect(countsAfter).toEqual(countsBefore);

    const server = await ApiServer.start({ ...t.env, RATE_LIMIT_ANONYME: '1000000000' });
    const answersAfter = new Map<string, Answer>();
    try {
      expect(server.exitCode, server.output.join('\n')).toBeNull();
      for (const path of PATHS) {
        // Uncompressed, as `app.request` asked before: each coding has its own ETag.
        const response = await fetch(`${server.origin}${path}`, {
          headers: { 'Accept-Encoding': 'identity' },
        });
        answersAfter.set(path, {
          status: response.status,
          etag: response.headers.get('ETag'),
          body: await response.text(),
        });
      }
    } finally {
      await server.stop();
    }
    expect(answersAfter).toEqual(answersBefore);

    const rerunStarted = performance.now();
    const rerun = await runImporter([bigFile], t.env);
    const rerunMs = performance.now() - rerunStarted;
    const done = rerun.find((line) => line.startsWith('✓'));
    expect(done).toMatch(/60\s000 lus, 60\s000 importés/);
    const reopened = await t.open();
    let countsRerun: Record<string, number>;
    try {
      countsRerun = await rowCounts(reopened);
    } finally {
      await reopened.close();
    }
    expect(countsRerun.import).toBe((countsBefore.import ?? 0) + 1);
    expect(countsRerun.indicateur).toBe((countsBefore.indicateur ?? 0) + BIG_ROWS);

    const megabytes = (statSync(bigFile).size / 1e6).toFixed(1);
    const total = Object.values(countsBefore).reduce((sum, n) => sum + n, 0);
    console.log(
      [
        `Import killed mid-way on ${name}:`,
        `  before: ${total} rows in ${Object.keys(countsBefore).length} tables (indicateur ${countsBefore.indicateur}, import ${countsBefore.import})`,
        `  importing ${BIG_ROWS} lines (${megabytes} MB), SIGKILL after ${(killedAfter / 1000).toFixed(1)} s, its progress bar at «${/\d+ % [\d\s]+lignes/.exec(frame)?.[0] ?? frame}»`,
        `  after: every table's row count unchanged; a new server gave the same ${PATHS.length} answers (status, ETag, body)`,
        `  run again: ${done?.replace(/^✓ \S+ — /, '')} in ${(rerunMs / 1000).toFixed(1)} s; indicateur ${countsBefore.indicateur} → ${countsRerun.indicateur}, import ${countsBefore.import} → ${countsRerun.import}`,
      ].join('\n'),
    );
  }, 180_000);
});
