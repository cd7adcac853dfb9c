import type { ExempleGalerie } from '@inserjeunes/contract';
import { toCsv } from '../csv/to-csv.js';

/** A small catalogue made of the server's examples, to try the tool without a file. */
export function sampleCatalogue(exemples: readonly ExempleGalerie[]): string {
  return toCsv(
    ['code_certification', 'uai', 'region'],
    exemples.map((exemple) => [exemple.code, exemple.uai, exemple.region]),
  );
}
