import { open, readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { bcnApiJson } from './datasets/bcn-api-json.js';
import type { CsvDataset, FileInfo, JsonDataset, KnownDataset } from './datasets/dataset.js';
import { Header } from './datasets/header.js';
import { KNOWN_NOT_IMPORTED } from './datasets/known-not-imported.js';
import { CSV_DATASETS, JSON_DATASETS } from './datasets/registry.js';
import { type Fingerprint, fingerprintFile } from './read/fingerprint.js';
import { readHeader } from './read/read-delimited.js';

interface Base {
  path: string;
  info: FileInfo;
}

/** A file and what the importer made of it, before anything is written. */
export type DetectedFile =
  | (Base & { kind: 'csv'; fingerprint: Fingerprint; dataset: CsvDataset; header: Header })
  | (Base & { kind: 'json'; fingerprint: Fingerprint; dataset: JsonDataset; json: unknown })
  | (Base & { kind: 'known'; known: KnownDataset })
  | (Base & { kind: 'unknown'; reason: string });

/**
 * Recognises a file's dataset from its content: the header of a delimited file, the shape
 * of a JSON document. Nothing is guessed: a file no dataset claims is reported as such.
 */
export async function detectFile(path: string): Promise<DetectedFile> {
  const info: FileInfo = { path, name: basename(path) };
  let fingerprint: Fingerprint;
  try {
    fingerprint = await fingerprintFile(path);
  } catch (error) {
    return { path, info, kind: 'unknown', reason: `lecture impossible : ${describe(error)}` };
  }
  if (fingerprint.size === 0) return { path, info, kind: 'unknown', reason: 'fichier vide' };
  if (await looksLikeJson(path)) {
    let json: unknown;
    try {
      const text = new TextDecoder(fingerprint.encoding).decode(await readFile(path));
      json = JSON.parse(text);
    } catch (error) {
      return { path, info, kind: 'unknown', reason: `JSON illisible : ${describe(error)}` };
    }
    const dataset =
      JSON_DATASETS.find((candidate) => candidate.detect(json, info)) ?? bcnApiJson(json);
    if (dataset !== null) return { path, info, kind: 'json', fingerprint, dataset, json };
    const known = KNOWN_NOT_IMPORTED.find((candidate) => candidate.detectJson?.(json));
    if (known !== undefined) return { path, info, kind: 'known', known };
    return { path, info, kind: 'unknown', reason: 'structure JSON non reconnue' };
  }
  const record = await readHeader(path, fingerprint.encoding);
  if (record === null) return { path, info, kind: 'unknown', reason: 'fichier vide' };
  const header = new Header(record.fields);
  const dataset = CSV_DATASETS.find((candidate) => candidate.detect(header, info));
  if (dataset !== undefined) return { path, info, kind: 'csv', fingerprint, dataset, header };
  const known = KNOWN_NOT_IMPORTED.find((candidate) => candidate.detectCsv?.(header));
  if (known !== undefined) return { path, info, kind: 'known', known };
  const shown = record.fields.slice(0, 6).join(', ');
  return {
    path,
    info,
    kind: 'unknown',
    reason: `en-tête non reconnu (${shown}${record.fields.length > 6 ? ', …' : ''})`,
  };
}

async function looksLikeJson(path: string): Promise<boolean> {
  const handle = await open(path, 'r');
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(64), 0, 64, 0);
    const start = buffer
      .subarray(0, bytesRead)
      .toString('latin1')
      .replace(/^\u00EF\u00BB\u00BF/, '')
      .trimStart();
    return start.startsWith('{') || start.startsWith('[');
  } finally {
    await handle.close();
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
