import { parseRegion } from '@inserjeunes/contract';
import { isRecord, jsonText } from '../values/json-value.js';
import { parseMillesimeCell, parseUaiCell } from '../values/parse-code.js';
import type { FileInfo } from './dataset.js';

/** Where the figures of one API answer apply. */
export interface InserjeunesApiScope {
  scope: 'national' | 'regional' | 'formation';
  millesime: string;
  uai: string | null;
  region: string | null;
}

/**
 * Where the file's figures apply. The API answers per route (`/france/millesime/…`,
 * `/region/…/millesime/…`, `/UAI/…/millesime/…`) and the body does not always repeat the
 * millésime or the route's key, so `metadata` is read first and the file name second
 * (`2021_apprentissage.json`, `0751234J_2018_2019.json`).
 */
export function inserjeunesApiScope(
  json: Record<string, unknown>,
  file: FileInfo,
  problems: string[],
): InserjeunesApiScope | null {
  const metadata = isRecord(json.metadata) ? json.metadata : {};
  const uaiBlock = isRecord(metadata.UAI)
    ? metadata.UAI
    : isRecord(metadata.uai)
      ? metadata.uai
      : null;
  const uaiRaw =
    jsonText(uaiBlock?.id_uai_etab ?? metadata.uai ?? metadata.UAI) ||
    (/(\d{7}[A-Za-z])/.exec(file.name)?.[1] ?? '');
  const uai = uaiRaw === '' ? null : parseUaiCell(uaiRaw, 'UAI', problems);
  const regionBlock = isRecord(metadata.region) ? metadata.region : null;
  const regionRaw = jsonText(regionBlock?.code ?? metadata.code_region ?? metadata.region);
  let region: string | null = null;
  if (regionRaw !== '') {
    const parsed = parseRegion(regionRaw);
    if (parsed.ok) region = parsed.value.code;
    else problems.push(`metadata.region : ${parsed.reason}`);
  }
  const fromName = /(?:^|[^0-9])(\d{4}(?:_\d{4})?)(?:[^0-9]|$)/.exec(
    file.name.replace(/\d{7}[A-Za-z]/, ''),
  )?.[1];
  const millesimeRaw = jsonText(metadata.millesime) || fromName || '';
  if (millesimeRaw === '') {
    problems.push(
      `millésime introuvable : ni metadata.millesime ni le nom du fichier « ${file.name} » ne le donnent (par exemple 2021_apprentissage.json)`,
    );
    return null;
  }
  const millesime = parseMillesimeCell(millesimeRaw, 'millésime', problems);
  if (millesime === null || problems.length > 0) return null;
  return {
    scope: uai !== null ? 'formation' : region !== null ? 'regional' : 'national',
    millesime,
    uai,
    region,
  };
}
