import { expect, type FrameLocator, type Page } from '@playwright/test';
import { WIDGET_TEXT } from './widget-texts.js';

/**
 * Waits until `count` widgets have left their loading state, each showing what the API
 * answered (figures, a reason, an error) or the unknown-code line.
 */
export async function widgetsSettled(
  scope: Page | FrameLocator,
  count: number,
  timeout = 20_000,
): Promise<void> {
  await expect
    .poll(
      async () => {
        const loading = await scope.getByText(WIDGET_TEXT.loading).count();
        const drawn = await scope.getByRole('link', { name: WIDGET_TEXT.sourceLink }).count();
        const unknown = await scope.getByText(WIDGET_TEXT.unknown).count();
        return { loading, settled: drawn + unknown };
      },
      { timeout, message: `${count} widgets affichés, aucun en chargement` },
    )
    .toEqual({ loading: 0, settled: count });
}
