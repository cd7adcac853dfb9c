import type { DbHandle } from '@inserjeunes/db';
import { testDbTargets } from '@inserjeunes/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import type { App } from '../app.js';
import { testApp } from '../testing/test-app.js';
import { EXAMPLE_REQUESTS } from './example-requests.js';
import { responseExamples } from './response-examples.js';

interface Document {
  paths: Record<
    string,
    Record<
      string,
      { responses: Record<string, { content?: Record<string, { example?: unknown }> }> }
    >
  >;
}

describe.each(testDbTargets())('the OpenAPI document’s success examples on $name', ({ open }) => {
  let db: DbHandle;
  let app: App;
  let doc: Document;
  beforeAll(async () => {
    db = await open();
    app = testApp(db);
    doc = (await (await app.request('/api/openapi.json')).json()) as Document;
  });
  afterAll(async () => {
    await app.close();
    await db.close();
  });

  it('gives every JSON success response an example its own schema accepts', () => {
    const checked: string[] = [];
    for (const op of app.operations) {
      for (const [status, response] of Object.entries(op.responses)) {
        const schema = response.content?.['application/json'];
        if (schema === undefined) continue;
        const documented = doc.paths[op.path]?.[op.method]?.responses[status];
        const example = documented?.content?.['application/json']?.example;
        const where = `${op.method.toUpperCase()} ${op.path} ${status}`;
        expect(example, `${where} has no example`).toBeDefined();
        const parsed = z.safeParse(schema, example);
        expect(parsed.error?.issues ?? [], where).toEqual([]);
        checked.push(op.operationId);
      }
    }
    expect(checked.sort()).toEqual(Object.keys(EXAMPLE_REQUESTS).sort());
  });

  it('shows lists cut to a few items of what the API answered', () => {
    const examples = responseExamples();
    const liste = examples.liste_certifications?.['200'] as {
      certifications: unknown[];
      pagination: { items_par_page: number };
    };
    expect(liste.certifications).toHaveLength(2);
    expect(liste.pagination.items_par_page).toBe(2);
    const gallery = examples.exemplesGalerie?.['200'] as { exemples: unknown[] };
    expect(gallery.exemples.length).toBeLessThanOrEqual(3);
  });
});
