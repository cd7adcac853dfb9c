// The embed page's side (`/widget/v1/embed-frame.js`, an external script: the page's CSP
// allows no inline script): tells the parent the page's height whenever it changes.
import type { EmbedHeightMessage } from './embed-message.js';

if (window.parent !== window) {
  let last = -1;
  const post = () => {
    const height = Math.ceil(document.body.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    const message: EmbedHeightMessage = { type: 'inserjeunes-indicateurs:height', height };
    // The height says nothing private, and a sandboxed frame cannot know its parent's origin.
    window.parent.postMessage(message, '*');
  };
  new ResizeObserver(post).observe(document.body);
}
