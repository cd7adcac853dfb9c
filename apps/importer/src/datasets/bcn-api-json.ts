import { misDecodedReason } from '../read/mis-decoded.js';
import { isRecord, jsonText } from '../values/json-value.js';
import type { JsonDataset } from './dataset.js';
import { Header } from './header.js';
import { BCN_DATASETS } from './registry.js';

/**
 * A BCN table as the BCN API serves it (`{data: [{formation_diplome: …}]}`, lower-case keys,
 * ISO dates): read by the same reader as the CSV export, its keys taken as the header.
 * Returns null when the JSON is no BCN table we know.
 */
export function bcnApiJson(json: unknown): JsonDataset | null {
  if (!isRecord(json) || !Array.isArray(json.data) || json.data.length === 0) return null;
  const items = json.data;
  if (!items.every(isRecord) || items.some((item) => 'id_mesure' in item)) return null;
  const keys: string[] = [];
  const seen = new Set<string>();
  for (const item of items) {
    for (const key of Object.keys(item)) {
      if (!seen.has(key)) {
        seen.add(key);
        keys.push(key);
      }
    }
  }
  const header = new Header(keys.map((key) => key.toUpperCase()));
  const csv = BCN_DATASETS.find((dataset) => dataset.detect(header, { path: '', name: '' }));
  if (csv === undefined) return null;
  return {
    format: 'json',
    id: csv.id,
    label: `${csv.label}, API BCN`,
    stage: csv.stage,
    primary: csv.primary,
    detect: () => true,
    read(_json, file, sink) {
      const reader = csv.open(header, file);
      if ('problems' in reader) return reader;
      const used = [...header.used];
      items.forEach((item, position) => {
        const fields = keys.map((key) => jsonText(item[key]));
        const misDecoded = misDecodedReason(used.map((index) => fields[index] ?? ''));
        if (misDecoded !== null) sink.reject(position + 1, misDecoded);
        else reader.row(fields, position + 1, sink);
      });
      reader.end?.(sink);
      return undefined;
    },
  };
}
