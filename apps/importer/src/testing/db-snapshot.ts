import type { DbHandle } from '@inserjeunes/db';

const TABLES = [
  'import',
  'region',
  'academie',
  'departement',
  'etablissement',
  'niveau_formation',
  'diplome',
  'diplome_continuum',
  'mef',
  'groupe_formation',
  'lien_formation_groupe',
  'famille_metier',
  'famille_metier_specialite',
  'lien_mef_famille_metier',
  'indicateur',
  'resolution_code',
  'salaire_certification',
];

/**
 * A fingerprint of every table the importer writes: row count and a hash of the rows in
 * order. Two equal snapshots mean the database holds exactly the same data.
 */
export async function snapshotDb(db: DbHandle): Promise<Record<string, string>> {
  const snapshot: Record<string, string> = {};
  for (const table of TABLES) {
    const [row] = await db.query<{ n: number; h: string | null }>(
      `select count(*)::int as n, md5(coalesce(string_agg(t::text, '|' order by t::text), '')) as h from ${table} t`,
    );
    snapshot[table] = `${row?.n}:${row?.h}`;
  }
  return snapshot;
}
