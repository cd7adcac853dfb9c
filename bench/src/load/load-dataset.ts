import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { benchVar } from '../env.js';
import type { BenchDatabase } from '../harness/bench-database.js';
import { DATA } from '../harness/repo-paths.js';
import { runTsx } from '../harness/run-tsx.js';

export type Dataset = 'official' | 'demo';

/**
 * Which data the load runs on: the official files of ../shared/data when they are there, the
 * fictitious demo dataset otherwise. `LOAD_DATA=demo` asks for the demo whatever is present.
 */
export function chooseDataset(loadData: string | undefined = benchVar('LOAD_DATA')): Dataset {
  if (loadData === 'demo') return 'demo';
  if (loadData === 'official' || loadData === undefined || loadData === '') {
    const present = existsSync(join(DATA, 'inserjeunes/regional/ij_region_data.csv'));
    if (present) return 'official';
    if (loadData === 'official') {
      throw new Error(`LOAD_DATA=official, but the official files are absent (${DATA})`);
    }
    return 'demo';
  }
  throw new Error(`LOAD_DATA must be demo or official, not « ${loadData} »`);
}

/** Imports the dataset into the (empty) database with the project's importer. */
export function importDataset(dataset: Dataset, database: BenchDatabase): void {
  if (dataset === 'official') {
    console.log(`Data: the official files of ${DATA} (every file the importer recognises)`);
    runTsx('import of the official files', ['apps/importer/src/cli.ts', DATA], database.env);
  } else {
    console.log(
      benchVar('LOAD_DATA') === 'demo'
        ? 'Data: the demo dataset (fictitious), as LOAD_DATA=demo asks'
        : `Data: the demo dataset (fictitious), since the official files are absent (${DATA})`,
    );
    runTsx(
      'import of the demo dataset',
      ['apps/importer/src/cli.ts', '--demo-if-empty'],
      database.env,
    );
  }
}
