import type { Locator, Page } from 'playwright-core';

/**
 * Picks an option of an antd select as a person does: opens it, types `typed` when given (a
 * server-searching select), waits until the search has answered — the options of an earlier text
 * move when the answer arrives, so a click before it could land on another record — and clicks
 * the first option showing `text`; then checks the select shows the choice.
 */
export async function pickOption(page: Page, select: Locator, text: string | RegExp, typed?: string): Promise<void> {
  await select.click();
  if (typed) {
    await page.keyboard.type(typed);
    await select.and(page.locator(':not([data-searching])')).waitFor();
  }
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: text }).first().click();
  await select.filter({ hasText: text }).waitFor();
}
