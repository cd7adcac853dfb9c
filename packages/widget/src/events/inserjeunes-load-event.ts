import type { LoadDetail } from '../indicateurs/load-detail.js';

/** Figures (or the reason there are none) are on screen; fired once per answer drawn. */
export class InserjeunesLoadEvent extends CustomEvent<LoadDetail> {
  static readonly eventName = 'inserjeunes-load';

  constructor(detail: LoadDetail) {
    super(InserjeunesLoadEvent.eventName, { detail, bubbles: true, composed: true });
  }
}
