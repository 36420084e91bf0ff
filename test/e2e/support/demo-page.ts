// What a person does on the demo page, in the words they would use: the widgets are found by
// role and accessible name (Playwright's locators pierce open shadow roots).
import type { Locator, Page } from 'playwright-core';

/** The panel (a labelled region) whose heading is `name`. */
export function region(page: Page, name: string | RegExp): Locator {
  return page.getByRole('region', { name });
}

/** Acts as `account` with the persona switcher and waits for its widget's panel. */
export async function actAs(page: Page, account: string): Promise<void> {
  await page.getByLabel('Act as').selectOption(account);
  await region(page, new RegExp(`^${account}[: ]`)).waitFor();
}

/** Picks the organization unit whose option text contains `unitName`. */
export async function chooseUnit(page: Page, unitName: string): Promise<void> {
  const select = page.getByLabel('Organization unit', { exact: true });
  const value = await select.locator('option', { hasText: unitName }).getAttribute('value');
  await select.selectOption(value ?? '');
}

/** Fills the invite form for an eligible account and waits for its check to pass. */
export async function prepareInvitation(page: Page, account: string, unit: string): Promise<void> {
  await chooseUnit(page, unit);
  await page.getByLabel('Account name').fill(account);
  await page.getByText(`${account} (`).and(page.getByText('meets every condition')).waitFor();
  await page.getByRole('checkbox', { name: /I have read and agree/ }).check();
}

/** Submits the invite form and confirms with OK. */
export async function submitAndConfirm(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Submit' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'OK' }).click();
}

/** The member quota line: `<invite-member>`'s, the only one the page shows. */
export function quotaLine(page: Page, master: string): Locator {
  return region(page, `${master} invites an existing account`).getByText(/^Member quota:/);
}

/** The row of the sent-invitations table for `account`. */
export function sentRow(page: Page, master: string, account: string): Locator {
  return region(page, `Invitations sent by ${master}`).getByRole('row', {
    name: new RegExp(`^${account} `),
  });
}

/** The names of the events in the event log, newest first. */
export async function loggedEvents(page: Page): Promise<string[]> {
  const names = region(page, 'Event log').locator('.event-log__name');
  return names.allTextContents();
}
