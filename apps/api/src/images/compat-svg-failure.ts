import type { Scope } from '@inserjeunes/contract';
import type { CompatErrorBody } from '../compat/compat-error.js';
import type { ApiFailure } from '../http/api-failure.js';

/** A failure of a compatible image route: the reference's JSON answer, and what the error image says. */
export interface CompatSvgFailure {
  status: 400 | 404;
  body: CompatErrorBody;
  /** Why there is no image, in the reader's words; null when the request itself was wrong. */
  reason: string | null;
}

const NOT_FOUND = (message: string, data?: Record<string, unknown>): CompatErrorBody =>
  data === undefined
    ? { statusCode: 404, error: 'Not Found', message }
    : { statusCode: 404, error: 'Not Found', message, data };

function unknownCertification(scope: Scope): string {
  return scope === 'national' ? 'Certification inconnue' : 'Formation inconnue';
}

function newestFirst(millesimes: unknown): string[] {
  if (!Array.isArray(millesimes)) return [];
  return millesimes
    .filter((m): m is string => typeof m === 'string')
    .sort()
    .reverse();
}

/** No rate to draw: the reference's `ErrorNoDataAvailable`. */
export function noDataAvailable(reason: string | null): CompatSvgFailure {
  return { status: 404, body: NOT_FOUND('Données non disponibles'), reason };
}

/**
 * The reference's answer to one of our failures on its image routes: its messages for an
 * unknown certification, establishment or millésime, and for a request it would refuse
 * (`Erreur de validation`, with what was wrong). Null for the failures it had no answer
 * for (rate limit, database down), which keep ours.
 */
export function compatSvgFailure(failure: ApiFailure, scope: Scope): CompatSvgFailure | null {
  const details = failure.details ?? {};
  switch (failure.code) {
    case 'parametre_invalide':
    case 'parametre_inconnu': {
      const key = typeof details.parametre === 'string' ? details.parametre : '';
      return {
        status: 400,
        body: {
          statusCode: 400,
          error: 'Bad Request',
          message: 'Erreur de validation',
          details: [
            {
              message: failure.message,
              path: [key],
              type: failure.code,
              context: { key, label: key },
            },
          ],
        },
        reason: null,
      };
    }
    case 'code_inconnu':
      return {
        status: 404,
        body: NOT_FOUND(unknownCertification(scope)),
        reason: 'Ce code de formation est inconnu.',
      };
    case 'etablissement_inconnu':
      return {
        status: 404,
        body: NOT_FOUND('Etablissement inconnu'),
        reason: 'Cet établissement est inconnu.',
      };
    case 'millesime_indisponible':
      return {
        status: 404,
        body: NOT_FOUND('Pas de données pour le millésime', {
          millesime: details.millesime,
          millesimesDisponible: newestFirst(details.millesimes_disponibles),
        }),
        reason: 'Aucun chiffre pour ces promotions.',
      };
    case 'donnees_indisponibles':
      return {
        status: 404,
        body: NOT_FOUND(
          scope === 'regional' ? 'Pas de données disponibles' : unknownCertification(scope),
        ),
        reason: 'Aucun chiffre n’est publié pour cette formation.',
      };
    default:
      return null;
  }
}
