import type { Locator, Page } from '@playwright/test';

/** Whether the element has the focus, inside a shadow root as well as in the document. */
function hasFocus(target: Locator): Promise<boolean> {
  return target.evaluate((element) => {
    const root = element.getRootNode();
    return (
      (root instanceof Document || root instanceof ShadowRoot) && root.activeElement === element
    );
  });
}

/** Presses Tab, as a keyboard user does, until `target` has the focus. */
export async function focusByTab(page: Page, target: Locator, maxPresses = 30): Promise<number> {
  for (let presses = 1; presses <= maxPresses; presses += 1) {
    await page.keyboard.press('Tab');
    if (await hasFocus(target)) return presses;
  }
  throw new Error(`${String(target)} n’a pas reçu le focus après ${maxPresses} tabulations`);
}
