import { expect, type Page } from '@playwright/test';
import { WIDGET_TEXT } from './widget-texts.js';

/**
 * Waits until a page has nothing left to fetch and no widget, in the page or in its frames,
 * still says it is loading.
 */
export async function pageSettled(page: Page, timeout = 30_000): Promise<void> {
  await page.waitForLoadState('networkidle', { timeout });
  await expect
    .poll(
      async () => {
        let loading = 0;
        for (const frame of page.frames()) {
          loading += await frame.getByText(WIDGET_TEXT.loading).count();
        }
        return loading;
      },
      { timeout, message: 'des widgets sont encore en chargement' },
    )
    .toBe(0);
}
