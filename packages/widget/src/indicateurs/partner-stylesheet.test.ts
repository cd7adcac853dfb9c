import type { Audience } from '@inserjeunes/contract';
import { afterEach, describe, expect, it } from 'vitest';
import { affichage, lyceeAffichage, superieurAffichage } from '../testing/fixtures.js';
import { AUDIENCE_CODES } from '../testing/scenarios.js';

// The bundle built for these tests (vitest.global-setup.ts), as partners receive it.
const DIST = '/.test-dist';

const ANSWERS: Record<Audience, () => unknown> = {
  '3eme': () => affichage(),
  lycee: () => lyceeAffichage(),
  superieur: () => superieurAffichage(),
};

interface LayoutShift extends PerformanceEntry {
  value: number;
  hadRecentInput: boolean;
}

afterEach(() => {
  document.body.replaceChildren();
});

/** A partner page in a frame `width` px wide: the stylesheet and the widget, the script not yet. */
async function partnerPage(audience: Audience, width: number): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.cssText = `width: ${width}px; height: 800px; border: 0`;
  frame.srcdoc = `<!doctype html><html lang="fr"><head>
<link rel="stylesheet" href="${DIST}/inserjeunes-indicateurs.css">
<style>body { margin: 0; font: 16px/1.5 sans-serif }</style></head><body>
<inserjeunes-indicateurs code="${AUDIENCE_CODES[audience]}" audience="${audience}" api="https://api.test"></inserjeunes-indicateurs>
<p>${'La suite de la page du partenaire. '.repeat(200)}</p></body></html>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  return frame;
}

describe.each(['3eme', 'lycee', 'superieur'] as const)(
  'the widget’s stylesheet, %s',
  (audience) => {
    it.each([320, 1000])(
      'at %i px, reserves the figures’ room before the script, and nothing moves after',
      async (width) => {
        const frame = await partnerPage(audience, width);
        const view = frame.contentWindow as (Window & typeof globalThis) | null;
        const page = frame.contentDocument;
        if (view === null || page === null) throw new Error('no frame');
        const widget = page.querySelector('inserjeunes-indicateurs');
        // Before the script: room already there.
        expect(widget?.getBoundingClientRect().height ?? 0).toBeGreaterThan(500);
        let shift = 0;
        new view.PerformanceObserver((list) => {
          for (const entry of list.getEntries() as LayoutShift[]) shift += entry.value;
        }).observe({ type: 'layout-shift', buffered: true });
        view.fetch = async () =>
          new view.Response(JSON.stringify(ANSWERS[audience]()), {
            headers: { 'content-type': 'application/json' },
          });
        // The test server rewrites the bundle's dynamic imports through its runner: the
        // frame borrows it from the test's window.
        Object.assign(view, {
          __vitest_browser_runner__: Reflect.get(window, '__vitest_browser_runner__'),
        });
        const script = page.createElement('script');
        script.type = 'module';
        script.src = `${DIST}/inserjeunes-indicateurs.js`;
        page.head.append(script);
        await expect
          .poll(() => widget?.shadowRoot?.querySelector('[part~="value"]') ?? null, {
            timeout: 5000,
          })
          .not.toBeNull();
        await new Promise((resolve) => setTimeout(resolve, 300));
        expect(shift).toBeLessThanOrEqual(0.05);
      },
    );
  },
);
