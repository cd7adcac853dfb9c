import type { Context, Hono, MiddlewareHandler } from 'hono';
import * as z from 'zod/mini';
import type { ApiOperation } from '../openapi/api-operation.js';
import type { ApiEnv } from './api-env.js';
import { type QuerySpec, type QueryValues, readQuery } from './read-query.js';

/** A path parameter: its documentation and its reader, which answers 400 in French. */
export interface PathParam<T> {
  description: string;
  read(raw: string): T;
}

export type PathSpec = Record<string, PathParam<unknown>>;
export type PathValues<P extends PathSpec> = {
  [K in keyof P]: P[K] extends PathParam<infer T> ? T : never;
};

/** How an endpoint is documented, besides its path and parameters. */
export type RouteDocs = Pick<
  ApiOperation,
  'operationId' | 'summary' | 'description' | 'tag' | 'requestBody' | 'responses' | 'errors'
> & {
  /**
   * The documented path and parameters below the sub-app, when the route's own cannot say
   * them (two parameters in one segment, read as one).
   */
  documented?: { path: string; params: Record<string, { description: string }> };
};

/** One endpoint, declared once: path, parameters, documentation, middleware and handler. */
export interface RouteDeclaration<Q extends QuerySpec, P extends PathSpec> extends RouteDocs {
  method: 'get' | 'post';
  /** Below its sub-app, Hono's form: `/certifications/:codes`. */
  path: string;
  params?: P;
  query?: Q;
  use?: readonly MiddlewareHandler<ApiEnv>[];
  handler(
    c: Context<ApiEnv>,
    input: { params: PathValues<P>; query: QueryValues<Q> },
  ): Response | Promise<Response>;
}

/** A declared endpoint, ready to be mounted and documented. */
export interface ApiRoute {
  method: 'get' | 'post';
  path: string;
  /** Registers the endpoint on its sub-app. */
  register(app: Hono<ApiEnv>): void;
  /** Its documentation, under the sub-app's base path. */
  operation(base: string): ApiOperation;
}

/**
 * Declares an endpoint once. Its handler receives the query read against `query` (unknown
 * or repeated parameters refused) and then the path parameters read in their order, so the
 * first bad value names itself in the 400; the same declaration documents it.
 */
export function defineRoute<
  Q extends QuerySpec = Record<never, never>,
  P extends PathSpec = Record<never, never>,
>(declaration: RouteDeclaration<Q, P>): ApiRoute {
  const { method, path, params, query, use = [], handler } = declaration;
  const readParams = (c: Context<ApiEnv>): PathValues<P> => {
    const values: Record<string, unknown> = {};
    for (const [name, param] of Object.entries(params ?? {})) {
      values[name] = param.read(c.req.param(name) ?? '');
    }
    return values as PathValues<P>;
  };
  return {
    method,
    path,
    register(app) {
      const endpoint: MiddlewareHandler<ApiEnv> = async (c) => {
        const values = readQuery(c, query ?? {});
        return handler(c, { query: values as QueryValues<Q>, params: readParams(c) });
      };
      app.on(method.toUpperCase(), [path], ...use, endpoint);
    },
    operation(base) {
      const documented = declaration.documented ?? {
        path: path.replace(/:(\w+)/g, '{$1}'),
        params: params ?? {},
      };
      return {
        method,
        path: `${base}${documented.path === '/' ? '' : documented.path}`,
        operationId: declaration.operationId,
        summary: declaration.summary,
        ...(declaration.description === undefined ? {} : { description: declaration.description }),
        tag: declaration.tag,
        pathParams: Object.fromEntries(
          Object.entries(documented.params).map(([name, { description }]) => [
            name,
            { description, schema: z.string() },
          ]),
        ),
        query: query ?? {},
        ...(declaration.requestBody === undefined ? {} : { requestBody: declaration.requestBody }),
        responses: declaration.responses,
        errors: declaration.errors,
      };
    },
  };
}
