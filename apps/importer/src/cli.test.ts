import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DATA_SURROGATE_KEY } from '@inserjeunes/contract';
import { createDb } from '@inserjeunes/db';
import { testDatabaseUrl } from '@inserjeunes/db/testing';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { main } from './cli.js';
import { tempDir } from './testing/temp-dir.js';

const HEADER =
  'perimetre;millesime;filiere;code_certification;uai;code_region;nb_annee_term;nb_poursuite_etudes;nb_sortant;nb_en_emploi_6_mois;fictif';

interface Target {
  name: string;
  env(): Record<string, string>;
  setup(): Promise<void>;
  teardown(): Promise<void>;
}

const files = tempDir('cli');
const adminUrl = testDatabaseUrl();
const scratchName = `ij_cli_${process.pid}_${randomBytes(3).toString('hex')}`;
const scratchUrl = () => {
  const url = new URL(adminUrl ?? '');
  url.pathname = `/${scratchName}`;
  return url.toString();
};

const targets: Target[] = [
  {
    name: 'pglite',
    env: () => ({ PGLITE_DIR: files.path('pglite'), DATABASE_URL: '' }),
    async setup() {},
    async teardown() {},
  },
];
if (adminUrl) {
  targets.push({
    name: 'postgres',
    env: () => ({ DATABASE_URL: scratchUrl(), PGLITE_DIR: '' }),
    async setup() {
      const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
      await admin.unsafe(`create database ${scratchName}`);
      await admin.end();
    },
    async teardown() {
      const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
      await admin.unsafe(`drop database if exists ${scratchName} with (force)`);
      await admin.end();
    },
  });
}

/** Runs the command in this process with the target's environment; returns code and output. */
async function run(target: Target, args: string[]) {
  for (const [name, value] of Object.entries(target.env())) vi.stubEnv(name, value);
  const out: string[] = [];
  const err: string[] = [];
  const log = vi
    .spyOn(console, 'log')
    .mockImplementation((...parts) => void out.push(parts.join(' ')));
  const error = vi
    .spyOn(console, 'error')
    .mockImplementation((...parts) => void err.push(parts.join(' ')));
  try {
    const code = await main(args);
    return { code, out: out.join('\n'), err: err.join('\n') };
  } finally {
    log.mockRestore();
    error.mockRestore();
    vi.unstubAllEnvs();
  }
}

afterAll(() => files.remove());

describe.each(targets)('pnpm data:import on $name', (target) => {
  beforeAll(() => target.setup());
  afterAll(() => target.teardown());

  it('explains itself with --help and exits 0', async () => {
    const { code, out } = await run(target, ['--help']);
    expect(code).toBe(0);
    expect(out).toMatch(/^Usage : pnpm data:import <fichier-ou-dossier>/);
    expect(out).toContain('--demo-if-empty');
  });

  it('exits 2 on a malformed command', async () => {
    expect(await run(target, [])).toMatchObject({
      code: 2,
      err: expect.stringContaining('Indiquez au moins un fichier'),
    });
    expect(await run(target, ['--force', 'x.csv'])).toMatchObject({
      code: 2,
      err: expect.stringContaining('Option inconnue : --force'),
    });
    expect(await run(target, ['--demo-if-empty', 'x.csv'])).toMatchObject({ code: 2 });
  });

  it('imports a file, exits 0 and prints the report per file and per dataset', async () => {
    const path = files.write(
      `bon-${target.name}.csv`,
      [HEADER, 'national;2021;apprentissage;40025214;;;40;5;35;19;non'].join('\n'),
    );
    const { code, out } = await run(target, [path]);
    expect(code).toBe(0);
    expect(out).toContain(
      `✓ ${path} — Fichier d’indicateurs InserJeunes (format du projet) : 1 lu, 1 importé, 0 inchangé, 0 rejeté`,
    );
    expect(out).toMatch(
      /Bilan par jeu de données .*\n {2}Fichier d’indicateurs InserJeunes \(format du projet\) : 1 \/ 1 \/ 0 \/ 0 \/ 0, [\d,]+ s/,
    );
    const again = await run(target, [path]);
    expect(again.code).toBe(0);
    expect(again.out).toMatch(
      new RegExp(`= ${path.replaceAll('/', '\\/')} — .* déjà importé le .* rien n’a changé`),
    );
  });

  it('asks the configured purge URL to drop the CDN’s copies after an import that changed the data, only then', async () => {
    const purges: {
      method: string;
      key: string | undefined;
      auth: string | undefined;
      body: string;
    }[] = [];
    const cdn = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk: Buffer) => {
        body += chunk.toString();
      });
      request.on('end', () => {
        purges.push({
          method: request.method ?? '',
          key: request.headers['surrogate-key'] as string | undefined,
          auth: request.headers.authorization,
          body,
        });
        response.end('{"status":"ok"}');
      });
    });
    await new Promise<void>((resolve) => cdn.listen(0, '127.0.0.1', resolve));
    const { port } = cdn.address() as AddressInfo;
    const purgeTarget = {
      ...target,
      env: () => ({
        ...target.env(),
        PURGE_URL: `http://127.0.0.1:${port}/purge`,
        PURGE_TOKEN: 'jeton-cdn',
      }),
    };
    try {
      const path = files.write(
        `purge-${target.name}.csv`,
        [HEADER, 'national;2020;apprentissage;40025214;;;40;5;35;19;non'].join('\n'),
      );
      const first = await run(purgeTarget, [path]);
      expect(first.code).toBe(0);
      expect(first.out).toContain(
        `✓ CDN purgé (http://127.0.0.1:${port}, clé ${DATA_SURROGATE_KEY})`,
      );
      expect(purges).toEqual([
        {
          method: 'POST',
          key: DATA_SURROGATE_KEY,
          auth: 'Bearer jeton-cdn',
          body: JSON.stringify({
            surrogate_keys: [DATA_SURROGATE_KEY],
            tags: [DATA_SURROGATE_KEY],
          }),
        },
      ]);
      // The same file again changes nothing: no purge.
      expect((await run(purgeTarget, [path])).code).toBe(0);
      expect(purges).toHaveLength(1);
    } finally {
      cdn.close();
    }
  });

  it('exits 1 and lists file:line: reason when a line is invalid', async () => {
    const path = files.write(
      `mauvais-${target.name}.csv`,
      [
        HEADER,
        'national;2021;scolaire;23830023303;;;40;5;35;19;non',
        'national;2021;apprentissage;40025214;;;40;-5;45;19;non',
      ].join('\n'),
    );
    const { code, out } = await run(target, [path]);
    expect(code).toBe(1);
    expect(out).toContain(
      `✗ ${path} — Fichier d’indicateurs InserJeunes (format du projet) : fichier refusé, rien n’a été modifié (1 erreur sur 1 ligne)`,
    );
    expect(out).toContain(`${path}:3: nb_poursuite_etudes : effectif négatif (-5)`);
  });

  it('exits 1 for a missing or unrecognised file named on the command line', async () => {
    const missing = await run(target, [files.path('absent.csv')]);
    expect(missing.code).toBe(1);
    expect(missing.out).toContain('fichier ou dossier introuvable');
    const unknown = files.write('inconnu.csv', 'colonne_a;colonne_b\n1;2\n');
    const result = await run(target, [unknown]);
    expect(result.code).toBe(1);
    expect(result.out).toContain(
      `? ${unknown} — non reconnu : en-tête non reconnu (colonne_a, colonne_b)`,
    );
  });

  it('does nothing, silently, with --demo-if-empty once the database holds an import', async () => {
    const { code, out, err } = await run(target, ['--demo-if-empty']);
    expect(code).toBe(0);
    expect(out).toBe('');
    expect(err).toBe('');
  });
});

describe('pnpm data:import --demo-if-empty on an empty database', () => {
  it('loads the committed demo dataset, marked fictitious', async () => {
    const target = targets[0] as Target;
    const env = { PGLITE_DIR: files.path('pglite-demo'), DATABASE_URL: '' };
    const { code, out } = await run({ ...target, env: () => env }, ['--demo-if-empty']);
    expect(out).toContain('Base vide : import du jeu de démonstration (données fictives)');
    expect(code).toBe(0);
    // A newcomer's first start lists only what was imported: the cases file is no data.
    expect(out).not.toContain('non reconnu');
    const db = await createDb({ pgliteDir: env.PGLITE_DIR });
    try {
      const [row] = await db.query<{ n: number }>(
        'select count(*)::int as n from import where fictif',
      );
      expect(row?.n).toBeGreaterThan(0);
    } finally {
      await db.close();
    }
  });
});
