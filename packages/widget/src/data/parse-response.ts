import type { RaisonAbsence } from '@inserjeunes/contract';
import {
  validateAffichage,
  validateApiError,
  validateRaisonAbsence,
} from '../generated/validators.js';
import type { AffichageLoad } from './affichage-load.js';

const NO_DATA_CODES = new Set(['donnees_indisponibles', 'millesime_indisponible']);
const INTEGRATION_CODES = new Set(['code_inconnu', 'parametre_invalide', 'parametre_inconnu']);

function raisonOf(details: Record<string, unknown> | undefined): RaisonAbsence | null {
  const raison = validateRaisonAbsence(details?.raison);
  return raison.ok ? raison.value : null;
}

/**
 * Reads the API's answer against the contract (checks generated from its schemas, see
 * `scripts/generate-validators.ts`): an `Affichage`, or an `ApiError` sorted into "nothing
 * to show", "wrong code or attribute" (retrying will not help) and "failure". An answer
 * that matches neither is an error, never half-rendered.
 */
export function parseResponse(ok: boolean, status: number, body: unknown): AffichageLoad {
  if (ok) {
    const parsed = validateAffichage(body);
    if (parsed.ok) return { status: 'ready', affichage: parsed.value };
    return {
      status: 'error',
      code: 'reponse_invalide',
      message: `réponse inattendue (${parsed.path})`,
    };
  }
  const error = validateApiError(body);
  if (!error.ok) return { status: 'error', code: `http_${status}`, message: `HTTP ${status}` };
  const { code, message, details } = error.value.error;
  if (NO_DATA_CODES.has(code)) return { status: 'no-data', raison: raisonOf(details), message };
  if (INTEGRATION_CODES.has(code)) return { status: 'unknown', code, message };
  return { status: 'error', code, message };
}
