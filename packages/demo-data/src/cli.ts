/**
 * `pnpm data:demo [--out <folder>]`: regenerates the demo dataset (by default into
 * `packages/demo-data/files`, which is committed). Same output on every run.
 */
import { resolve } from 'node:path';
import { DEMO_DIR } from './demo-dir.js';
import { writeDemo } from './write-demo.js';

function main(args: readonly string[]): number {
  let dir = DEMO_DIR;
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i];
    if (arg === '--out' && args[i + 1] !== undefined) {
      dir = resolve(args[i + 1] ?? '');
      i += 1;
    } else if (arg === '--help' || arg === '-h') {
      console.log('Usage : pnpm data:demo [--out <dossier>]');
      return 0;
    } else {
      console.error(`Argument inconnu : ${arg}. Usage : pnpm data:demo [--out <dossier>]`);
      return 2;
    }
  }
  try {
    const written = writeDemo(dir);
    console.log(
      `Jeu de démonstration (chiffres fictifs) écrit dans ${dir} : ${written.length} fichiers.`,
    );
    return 0;
  } catch (error) {
    console.error(`Impossible de générer le jeu de démonstration : ${(error as Error).message}`);
    return 1;
  }
}

process.exitCode = main(process.argv.slice(2));
