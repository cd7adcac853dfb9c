// `pnpm --filter @inserjeunes/widget validators`: writes src/generated/validators.ts, the
// checks of the API's answers the widget runs in the browser, from the contract's schemas.
// The widget never bundles zod; CI regenerates this file and fails when it is stale.
import { writeFileSync } from 'node:fs';
import { Affichage, ApiError, RAISONS_ABSENCE } from '@inserjeunes/contract';
import * as z from 'zod/mini';
import { type JsonSchema, validatorSource } from './validator-source.js';

// `input`: what the API may send, unknown keys included (zod accepts and drops them).
const schema = (type: z.core.$ZodType): JsonSchema =>
  z.toJSONSchema(type, { io: 'input', unrepresentable: 'throw' }) as JsonSchema;

const source = validatorSource({
  targets: [
    { name: 'Affichage', type: 'Affichage', schema: schema(Affichage) },
    { name: 'ApiError', type: 'ApiError', schema: schema(ApiError) },
    // An error's `details` are free-form: the reason there is nothing to show is read apart.
    { name: 'RaisonAbsence', type: 'RaisonAbsence', schema: schema(z.enum(RAISONS_ABSENCE)) },
  ],
  typeImport: '@inserjeunes/contract',
  command: 'scripts/generate-validators.ts',
});
const target = new URL('../src/generated/validators.ts', import.meta.url);
writeFileSync(target, source);
console.log(`wrote ${target.pathname}`);
