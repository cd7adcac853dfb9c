import { setImmediate } from 'node:timers/promises';
import type { Couverture } from '@inserjeunes/contract';
import type { DbHandle } from '@inserjeunes/db';
import { testDbTargets } from '@inserjeunes/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../app.js';
import { S, seedScenario } from '../testing/scenario.js';
import { testApp } from '../testing/test-app.js';
import { unknownUaiCatalogue } from '../testing/unknown-uai-catalogue.js';

const ROWS = 8000;
/**
 * Widget answers sent before the catalogue's: far more than the one or two that could slip in
 * before a check done in one go (it hands the event loop back every 50 rows: 160 times here).
 */
const WIDGET_ANSWERS_DURING_CHECK = 20;
const CODES = [S.cap, S.bacPro, S.capFinal, S.btsSmall, S.secondeCommune, S.tooNew];

describe.each(testDbTargets())('a large catalogue beside the widgets on $name', ({ open }) => {
  let db: DbHandle;
  let app: App;
  beforeAll(async () => {
    db = await open();
    await seedScenario(db);
    app = testApp(db, { trustProxy: true });
  });
  afterAll(async () => {
    await app.close();
    await db.close();
  });

  it('keeps answering the widgets while it checks a catalogue of thousands of rows', async () => {
    // What completes, in order: widget answers, and the catalogue's answer. Durations on a
    // shared machine say nothing; the order does (the timings are `bench/src/couverture-responsiveness.ts`'s).
    const completed: ('widget' | 'catalogue')[] = [];
    const coverage = (async () => {
      const response = await app.request('/api/inserjeunes/couverture', {
        method: 'POST',
        headers: { 'Content-Type': 'text/csv' },
        body: unknownUaiCatalogue(ROWS, CODES),
      });
      const body = (await response.json()) as Couverture;
      completed.push('catalogue');
      return { status: response.status, body };
    })();
    // A widget asking again as soon as it has its answer, while the catalogue is checked.
    while (!completed.includes('catalogue')) {
      await setImmediate();
      const response = await app.request(`/api/inserjeunes/affichage/${S.cap}?uai=${S.lyon}`);
      expect(response.status).toBe(200);
      await response.arrayBuffer();
      completed.push('widget');
    }
    const { status, body } = await coverage;

    expect(status).toBe(200);
    expect(body.totaux.lignes).toBe(ROWS);
    expect(body.totaux.invalide).toBe(0);
    // Checked in one go, the catalogue would let a widget through only before it starts and
    // after it ends; checked in slices, widgets are answered all along.
    const beforeCatalogue = completed.indexOf('catalogue');
    expect(beforeCatalogue).toBeGreaterThanOrEqual(WIDGET_ANSWERS_DURING_CHECK);
  });

  it('checks catalogues one at a time, in the order they came', async () => {
    const finished: string[] = [];
    // Two partners: one client's second catalogue would be refused while its first is checked.
    const send = async (name: string, body: string) => {
      const response = await app.request('/api/inserjeunes/couverture', {
        method: 'POST',
        headers: {
          'Content-Type': 'text/csv',
          'X-Forwarded-For': name === 'large' ? '198.51.100.1' : '198.51.100.2',
        },
        body,
      });
      // Answered once checked: the body then streams out while the next check runs.
      finished.push(name);
      const couverture = (await response.json()) as Couverture;
      return couverture.totaux.lignes;
    };
    // A small catalogue sent just after a large one waits for it instead of slowing it down.
    const [large, small] = await Promise.all([
      send('large', unknownUaiCatalogue(ROWS, CODES)),
      send('small', `Code\n${S.cap}\n${S.bacPro}`),
    ]);
    expect([large, small]).toEqual([ROWS, 2]);
    expect(finished).toEqual(['large', 'small']);
  });
});
