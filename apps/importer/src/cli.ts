import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { createDb, type DbHandle } from '@inserjeunes/db';
import { DEMO_DIR, demoDataFiles } from '@inserjeunes/demo-data';
import { readEnv } from './env.js';
import { importPaths } from './import-paths.js';
import { purgeCdn } from './purge-cdn.js';
import { formatFileReport, formatSummary } from './report/format-report.js';

const USAGE = `Usage : pnpm data:import <fichier-ou-dossier>...
        pnpm data:import --demo-if-empty

Importe les fichiers de données ouvertes InserJeunes / InserSup (BCN, fichiers régionaux,
fichiers par établissement, JSON des API, format CSV du projet) dans la base : PostgreSQL
si DATABASE_URL est définie, sinon la base embarquée PGlite de PGLITE_DIR.

Chaque fichier est reconnu d’après son en-tête et importé dans une transaction : un fichier
dont une ligne est invalide ne change rien, et ses erreurs sont listées (fichier:ligne: raison).
Un dossier est importé dans l’ordre des dépendances (référentiels, BCN, puis indicateurs).

Options :
  --demo-if-empty   importe le jeu de démonstration (fictif) si la base n’a encore aucun import
  --help            affiche cette aide

Code de sortie : 0 si tout est importé (ou déjà importé), 1 si un fichier est refusé,
en échec ou non reconnu, 2 pour une commande mal formée.`;

/** Runs the command and returns its exit code. */
export async function main(args: readonly string[]): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    console.log(USAGE);
    return 0;
  }
  const unknown = args.filter((arg) => arg.startsWith('-') && arg !== '--demo-if-empty');
  if (unknown.length > 0) {
    console.error(`Option inconnue : ${unknown.join(', ')}\n\n${USAGE}`);
    return 2;
  }
  const demo = args.includes('--demo-if-empty');
  const paths = args.filter((arg) => !arg.startsWith('-'));
  if (!demo && paths.length === 0) {
    console.error(`Indiquez au moins un fichier ou un dossier à importer.\n\n${USAGE}`);
    return 2;
  }
  if (demo && paths.length > 0) {
    console.error('--demo-if-empty s’utilise seul, sans fichier.');
    return 2;
  }
  let env: ReturnType<typeof readEnv>;
  try {
    env = readEnv();
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    return 2;
  }
  let db: DbHandle;
  try {
    db = await createDb({ databaseUrl: env.databaseUrl, pgliteDir: env.pgliteDir });
  } catch (error) {
    console.error(
      `Base de données inaccessible : ${error instanceof Error ? error.message : String(error)}`,
    );
    return 1;
  }
  try {
    if (demo) {
      const [row] = await db.query<{ n: number }>('select count(*)::int as n from import');
      if ((row?.n ?? 0) > 0) return 0;
      if (!existsSync(DEMO_DIR)) {
        console.error(`Jeu de démonstration introuvable (${DEMO_DIR}) : lancez pnpm data:demo.`);
        return 1;
      }
      console.log('Base vide : import du jeu de démonstration (données fictives)…');
    }
    // The demo's data files only: its `cas.json` describes the cases, it is no data to import.
    const report = await importPaths(db, demo ? demoDataFiles() : paths, {
      progress: process.stderr,
      onFile: (file) => {
        for (const line of formatFileReport(file)) console.log(line);
      },
    });
    for (const line of formatSummary(report)) console.log(line);
    // The data changed: a CDN in front of the API drops its copies (the import stands either way).
    if (env.purgeUrl !== undefined && report.files.some((file) => file.status === 'imported')) {
      await purgeCdn(env.purgeUrl, env.purgeToken).then(console.log, (error: Error) =>
        console.error(error.message),
      );
    }
    return report.ok ? 0 : 1;
  } finally {
    await db.close();
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await main(process.argv.slice(2));
}
