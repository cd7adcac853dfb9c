import type { Page } from '@playwright/test';

/**
 * How much the page has moved under the reader's eyes since it started: the Layout
 * Instability API's entries, summed (shifts right after an input aside), as Chromium
 * counts them for Cumulative Layout Shift within one session.
 */
export function layoutShift(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        let total = 0;
        const observer = new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) {
            const shift = entry as PerformanceEntry & { value: number; hadRecentInput: boolean };
            if (!shift.hadRecentInput) total += shift.value;
          }
        });
        observer.observe({ type: 'layout-shift', buffered: true });
        requestAnimationFrame(() =>
          requestAnimationFrame(() => {
            observer.disconnect();
            resolve(total);
          }),
        );
      }),
  );
}
