/** Which explanation was opened: its id within the widget, and what it explains. */
export interface InfoOpenDetail {
  id: string;
  subject: string;
}

/** A reader opened an explanation (never fired on closing it). */
export class InserjeunesInfoOpenEvent extends CustomEvent<InfoOpenDetail> {
  static readonly eventName = 'inserjeunes-info-open';

  constructor(detail: InfoOpenDetail) {
    super(InserjeunesInfoOpenEvent.eventName, { detail, bubbles: true, composed: true });
  }
}
