import type { Context } from 'hono';
import type * as z from 'zod/mini';
import { ApiFailure, invalidParameter } from './api-failure.js';

// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it finds.
const CONTROL = /[\u0000-\u001f\u007f]/;

/**
 * One query parameter a route accepts: its description and its one schema, which reads
 * the raw text (with a French reason when it cannot) and documents it (see `parsedParam`).
 */
export interface QueryParam<T> {
  description: string;
  schema: z.ZodMiniType<T, string>;
}

export type QuerySpec = Record<string, QueryParam<unknown>>;
export type QueryValues<S extends QuerySpec> = {
  [K in keyof S]?: S[K] extends QueryParam<infer T> ? T : never;
};

/**
 * Reads the query string against what the route accepts. An unknown parameter is refused
 * (a typo would otherwise be silently ignored), and so is one given twice.
 */
export function readQuery<S extends QuerySpec>(c: Context, spec: S): QueryValues<S> {
  const all = c.req.queries();
  const values: Record<string, unknown> = {};
  for (const [name, raws] of Object.entries(all)) {
    // Own names only: `toString` or `__proto__` are no parameters of any route.
    const param = Object.hasOwn(spec, name) ? spec[name] : undefined;
    if (param === undefined) {
      const acceptes = Object.keys(spec);
      throw new ApiFailure(
        'parametre_inconnu',
        acceptes.length === 0
          ? `Paramètre « ${name} » inconnu : cette route n’accepte aucun paramètre.`
          : `Paramètre « ${name} » inconnu ; paramètres acceptés : ${acceptes.join(', ')}.`,
        { parametre: name, acceptes },
      );
    }
    if (raws.length > 1) throw invalidParameter(name, 'il est donné plusieurs fois');
    const raw = raws[0] ?? '';
    // No parameter holds control characters, and PostgreSQL text cannot hold NUL at all.
    const control = CONTROL.exec(raw);
    if (control !== null) {
      const code = (control[0].codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0');
      throw invalidParameter(name, `caractère de contrôle U+${code} refusé`);
    }
    const parsed = param.schema.safeParse(raw);
    if (!parsed.success) {
      throw invalidParameter(name, parsed.error.issues[0]?.message ?? 'valeur invalide', raw);
    }
    values[name] = parsed.data;
  }
  return values as QueryValues<S>;
}
