import { Hono } from 'hono';
import type { ApiOperation } from '../openapi/api-operation.js';
import type { ApiEnv } from './api-env.js';
import type { ApiRoute } from './define-route.js';

/** Declared endpoints under one base path: one sub-app, one part of the documentation. */
export interface ApiSection {
  base: string;
  routes: readonly ApiRoute[];
}

/** The sub-app serving a section's endpoints, mounted at its base. */
export function sectionApp(section: ApiSection): Hono<ApiEnv> {
  const app = new Hono<ApiEnv>();
  for (const route of section.routes) route.register(app);
  return app;
}

/** Every declared endpoint's documentation, section by section, in declaration order. */
export function operationsOf(sections: readonly ApiSection[]): ApiOperation[] {
  return sections.flatMap((section) =>
    section.routes.map((route) => route.operation(section.base)),
  );
}
