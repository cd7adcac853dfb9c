import type * as z from 'zod/mini';
import type { QuerySpec } from '../http/read-query.js';

/**
 * One documented operation. Route files describe their operations with the same zod
 * schemas and query specs they validate with, and the OpenAPI document is built from these
 * descriptions, so the documentation cannot drift from the code.
 */
export interface ApiOperation {
  method: 'get' | 'post';
  /** OpenAPI form, parameters in braces: `/api/inserjeunes/certifications/{codes}`. */
  path: string;
  operationId: string;
  summary: string;
  description?: string;
  tag: string;
  pathParams?: Record<string, { description: string; schema: z.ZodMiniType }>;
  query?: QuerySpec;
  requestBody?: { description: string; content: Record<string, z.ZodMiniType> };
  /** Success responses by status; error responses are added from the contract. */
  responses: Record<number, { description: string; content?: Record<string, z.ZodMiniType> }>;
  /** Error statuses this operation can answer, documented with the contract's error shape. */
  errors: readonly number[];
}
