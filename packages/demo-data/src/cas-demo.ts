import { CAS_CHIFFRES } from './cas-chiffres.js';
import { CAS_REPLI } from './cas-repli.js';
import { CAS_RESOLUTION } from './cas-resolution.js';
import type { CasDemo } from './etat-demo.js';

/**
 * The demo's examples, one or more per widget state, with what the API should answer
 * (`attendu`). A test checks each expectation against the generated figures; the generator
 * writes them, with the figures, to `demo/cas.json`.
 */
export const CAS_DEMO: readonly CasDemo[] = [...CAS_CHIFFRES, ...CAS_REPLI, ...CAS_RESOLUTION];
