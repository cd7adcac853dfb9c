import type { ParseResult } from '@inserjeunes/contract';
import * as z from 'zod/mini';

/**
 * A parameter's one schema: its raw text as documented, then our parser, whose French
 * reason becomes the message of the issue. Validation and the OpenAPI document (the
 * schema's input side) both come from it.
 */
export function parsedParam<T>(
  parse: (raw: string) => ParseResult<T>,
  documented: z.ZodMiniType<string, string> = z.string(),
): z.ZodMiniType<T, string> {
  return z.pipe(
    documented,
    z.transform((raw: string, ctx) => {
      const parsed = parse(raw);
      if (parsed.ok) return parsed.value;
      ctx.issues.push({ code: 'custom', message: parsed.reason, input: raw });
      return z.NEVER;
    }),
  );
}

/** What the document says of a parameter's text (JSON Schema keywords). */
export interface TextShape {
  pattern?: RegExp;
  minLength?: number;
  maxLength?: number;
}

/**
 * Text whose shape the document shows (as JSON Schema metadata) while the parser alone
 * decides: what is accepted is exactly what it accepts, refused with its French reason.
 */
export function documentedText({ pattern, ...lengths }: TextShape): z.ZodMiniType<string, string> {
  return z
    .string()
    .register(
      z.globalRegistry,
      pattern === undefined ? lengths : { pattern: pattern.source, ...lengths },
    );
}

/** One of `values`, refused with the list of those accepted. */
export function oneOf<const T extends readonly [string, ...string[]]>(values: T) {
  return z.enum(values, { error: () => `attendu ${values.join(', ')}` });
}
