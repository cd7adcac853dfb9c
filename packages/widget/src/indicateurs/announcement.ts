import { InserjeunesErrorEvent } from '../events/inserjeunes-error-event.js';
import { InserjeunesLoadEvent } from '../events/inserjeunes-load-event.js';
import { loadDetail } from './load-detail.js';
import type { WidgetFrame } from './widget-frame.js';

/**
 * The event telling the page what a widget now shows, for a settled frame: its figures (or
 * why there are none), or why they cannot be shown. A code no API knows is an integration
 * mistake: the integrator reads it in the console as well.
 */
export function announcement(
  { load, described, audience, lang }: WidgetFrame,
  code: string,
): InserjeunesLoadEvent | InserjeunesErrorEvent | null {
  switch (load.status) {
    case 'loading':
      return null;
    case 'unknown':
      console.warn(`<inserjeunes-indicateurs code="${code}"> : ${load.code} — ${load.message}`);
      return new InserjeunesErrorEvent({ code: load.code, message: load.message });
    case 'error':
      return new InserjeunesErrorEvent({ code: load.code, message: load.message });
    default:
      return new InserjeunesLoadEvent(loadDetail(load, described, audience, lang));
  }
}
