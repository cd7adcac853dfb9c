// The partner page's side of the iframe's auto-height (`/widget/v1/embed.js`): resizes the
// iframe whose window sent the message, and no other. Matching on `event.source` works when
// the iframe is sandboxed without allow-same-origin (its origin is then opaque: "null").
import { isEmbedHeightMessage } from './embed-message.js';

const installed = Symbol.for('inserjeunes-indicateurs.embed');
const registry = window as unknown as Record<symbol, boolean>;

if (!registry[installed]) {
  registry[installed] = true;
  window.addEventListener('message', (event) => {
    if (event.source === null || !isEmbedHeightMessage(event.data)) return;
    for (const frame of document.querySelectorAll('iframe')) {
      if (frame.contentWindow === event.source) {
        frame.style.height = `${Math.ceil(event.data.height)}px`;
      }
    }
  });
}
