import type { DbHandle } from '@inserjeunes/db';
import { testDbTargets } from '@inserjeunes/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { keysCommand } from './keys-command.js';

describe.each(testDbTargets())('pnpm keys on $name', ({ open }) => {
  let db: DbHandle;
  beforeAll(async () => {
    db = await open();
  });
  afterAll(async () => {
    await db.close();
  });

  it('prints a new key once and stores only its hash', async () => {
    const result = await keysCommand(['create', 'Onisep', '--limite', '6000'], db);
    expect(result.code).toBe(0);
    const key = result.out.map((line) => line.trim()).find((line) => line.startsWith('ij_')) ?? '';
    expect(result.out.join('\n')).toContain('6000 requêtes par minute');
    const rows = await db.query<{ prefixe: string; hash: string; limite_par_minute: number }>(
      'select prefixe, hash, limite_par_minute from api_key',
    );
    expect(rows).toHaveLength(1);
    expect(JSON.stringify(rows)).not.toContain(key.slice(12));
    expect(rows[0]?.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(key.startsWith(rows[0]?.prefixe ?? '?')).toBe(true);
    expect(rows[0]?.limite_par_minute).toBe(6000);
    const listed = await keysCommand(['list'], db);
    expect(listed.out.join('\n')).toContain('Onisep');
    expect(listed.out.join('\n')).not.toContain(key);
  });

  it('refuses a second active key, an empty name, a bad limit and unknown actions', async () => {
    expect((await keysCommand(['create', 'Onisep'], db)).err.join()).toMatch(/déjà une clé active/);
    expect((await keysCommand(['create'], db)).code).toBe(1);
    expect((await keysCommand(['create', 'X', '--limite', 'beaucoup'], db)).err.join()).toMatch(
      /Limite/,
    );
    const unknown = await keysCommand(['effacer', 'Onisep'], db);
    expect(unknown.code).toBe(2);
    expect(unknown.err.join('\n')).toContain('pnpm keys create');
  });

  it('revokes the active key, then allows a new one', async () => {
    expect((await keysCommand(['revoke', 'Onisep'], db)).code).toBe(0);
    expect((await keysCommand(['revoke', 'Onisep'], db)).err.join()).toMatch(/Aucune clé active/);
    expect((await keysCommand(['create', 'Onisep'], db)).code).toBe(0);
  });
});
