import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/** One example of the demo dataset's `cas.json`: a widget state and what the API should say. */
export interface DemoCase {
  id: string;
  etat: string;
  titre: string;
  code: string;
  uai: string | null;
  region: string | null;
  region_libelle: string | null;
  audience: '3eme' | 'lycee' | 'superieur';
  /** The scope `GET /api/inserjeunes/affichage/:code` shows, or null when there is nothing. */
  scope: string | null;
}

// Through the package's exports, so that this workspace never names another one's folders.
const CAS_JSON = createRequire(import.meta.url).resolve('@inserjeunes/demo-data/files/cas.json');
const AUDIENCES = ['3eme', 'lycee', 'superieur'] as const;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function text(record: Record<string, unknown>, key: string, where: string): string {
  const value = record[key];
  if (typeof value !== 'string') throw new Error(`${where} : « ${key} » devrait être un texte`);
  return value;
}

function textOrNull(record: Record<string, unknown>, key: string, where: string): string | null {
  return record[key] === null ? null : text(record, key, where);
}

function parseCase(raw: unknown, index: number): DemoCase {
  const where = `cas.json, cas n° ${index + 1}`;
  if (!isRecord(raw) || !isRecord(raw.attendu)) throw new Error(`${where} : objet attendu`);
  const audience = AUDIENCES.find((value) => value === raw.audience);
  if (audience === undefined) throw new Error(`${where} : public inconnu ${String(raw.audience)}`);
  return {
    id: text(raw, 'id', where),
    etat: text(raw, 'etat', where),
    titre: text(raw, 'titre', where),
    code: text(raw, 'code', where),
    uai: textOrNull(raw, 'uai', where),
    region: textOrNull(raw, 'region', where),
    region_libelle: textOrNull(raw, 'region_libelle', where),
    audience,
    scope: textOrNull(raw.attendu, 'scope', where),
  };
}

/** Every demo example, in the file's order. The demo dataset is what `pnpm start` loads. */
export function demoCases(): DemoCase[] {
  const parsed: unknown = JSON.parse(readFileSync(CAS_JSON, 'utf8'));
  if (!isRecord(parsed) || !Array.isArray(parsed.cas)) {
    throw new Error('cas.json : la liste « cas » manque');
  }
  return parsed.cas.map(parseCase);
}

/** The demo example with this id; fails loudly when the demo no longer has it. */
export function demoCase(id: string): DemoCase {
  const found = demoCases().find((entry) => entry.id === id);
  if (found === undefined) throw new Error(`cas.json n’a plus d’exemple « ${id} »`);
  return found;
}

/**
 * The attributes that ask a widget for this example (`code`, `uai`, `region`), as markup,
 * with the audience given or the example's own.
 */
export function widgetAttributes(entry: DemoCase, audience = entry.audience): string {
  const attributes = [`code="${entry.code}"`, `audience="${audience}"`];
  if (entry.uai !== null) attributes.push(`uai="${entry.uai}"`);
  else if (entry.region !== null) attributes.push(`region="${entry.region}"`);
  return attributes.join(' ');
}

/** The query string of `GET /api/inserjeunes/affichage/:code` for this example. */
export function affichagePath(entry: DemoCase): string {
  const query = new URLSearchParams();
  if (entry.uai !== null) query.set('uai', entry.uai);
  else if (entry.region !== null) query.set('region', entry.region);
  const search = query.toString();
  return `/api/inserjeunes/affichage/${entry.code}${search === '' ? '' : `?${search}`}`;
}
