import { ApiError } from '@inserjeunes/contract';
import * as z from 'zod/mini';

/** A failed call, with a French message a reader can act on. */
export class ApiCallError extends Error {
  readonly status: number;
  constructor(message: string, status: number) {
    super(message);
    this.name = 'ApiCallError';
    this.status = status;
  }
}

/**
 * Calls the API of the origin serving the gallery and checks the answer against the
 * contract's schema: what comes back is `unknown` until it matches.
 */
export async function fetchApi<Schema extends z.ZodMiniType>(
  path: string,
  schema: Schema,
  init?: RequestInit,
): Promise<z.infer<Schema>> {
  let response: Response;
  try {
    response = await fetch(path, {
      ...init,
      headers: { accept: 'application/json', ...init?.headers },
    });
  } catch {
    throw new ApiCallError(
      'Le serveur ne répond pas. Vérifiez qu’il est démarré, puis réessayez.',
      0,
    );
  }
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const error = ApiError.safeParse(body);
    throw new ApiCallError(
      error.success ? error.data.error.message : `Le serveur a répondu ${response.status}.`,
      response.status,
    );
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    throw new ApiCallError(
      `Réponse inattendue de ${path} : ${z.prettifyError(parsed.error)}`,
      response.status,
    );
  }
  return parsed.data;
}
