import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Frame, Page } from 'playwright';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** Debian's Chromium, as the project's browser tests launch it (no downloaded browser). */
export const CHROMIUM = {
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
};

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown; failureSummary?: string }[];
}

/**
 * Runs axe-core (WCAG 2.1 A and AA rules) in a page or frame and returns its violations,
 * shadow roots included. The source is evaluated through the debugging protocol, so the
 * page's own CSP (no inline script) stays in force for everything else.
 */
export async function axeViolations(target: Page | Frame): Promise<AxeViolation[]> {
  const loaded = await target.evaluate('typeof window.axe === "object"');
  if (loaded !== true) await target.evaluate(AXE_SOURCE);
  return target.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run(context: Document, options: object): Promise<{ violations: AxeViolation[] }> };
      }
    ).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
      iframes: false,
    });
    return result.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      nodes: violation.nodes.map((node) => ({
        target: node.target,
        failureSummary: node.failureSummary,
      })),
    }));
  });
}

/** A readable list of violations for a failing assertion. */
export function describeViolations(violations: readonly AxeViolation[]): string {
  return violations
    .map(
      (violation) =>
        `${violation.id} (${violation.impact}) : ${violation.help}\n${violation.nodes
          .slice(0, 5)
          .map((node) => `  ${JSON.stringify(node.target)} ${node.failureSummary ?? ''}`)
          .join('\n')}`,
    )
    .join('\n');
}

/**
 * Resolves once every widget of the page (outside `exclude`) has left its loading state:
 * its shadow root holds no busy card any more.
 */
export async function widgetsSettled(page: Page, exclude = ''): Promise<void> {
  await page.waitForFunction(
    (excluded) => {
      const widgets = [...document.querySelectorAll('inserjeunes-indicateurs')].filter(
        (widget) => excluded === '' || widget.closest(excluded) === null,
      );
      return widgets.every(
        (widget) =>
          widget.shadowRoot !== null &&
          widget.shadowRoot.childElementCount > 0 &&
          widget.shadowRoot.querySelector('[aria-busy="true"]') === null,
      );
    },
    exclude,
    // By interval: animation frames do not run in every page (a page in the background).
    { timeout: 30_000, polling: 100 },
  );
}
