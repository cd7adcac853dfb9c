import { expect } from 'vitest';
import * as z from 'zod/mini';

/** Asserts that an answer matches the contract's schema (the widget checks it the same way). */
export function expectShape(schema: z.ZodMiniType, body: unknown): void {
  const result = z.safeParse(schema, body);
  expect(result.success ? [] : result.error.issues.slice(0, 5)).toEqual([]);
}
