import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect, type Frame, type Page } from '@playwright/test';

const AXE_SOURCE = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

/** The WCAG 2.1 A and AA rules, as the product promises. */
const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown; failureSummary: string | undefined }[];
}

/**
 * axe-core in one frame, shadow roots included. The source goes in through the debugging
 * protocol, so a page's CSP does not stop it, and sandboxed cross-origin frames are
 * reached the same way; only violations come back (the passes of a page with dozens of
 * widgets weigh more than the run itself).
 */
async function violationsIn(frame: Frame): Promise<Violation[]> {
  if ((await frame.evaluate('typeof window.axe')) !== 'object') await frame.evaluate(AXE_SOURCE);
  return frame.evaluate(async (tags) => {
    const { axe } = window as unknown as {
      axe: {
        run(
          context: Document,
          options: object,
        ): Promise<{
          violations: {
            id: string;
            impact?: string | null;
            help: string;
            nodes: { target: unknown; failureSummary?: string }[];
          }[];
        }>;
      };
    };
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: tags },
      resultTypes: ['violations'],
      iframes: false,
    });
    return result.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact ?? null,
      help: violation.help,
      nodes: violation.nodes.map((node) => ({
        target: node.target,
        failureSummary: node.failureSummary,
      })),
    }));
  }, WCAG_21_AA);
}

function readable(violations: readonly Violation[]): string {
  return violations
    .map(
      (violation) =>
        `${violation.id} (${violation.impact ?? '?'}) : ${violation.help}\n${violation.nodes
          .slice(0, 5)
          .map((node) => `  ${JSON.stringify(node.target)} ${node.failureSummary ?? ''}`)
          .join('\n')}`,
    )
    .join('\n');
}

/**
 * Runs axe-core (WCAG 2.1 A and AA) on the page and on each of its frames, sandboxed ones
 * included, and fails with a readable list of what is wrong.
 */
export async function expectAccessible(page: Page, what: string): Promise<void> {
  for (const frame of page.frames()) {
    const violations = await violationsIn(frame);
    const where = frame === page.mainFrame() ? what : `${what}, cadre ${frame.url()}`;
    expect(violations, `${where}\n${readable(violations)}`).toEqual([]);
  }
}
