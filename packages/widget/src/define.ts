import { prefetchFigures } from './audiences/audience-views.js';
import { InserjeunesIndicateurs } from './indicateurs/inserjeunes-indicateurs.js';

/**
 * Registers `<inserjeunes-indicateurs>` unless the page already has it: the script may be
 * included twice, or from two addresses, or next to the npm package.
 */
export function defineInserjeunesIndicateurs(): void {
  if (customElements.get('inserjeunes-indicateurs') !== undefined) return;
  customElements.define('inserjeunes-indicateurs', InserjeunesIndicateurs);
  prefetchFigures();
}
