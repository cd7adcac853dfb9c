import { Hono } from 'hono';
import type { ApiEnv } from '../http/api-env.js';
import { readQuery } from '../http/read-query.js';
import type { ApiOperation } from '../openapi/api-operation.js';
import { DOCS_CSP, docsPage } from '../openapi/docs-page.js';
import { openApiDocument } from '../openapi/openapi-document.js';
import type { PublishedLimits } from '../openapi/published-limits.js';
import { API_VERSION } from '../version.js';
import type { RouteDeps } from './route-deps.js';

/** The OpenAPI 3.1 document and the documentation page, built once from the declared endpoints. */
export function openapiRoutes(
  deps: RouteDeps,
  operations: readonly ApiOperation[],
  limits: PublishedLimits,
) {
  let document: string | undefined;
  let page: string | undefined;
  return new Hono<ApiEnv>()
    .get('/openapi.json', deps.fresh, (c) => {
      readQuery(c, {});
      document ??= JSON.stringify(openApiDocument(operations, API_VERSION));
      return c.body(document, 200, { 'Content-Type': 'application/json; charset=utf-8' });
    })
    .get('/docs', deps.fresh, (c) => {
      readQuery(c, {});
      page ??= docsPage(operations, limits);
      return c.html(page, 200, { 'Content-Security-Policy': DOCS_CSP });
    });
}
