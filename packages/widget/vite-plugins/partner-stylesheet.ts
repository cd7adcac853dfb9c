import type { Plugin } from 'vite';
import { partnerStylesheet } from '../src/indicateurs/reserved-room.js';

/**
 * Emits `inserjeunes-indicateurs.css`, the stylesheet partner pages link beside the script:
 * built from the same figures as the widget's own reservation, so the two never disagree.
 */
export function partnerStylesheetPlugin(): Plugin {
  return {
    name: 'partner-stylesheet',
    generateBundle() {
      this.emitFile({
        type: 'asset',
        fileName: 'inserjeunes-indicateurs.css',
        source: partnerStylesheet(),
      });
    },
  };
}
