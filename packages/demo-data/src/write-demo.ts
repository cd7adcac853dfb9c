import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEMO_DIR } from './demo-dir.js';
import { generateDemo } from './generate-demo.js';

/**
 * Writes the demo dataset into `dir`. The folder holds nothing else, so files the generator
 * no longer makes are removed (a stale file would otherwise be imported with the rest).
 */
export function writeDemo(dir: string = DEMO_DIR): string[] {
  const files = generateDemo();
  mkdirSync(dir, { recursive: true });
  const names = new Set(files.map((file) => file.name));
  for (const existing of readdirSync(dir)) {
    if (!names.has(existing)) rmSync(join(dir, existing), { recursive: true, force: true });
  }
  for (const file of files) writeFileSync(join(dir, file.name), file.contents);
  return files.map((file) => join(dir, file.name));
}
