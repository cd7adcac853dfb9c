import { ApiFailure } from '../http/api-failure.js';
import { unavailable } from '../http/error-handler.js';

/**
 * An example body per error status, as the API writes it (`ApiFailure.toJSON()`): the
 * messages are those of the code paths that answer them.
 */
export function errorExample(status: number): unknown {
  const failure = EXAMPLES[status];
  return failure?.toJSON();
}

const EXAMPLES: Record<number, ApiFailure> = {
  400: new ApiFailure(
    'parametre_inconnu',
    'Paramètre inconnu : « verbose ». Paramètres acceptés : aucun.',
    { parametre: 'verbose' },
  ),
  401: new ApiFailure(
    'cle_invalide',
    'Clé d’API invalide ou révoquée (en-tête X-API-Key). Retirez l’en-tête pour un accès anonyme, ou demandez une nouvelle clé.',
  ),
  404: new ApiFailure('code_inconnu', 'Code inconnu : 99999999.', { code: '99999999' }),
  413: new ApiFailure('corps_trop_grand', 'Corps trop volumineux : 16 Mio au plus.'),
  429: new ApiFailure(
    'trop_de_requetes',
    'Trop de requêtes : 300 par minute au plus sans clé d’API (une clé X-API-Key relève cette limite). Réessayez dans 42 s.',
    { limite_par_minute: 300, reessayer_dans_secondes: 42 },
  ),
  503: unavailable(),
};
