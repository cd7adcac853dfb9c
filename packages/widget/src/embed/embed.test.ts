import { afterEach, describe, expect, it } from 'vitest';
import './embed.js';
import { isEmbedHeightMessage } from './embed-message.js';

afterEach(() => {
  document.body.replaceChildren();
});

/** A sandboxed frame (opaque origin: no allow-same-origin) that posts `message` to its parent. */
function frameSending(message: string): HTMLIFrameElement {
  const frame = document.createElement('iframe');
  frame.setAttribute('sandbox', 'allow-scripts');
  frame.style.height = '150px';
  frame.srcdoc = `<script>parent.postMessage(${message}, '*');</script>`;
  document.body.append(frame);
  return frame;
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 300));

describe('embed.js, on the partner page', () => {
  it('resizes the sandboxed iframe that sent its height, and no other', async () => {
    const quiet = document.createElement('iframe');
    quiet.style.height = '150px';
    document.body.append(quiet);
    const sender = frameSending(`{ type: 'inserjeunes-indicateurs:height', height: 432.4 }`);
    await expect.poll(() => sender.style.height).toBe('433px');
    expect(quiet.style.height).toBe('150px');
  });

  it.each([
    [`{ type: 'autre', height: 300 }`],
    [`{ type: 'inserjeunes-indicateurs:height', height: '300' }`],
    [`{ type: 'inserjeunes-indicateurs:height', height: -5 }`],
    [`{ type: 'inserjeunes-indicateurs:height', height: 1e9 }`],
    [`'inserjeunes-indicateurs:height 300'`],
    [`null`],
  ])('ignores a message of the wrong shape: %s', async (message) => {
    const frame = frameSending(message);
    await settle();
    expect(frame.style.height).toBe('150px');
  });

  it('ignores a height message that comes from no iframe of the page', async () => {
    const frame = document.createElement('iframe');
    frame.style.height = '150px';
    document.body.append(frame);
    window.postMessage({ type: 'inserjeunes-indicateurs:height', height: 500 }, '*');
    await settle();
    expect(frame.style.height).toBe('150px');
  });
});

describe('embed-frame.js, inside the embed page', () => {
  it('tells the parent its height, and again when it changes', async () => {
    const heights: number[] = [];
    const listen = (event: MessageEvent) => {
      if (isEmbedHeightMessage(event.data)) heights.push(event.data.height);
    };
    window.addEventListener('message', listen);
    const frame = document.createElement('iframe');
    const script = new URL('./embed-frame.ts', import.meta.url).href;
    frame.srcdoc = `<body style="margin:0"><div id="box" style="height:321px"></div>
      <script type="module" src="${script}"></script></body>`;
    document.body.append(frame);
    await expect.poll(() => heights.at(-1), { timeout: 5000 }).toBe(321);
    const box = frame.contentDocument?.getElementById('box');
    if (box) box.style.height = '654px';
    await expect.poll(() => heights.at(-1), { timeout: 5000 }).toBe(654);
    window.removeEventListener('message', listen);
  });
});
