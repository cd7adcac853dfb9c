import type { AffichageLoad } from './affichage-load.js';
import { parseResponse } from './parse-response.js';

/** Fetches one `Affichage` and checks it against the contract. */
export async function fetchAffichage(url: string, signal: AbortSignal): Promise<AffichageLoad> {
  let response: Response;
  let body: unknown;
  try {
    response = await fetch(url, { signal, headers: { accept: 'application/json' } });
    body = await response.json();
  } catch (cause) {
    if (signal.aborted) throw cause;
    return { status: 'error', code: 'reseau', message: `requête impossible : ${String(cause)}` };
  }
  return parseResponse(response.ok, response.status, body);
}
