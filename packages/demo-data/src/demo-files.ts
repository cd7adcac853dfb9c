import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEMO_DIR } from './demo-dir.js';
import { readCsvRecords } from './read-csv-records.js';

/** The committed demo files, read back as records, for the tests that check what they hold. */
export function readDemoFile(
  name: string,
  encoding: 'utf8' | 'latin1' = 'utf8',
  separator = ';',
  dir: string = DEMO_DIR,
): Record<string, string>[] {
  return readCsvRecords(readFileSync(join(dir, name)), encoding, separator);
}

/** The demo's figures file as records (`indicateurs.csv`). */
export function readDemoIndicateurs(dir: string = DEMO_DIR): Record<string, string>[] {
  return readDemoFile('indicateurs.csv', 'utf8', ';', dir);
}
