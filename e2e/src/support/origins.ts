import { type E2eVar, e2eVar } from '../env.js';

/**
 * Where the journeys find the two servers. The configuration and the global setup set these
 * variables once, in the runner; the workers inherit them.
 */
function required(name: E2eVar): string {
  const value = e2eVar(name);
  if (value === undefined) {
    throw new Error(
      `${name} n’est pas définie : lancez les parcours par « pnpm --filter @inserjeunes/e2e test »`,
    );
  }
  return value;
}

/** The product started by `pnpm start`: API, widget, embed page and gallery. */
export function productOrigin(): string {
  return `http://localhost:${required('E2E_PORT')}`;
}

/** The partner pages' server: another origin (another host name and port). */
export function partnerOrigin(): string {
  return required('E2E_PARTNER_ORIGIN');
}

/** The folder the partner server serves, where the journeys write their pages. */
export function partnerFolder(): string {
  return required('E2E_PARTNER_DIR');
}
