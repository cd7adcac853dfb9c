/**
 * Turns JSON Schemas (as `z.toJSONSchema` writes them for the contract) into the source of a
 * small TypeScript module that checks a value against each of them, without zod.
 *
 * It knows the shapes the contract uses and nothing more: objects (required and optional
 * keys, unknown keys allowed as zod allows them), records, arrays, nullable values, string
 * enums, integers and numbers with bounds, strings, booleans. Any other keyword stops the
 * generation with the place it was found, so a change in the contract never validates less
 * in silence.
 */

/** A JSON Schema, as far as this generator reads it. */
export type JsonSchema = { [keyword: string]: unknown };

/** One schema to check against: the exported function's name, and the type it proves. */
export interface ValidatorTarget {
  /** Exported as `validate${name}`. */
  name: string;
  /** The TypeScript type imported from `typeImport` for the validated value. */
  type: string;
  schema: JsonSchema;
}

export interface ValidatorSourceOptions {
  targets: readonly ValidatorTarget[];
  /** Module the types are imported from (type-only). */
  typeImport: string;
  /** How to regenerate, written at the top of the file. */
  command: string;
}

const isSchema = (value: unknown): value is JsonSchema =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function only(schema: JsonSchema, where: string, allowed: readonly string[]): void {
  for (const keyword of Object.keys(schema)) {
    if (!allowed.includes(keyword)) {
      throw new Error(`unsupported JSON Schema keyword "${keyword}" at ${where}`);
    }
  }
}

function bound(value: unknown, where: string): string {
  if (value === undefined) return '';
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new Error(`a bound that is not a number at ${where}`);
  }
  return String(value);
}

/** Collects the checks, one named constant per distinct shape. */
class Emitter {
  readonly #names = new Map<string, string>();
  readonly lines: string[] = [];

  /** The expression checking `schema` (a constant's name when the shape is not trivial). */
  check(schema: unknown, where: string): string {
    if (!isSchema(schema)) throw new Error(`a schema that is not an object at ${where}`);
    const expression = this.#expression(schema, where);
    // Atoms are cheap to repeat; compound checks are built once and shared.
    if (/^\w+$/.test(expression)) return expression;
    const known = this.#names.get(expression);
    if (known !== undefined) return known;
    const name = `check${this.#names.size + 1}`;
    this.#names.set(expression, name);
    this.lines.push(`const ${name}: Check = ${expression};`);
    return name;
  }

  #expression(schema: JsonSchema, where: string): string {
    if (Object.keys(schema).length === 0) return 'anything';
    if (Array.isArray(schema.anyOf)) {
      only(schema, where, ['anyOf']);
      const options = schema.anyOf;
      const others = options.filter((option) => !(isSchema(option) && option.type === 'null'));
      const checks = others.map((option, i) => this.check(option, `${where}/anyOf/${i}`));
      const anyOf = checks.length === 1 ? (checks[0] ?? '') : `anyOf([${checks.join(', ')}])`;
      return others.length < options.length ? `nullable(${anyOf})` : anyOf;
    }
    if (Array.isArray(schema.type)) {
      // `type: ['string', 'null']`: each type with the other keywords, null apart.
      const types = schema.type.filter((type) => type !== 'null');
      const checks = types.map((type) => this.check({ ...schema, type }, where));
      const anyOf = checks.length === 1 ? (checks[0] ?? '') : `anyOf([${checks.join(', ')}])`;
      return types.length < schema.type.length ? `nullable(${anyOf})` : anyOf;
    }
    switch (schema.type) {
      case 'object':
        return this.#object(schema, where);
      case 'array':
        only(schema, where, ['type', 'items']);
        return `array(${this.check(schema.items, `${where}/items`)})`;
      case 'string':
        if (schema.enum !== undefined) {
          only(schema, where, ['type', 'enum']);
          if (!Array.isArray(schema.enum) || !schema.enum.every((v) => typeof v === 'string')) {
            throw new Error(`an enum that is not a list of strings at ${where}`);
          }
          return `oneOf(${JSON.stringify(schema.enum)})`;
        }
        only(schema, where, ['type']);
        return 'string';
      case 'integer':
      case 'number': {
        only(schema, where, ['type', 'minimum', 'maximum']);
        const min = bound(schema.minimum, `${where}/minimum`) || '-Infinity';
        const max = bound(schema.maximum, `${where}/maximum`) || 'Infinity';
        return `${schema.type}(${min}, ${max})`;
      }
      case 'boolean':
        only(schema, where, ['type']);
        return 'boolean';
      case 'null':
        only(schema, where, ['type']);
        return 'isNull';
      default:
        throw new Error(`unsupported JSON Schema type ${JSON.stringify(schema.type)} at ${where}`);
    }
  }

  #object(schema: JsonSchema, where: string): string {
    only(schema, where, [
      'type',
      'properties',
      'required',
      'additionalProperties',
      'propertyNames',
    ]);
    // Object keys are always strings: a string key rule says nothing more.
    const names = schema.propertyNames;
    if (names !== undefined && !(isSchema(names) && names.type === 'string')) {
      throw new Error(`unsupported propertyNames at ${where}`);
    }
    const extra = schema.additionalProperties;
    const required = Array.isArray(schema.required) ? schema.required : [];
    if (schema.properties === undefined) {
      // A record: any keys, values checked when the schema says how.
      if (
        extra === undefined ||
        extra === true ||
        (isSchema(extra) && Object.keys(extra).length === 0)
      ) {
        return 'record(anything)';
      }
      return `record(${this.check(extra, `${where}/additionalProperties`)})`;
    }
    if (
      extra !== undefined &&
      extra !== true &&
      !(isSchema(extra) && Object.keys(extra).length === 0)
    ) {
      throw new Error(`additionalProperties other than allowed at ${where}`);
    }
    if (!isSchema(schema.properties))
      throw new Error(`properties that are not an object at ${where}`);
    const fields = Object.entries(schema.properties).map(([key, value]) => {
      const check = this.check(value, `${where}/properties/${key}`);
      const safeKey = /^[A-Za-z_$][\w$]*$/.test(key) ? key : JSON.stringify(key);
      return `${safeKey}: ${required.includes(key) ? check : `optional(${check})`}`;
    });
    for (const key of required) {
      if (typeof key !== 'string' || !(key in schema.properties)) {
        throw new Error(`required key ${JSON.stringify(key)} without a schema at ${where}`);
      }
    }
    return `object({\n  ${fields.join(',\n  ')},\n})`;
  }
}

const RUNTIME = `/** Null when the value conforms, else the path to the first part that does not ('' for itself). */
type Check = (value: unknown) => string | null;

/** The outcome of a validation: the value, now typed, or where it first departs from the schema. */
export type Validated<T> = { ok: true; value: T } | { ok: false; path: string };

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const at = (key: string | number, issue: string | null): string | null =>
  issue === null ? null : issue === '' ? \`\${key}\` : \`\${key}.\${issue}\`;
const is = (ok: boolean): string | null => (ok ? null : '');

const anything: Check = () => null;
const string: Check = (value) => is(typeof value === 'string');
const boolean: Check = (value) => is(typeof value === 'boolean');
const isNull: Check = (value) => is(value === null);
const integer =
  (min: number, max: number): Check =>
  (value) =>
    is(Number.isInteger(value) && (value as number) >= min && (value as number) <= max);
const number =
  (min: number, max: number): Check =>
  (value) =>
    is(Number.isFinite(value) && (value as number) >= min && (value as number) <= max);
const oneOf =
  (values: readonly string[]): Check =>
  (value) =>
    is(values.includes(value as string));
const nullable =
  (check: Check): Check =>
  (value) =>
    value === null ? null : check(value);
const optional =
  (check: Check): Check =>
  (value) =>
    value === undefined ? null : check(value);
const anyOf =
  (checks: readonly Check[]): Check =>
  (value) =>
    is(checks.some((check) => check(value) === null));
const array =
  (item: Check): Check =>
  (value) => {
    if (!Array.isArray(value)) return '';
    for (let i = 0; i < value.length; i++) {
      const issue = at(i, item(value[i]));
      if (issue !== null) return issue;
    }
    return null;
  };
const record =
  (item: Check): Check =>
  (value) => {
    if (!isObject(value)) return '';
    for (const [key, field] of Object.entries(value)) {
      const issue = at(key, item(field));
      if (issue !== null) return issue;
    }
    return null;
  };
const object =
  (shape: Record<string, Check>): Check =>
  (value) => {
    if (!isObject(value)) return '';
    for (const [key, check] of Object.entries(shape)) {
      const issue = at(key, check(value[key]));
      if (issue !== null) return issue;
    }
    return null;
  };
`;

/** The validator module's source for `targets`. */
export function validatorSource({ targets, typeImport, command }: ValidatorSourceOptions): string {
  const emitter = new Emitter();
  const exported = targets.map(({ name, type, schema }) => {
    // The dialect the root names is the one this generator reads.
    const { $schema: _dialect, ...root } = schema;
    const check = emitter.check(root, `${name}#`);
    return `
/** Checks a value against the contract's \`${type}\`, without zod. */
export function validate${name}(value: unknown): Validated<${type}> {
  const path = ${check}(value);
  return path === null ? { ok: true, value: value as ${type} } : { ok: false, path };
}`;
  });
  const types = [...new Set(targets.map((target) => target.type))].sort().join(', ');
  return `// Generated from the contract's JSON Schemas (z.toJSONSchema) by ${command}.
// Do not edit: change the contract and regenerate. Unknown keys are allowed and kept, as
// zod allows them; everything else the schema says is checked.
import type { ${types} } from '${typeImport}';

${RUNTIME}
${emitter.lines.join('\n')}
${exported.join('\n')}
`;
}
