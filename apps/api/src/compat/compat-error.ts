/** HTTP reason phrases, as the reference service's `error` field carries them. */
const REASONS: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  404: 'Not Found',
  405: 'Method Not Allowed',
  413: 'Payload Too Large',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

/** The body of an error of the reference service: `{ statusCode, error, message, data?, details? }`. */
export interface CompatErrorBody {
  statusCode: number;
  error: string;
  message: string;
  data?: Record<string, unknown>;
  details?: unknown[];
}

/**
 * An error answered in the reference service's shape. `message` is the reference's own
 * message (partners compare it); what we know more goes into `data`.
 */
export class CompatError extends Error {
  readonly status: number;
  readonly data: Record<string, unknown> | undefined;
  readonly details: unknown[] | undefined;
  readonly headers: Record<string, string>;

  constructor(
    status: number,
    message: string,
    extra: {
      data?: Record<string, unknown> | undefined;
      details?: unknown[] | undefined;
      headers?: Record<string, string> | undefined;
    } = {},
  ) {
    super(message);
    this.name = 'CompatError';
    this.status = status;
    this.data = extra.data;
    this.details = extra.details;
    this.headers = extra.headers ?? {};
  }

  toJSON(): CompatErrorBody {
    return {
      statusCode: this.status,
      error: REASONS[this.status] ?? 'Error',
      message: this.message,
      ...(this.data === undefined ? {} : { data: this.data }),
      ...(this.details === undefined ? {} : { details: this.details }),
    };
  }
}

/** One entry of a validation error's `details`, as Joi wrote them. */
export interface ValidationDetail {
  message: string;
  path: string[];
  type: string;
  context: { label: string; key: string; value?: unknown };
}

/** 400 `Erreur de validation`, with the parameter at fault in `details`. */
export function validationError(
  key: string,
  message: string,
  type: string,
  value?: unknown,
): CompatError {
  const detail: ValidationDetail = {
    message,
    path: [key],
    type,
    context: { label: key, key, ...(value === undefined ? {} : { value }) },
  };
  return new CompatError(400, 'Erreur de validation', { details: [detail] });
}
