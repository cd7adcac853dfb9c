import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * The success answers the API gave to its example requests on the demo dataset, by
 * operation id and status: generated (`pnpm --filter @inserjeunes/api openapi:examples`),
 * committed, and checked fresh in CI.
 */
export const RESPONSE_EXAMPLES_FILE = fileURLToPath(
  new URL('./generated/response-examples.json', import.meta.url),
);

export type ResponseExamples = Record<string, Record<string, unknown>>;

let loaded: ResponseExamples | undefined;

/** The examples, read once; none before the first generation. */
export function responseExamples(): ResponseExamples {
  loaded ??= existsSync(RESPONSE_EXAMPLES_FILE)
    ? (JSON.parse(readFileSync(RESPONSE_EXAMPLES_FILE, 'utf8')) as ResponseExamples)
    : {};
  return loaded;
}

/** A real answer of the operation with this status, when one was recorded. */
export function responseExample(operationId: string, status: string): unknown {
  return responseExamples()[operationId]?.[status];
}
