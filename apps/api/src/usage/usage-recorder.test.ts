import { type DbHandle, usageQuotidien } from '@inserjeunes/db';
import { testDbTargets } from '@inserjeunes/db/testing';
import { sql } from 'drizzle-orm';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_CONSUMERS_PER_DAY, UsageRecorder } from './usage-recorder.js';

describe.each(testDbTargets())('usage counts on $name', ({ open }) => {
  let db: DbHandle;
  beforeAll(async () => {
    db = await open();
  });
  afterAll(async () => {
    await db.close();
  });

  it('keeps every call, but names at most so many consumers a day: forged hosts become « autres »', async () => {
    const recorder = new UsageRecorder(db, pino({ level: 'silent' }), 0);
    const day = Date.parse('2026-03-02T10:00:00Z');
    const forged = MAX_CONSUMERS_PER_DAY + 300;
    for (let i = 0; i < forged; i++) {
      recorder.record(`site-${i}.example`, '/api/inserjeunes/affichage/:codes', true, day);
    }
    // A consumer named before the bound keeps its name afterwards.
    recorder.record('site-0.example', '/api/inserjeunes/affichage/:codes', true, day);
    await recorder.flush();
    // The next day starts afresh.
    recorder.record(
      'lendemain.example',
      '/api/inserjeunes/affichage/:codes',
      false,
      day + 86_400_000,
    );
    await recorder.close();

    const rows = await db.db
      .select({
        jour: usageQuotidien.jour,
        consommateurs: sql<number>`count(distinct ${usageQuotidien.consommateur})::int`,
        appels: sql<number>`sum(${usageQuotidien.appels})::int`,
      })
      .from(usageQuotidien)
      .groupBy(usageQuotidien.jour)
      .orderBy(usageQuotidien.jour);
    expect(rows.map((row) => ({ ...row, jour: String(row.jour) }))).toEqual([
      { jour: '2026-03-02', consommateurs: MAX_CONSUMERS_PER_DAY + 1, appels: forged + 1 },
      { jour: '2026-03-03', consommateurs: 1, appels: 1 },
    ]);
    const [autres] = await db.db
      .select({ appels: usageQuotidien.appels })
      .from(usageQuotidien)
      .where(sql`${usageQuotidien.consommateur} = 'autres'`);
    expect(autres?.appels).toBe(300);
    const [first] = await db.db
      .select({ appels: usageQuotidien.appels })
      .from(usageQuotidien)
      .where(sql`${usageQuotidien.consommateur} = 'site-0.example'`);
    expect(first?.appels).toBe(2);
  });
});
