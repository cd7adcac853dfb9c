/** Why the figures cannot be shown: `code` is the API's error code or the widget's own. */
export interface ErrorDetail {
  code: string;
  message: string;
}

/** The figures cannot be shown: unknown code, wrong attribute or network error. */
export class InserjeunesErrorEvent extends CustomEvent<ErrorDetail> {
  static readonly eventName = 'inserjeunes-error';

  constructor(detail: ErrorDetail) {
    super(InserjeunesErrorEvent.eventName, { detail, bubbles: true, composed: true });
  }
}
