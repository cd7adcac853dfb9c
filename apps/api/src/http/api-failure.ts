import { ERROR_STATUS, type ErrorCode } from '@inserjeunes/contract';

/**
 * An answer the API gives on purpose: a stable code from the contract, a French message for
 * the partner's developer, and details a program can use (the parameter at fault, the
 * millésimes that do exist…). The error handler turns it into `{ error: { … } }`. No cache
 * keeps an error (`Cache-Control: no-store`): a 429 or a 503 is one client's, one moment's.
 */
export class ApiFailure extends Error {
  readonly code: ErrorCode;
  readonly details: Record<string, unknown> | undefined;
  readonly headers: Record<string, string>;

  constructor(
    code: ErrorCode,
    message: string,
    details?: Record<string, unknown>,
    headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'ApiFailure';
    this.code = code;
    this.details = details;
    this.headers = { 'Cache-Control': 'no-store', ...headers };
  }

  get status(): number {
    return ERROR_STATUS[this.code];
  }

  toJSON() {
    return {
      error: {
        code: this.code,
        message: this.message,
        ...(this.details === undefined ? {} : { details: this.details }),
      },
    };
  }
}

/** A parameter (path, query or body) that cannot be read: names it and says why. */
export function invalidParameter(parametre: string, raison: string, valeur?: string): ApiFailure {
  return new ApiFailure(
    'parametre_invalide',
    `Paramètre « ${parametre} » invalide : ${raison}.`,
    valeur === undefined ? { parametre } : { parametre, valeur },
  );
}
