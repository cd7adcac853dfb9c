import { ApiFailure } from '../http/api-failure.js';
import { CompatError } from './compat-error.js';

/** Which lookup failed: the reference worded its 404s by route, and apart for the filières view. */
export interface LookupKind {
  route: 'certifications' | 'regionales' | 'formations';
  filieres: boolean;
}

const NO_DATA: Record<LookupKind['route'], { single: string; filieres: string }> = {
  certifications: { single: 'Certification inconnue', filieres: 'Certifications inconnues' },
  regionales: { single: 'Pas de données disponibles', filieres: 'Pas de données disponibles' },
  formations: { single: 'Formation inconnue', filieres: 'Formation inconnue' },
};

const UNKNOWN_CODE: Record<LookupKind['route'], { single: string; filieres: string }> = {
  certifications: { single: 'Certification inconnue', filieres: 'Certifications inconnues' },
  regionales: { single: 'Formation inconnue', filieres: 'Formation inconnue' },
  formations: { single: 'Formation inconnue', filieres: 'Formation inconnue' },
};

/**
 * Our failure as the reference's error: its status and message, and what we know more
 * (our code, why there is nothing, the millésimes held) in `data`.
 */
export function fromApiFailure(failure: ApiFailure, kind?: LookupKind): CompatError {
  const details = failure.details ?? {};
  const ours = { code: failure.code, explication: failure.message };
  const pick = (table: typeof NO_DATA) =>
    kind === undefined ? 'Not Found' : table[kind.route][kind.filieres ? 'filieres' : 'single'];
  switch (failure.code) {
    case 'code_inconnu':
      return new CompatError(404, pick(UNKNOWN_CODE), { data: { ...ours, codes: details.codes } });
    case 'etablissement_inconnu':
      return new CompatError(404, 'Etablissement inconnu', { data: { ...ours, uai: details.uai } });
    case 'donnees_indisponibles':
      return new CompatError(404, pick(NO_DATA), { data: { ...ours, raison: details.raison } });
    case 'millesime_indisponible': {
      const data = {
        millesime: details.millesime,
        millesimesDisponible: details.millesimes_disponibles,
        ...ours,
      };
      return kind?.filieres
        ? new CompatError(404, pick(NO_DATA), { data })
        : new CompatError(404, 'Pas de données pour le millésime', { data });
    }
    case 'parametre_invalide':
    case 'parametre_inconnu':
    case 'corps_invalide':
      return new CompatError(400, 'Erreur de validation', {
        details: [
          {
            message: failure.message,
            path: typeof details.parametre === 'string' ? [details.parametre] : [],
            type: failure.code,
            context: details,
          },
        ],
      });
    default:
      return new CompatError(failure.status, failure.message, {
        data: details === undefined || Object.keys(details).length === 0 ? undefined : details,
        headers: failure.headers,
      });
  }
}

export function isApiFailure(error: unknown): error is ApiFailure {
  return error instanceof ApiFailure;
}
