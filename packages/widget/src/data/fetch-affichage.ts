import type { AffichageLoad } from './affichage-load.js';

/** The contract's checks are a chunk: asked for with the request, so neither waits on the other. */
const loadParser = () => import('./parse-response.js');

/**
 * How long the widget waits for the API before showing its network-error state (with its
 * retry button) rather than a loading state that never ends.
 */
export const AFFICHAGE_TIMEOUT_MS = 30_000;

/** Fetches one `Affichage` and checks it against the contract. */
export async function fetchAffichage(
  url: string,
  signal: AbortSignal,
  timeoutMs = AFFICHAGE_TIMEOUT_MS,
): Promise<AffichageLoad> {
  const parser = loadParser().then(
    (module) => module.parseResponse,
    () => null,
  );
  // One controller for both reasons to stop: the widget's (a newer request, removal) and
  // the delay. `AbortSignal.any` is missing from browsers partners still see.
  const request = new AbortController();
  const forward = () => request.abort(signal.reason);
  signal.addEventListener('abort', forward, { once: true });
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    request.abort();
  }, timeoutMs);
  let response: Response;
  let body: unknown;
  try {
    response = await fetch(url, {
      signal: request.signal,
      headers: { accept: 'application/json' },
    });
    body = await response.json();
  } catch (cause) {
    if (signal.aborted) throw cause;
    const message = timedOut
      ? `pas de réponse après ${Math.ceil(timeoutMs / 1000)} s`
      : `requête impossible : ${String(cause)}`;
    return { status: 'error', code: 'reseau', message };
  } finally {
    clearTimeout(timer);
    signal.removeEventListener('abort', forward);
  }
  const parseResponse = await parser;
  if (parseResponse === null) {
    return {
      status: 'error',
      code: 'script',
      message: 'code de lecture de la réponse indisponible',
    };
  }
  return parseResponse(response.ok, response.status, body);
}
