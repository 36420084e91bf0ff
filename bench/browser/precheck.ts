// Precheck efficiency of <invite-member>: a scripted user (real key events) types `acme-robotics`
// at 60 ms per key, retypes the same value, then switches the payment method. Counts the precheck
// requests of each step in the fake backend's request log (targets: 1, 0, 1).
import type { Page } from 'playwright-core';
import { summarize, type Summary } from '../lib/stats.js';
import type { BenchApi } from './page.js';

/** Precheck requests per step, over the runs. */
export interface PrecheckResult {
  caller: string;
  account: string;
  keyDelayMs: number;
  typing: Summary;
  retyping: Summary;
  switchingPayment: Summary;
}

const CALLER = 'zenith-corp'; // a master that may choose either payment method
const ACCOUNT = 'acme-robotics';
const KEY_DELAY_MS = 60;
/** Quiet time after a step: the element's 400 ms debounce plus the answer. */
const SETTLE_MS = 1200;

const prechecks = (page: Page): Promise<number> =>
  page.evaluate(
    () =>
      (window as unknown as { bench: BenchApi }).bench
        .requests()
        .filter((r) => r.method === 'POST' && r.path === '/invitations/precheck').length,
  );

/** What one run counted: precheck requests made by each step. */
async function runOnce(page: Page): Promise<[number, number, number]> {
  await page.evaluate(async (caller) => {
    const { bench } = window as unknown as { bench: BenchApi };
    bench.reset();
    await bench.load('invite-member', caller);
  }, CALLER);
  const account = page.locator('invite-member #account');
  await page.locator('invite-member input[name="payment"][value="paid_by_master"]').check();

  await account.click();
  await account.pressSequentially(ACCOUNT, { delay: KEY_DELAY_MS });
  await page.waitForTimeout(SETTLE_MS);
  const typed = await prechecks(page);

  await account.selectText();
  await account.pressSequentially(ACCOUNT, { delay: KEY_DELAY_MS });
  await page.waitForTimeout(SETTLE_MS);
  const retyped = await prechecks(page);

  await page.locator('invite-member input[name="payment"][value="paid_by_member"]').check();
  await page.waitForTimeout(SETTLE_MS);
  const switched = await prechecks(page);
  return [typed, retyped - typed, switched - retyped];
}

/** Runs the scenario `runs` times on a fresh element and backend each time. */
export async function benchPrecheck(page: Page, runs = 5): Promise<PrecheckResult> {
  const counts: [number, number, number][] = [];
  for (let i = 0; i < runs; i++) counts.push(await runOnce(page));
  return {
    caller: CALLER,
    account: ACCOUNT,
    keyDelayMs: KEY_DELAY_MS,
    typing: summarize(counts.map((c) => c[0])),
    retyping: summarize(counts.map((c) => c[1])),
    switchingPayment: summarize(counts.map((c) => c[2])),
  };
}
