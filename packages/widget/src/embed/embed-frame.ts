// The embed page's side (`/widget/v1/embed-frame.js`, an external script: the page's CSP
// allows no inline script): tells the parent the page's height whenever it changes.
import type { EmbedHeightMessage } from './embed-message.js';

/** After each of the widget's events, when its drawing may still be settling. */
const FOLLOW_UPS_MS = [50, 250, 1000];

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
  // A frame below the fold is not rendered (the browser throttles it), so the observer stays
  // silent until the reader scrolls to it and the page would move under their eyes. Measuring
  // lays the page out anyway: the widget's own events, and a few late checks after each, give
  // the parent the height before the frame is seen.
  const measureSoon = () => {
    post();
    for (const delay of FOLLOW_UPS_MS) setTimeout(post, delay);
  };
  window.addEventListener('load', measureSoon);
  for (const name of ['inserjeunes-load', 'inserjeunes-error']) {
    document.addEventListener(name, measureSoon);
  }
}
