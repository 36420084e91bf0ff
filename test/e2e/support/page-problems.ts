// Collects what must never happen on a demo page: console errors, uncaught exceptions and
// Content-Security-Policy violations (reported both as events in the page and on the console).
import type { Page } from 'playwright-core';

export interface PageProblems {
  consoleErrors: string[];
  pageErrors: string[];
  cspViolations: string[];
}

/** Starts recording `page`'s problems; call before the first navigation. */
export async function watchProblems(page: Page): Promise<PageProblems> {
  const problems: PageProblems = { consoleErrors: [], pageErrors: [], cspViolations: [] };
  page.on('console', (message) => {
    if (message.type() === 'error') problems.consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => problems.pageErrors.push(error.message));
  await page.exposeFunction('__reportCspViolation', (violation: string) =>
    problems.cspViolations.push(violation),
  );
  await page.addInitScript(() => {
    const report = (window as unknown as { __reportCspViolation(v: string): void })
      .__reportCspViolation;
    document.addEventListener('securitypolicyviolation', (event) =>
      report(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'}`),
    );
  });
  return problems;
}
