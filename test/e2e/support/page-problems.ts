// Collects what must never happen on a demo page: console errors, uncaught exceptions and
// Content-Security-Policy violations (reported as events in the page), for a Playwright page
// (the main demo's tests) or a puppeteer page (the portal's, in Chromium and Firefox).
import type { Page } from 'playwright-core';
import type { Page as PuppeteerPage } from 'puppeteer-core';

export interface PageProblems {
  consoleErrors: string[];
  pageErrors: string[];
  cspViolations: string[];
}

/** Runs in the page before its own scripts: reports every violation to the test. */
function reportViolations(): void {
  const report = (window as unknown as { __reportCspViolation(v: string): void })
    .__reportCspViolation;
  document.addEventListener('securitypolicyviolation', (event) =>
    report(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'}`),
  );
}

/** Starts recording `page`'s problems; call before the first navigation. */
export async function watchProblems(page: Page | PuppeteerPage): Promise<PageProblems> {
  const problems: PageProblems = { consoleErrors: [], pageErrors: [], cspViolations: [] };
  const onConsole = (message: { type(): string; text(): string }) => {
    if (message.type() === 'error') problems.consoleErrors.push(message.text());
  };
  const onPageError = (error: unknown) =>
    problems.pageErrors.push(error instanceof Error ? error.message : String(error));
  const onViolation = (violation: string) => void problems.cspViolations.push(violation);

  if ('addInitScript' in page) {
    page.on('console', onConsole);
    page.on('pageerror', onPageError);
    await page.exposeFunction('__reportCspViolation', onViolation);
    await page.addInitScript(reportViolations);
  } else {
    page.on('console', onConsole);
    page.on('pageerror', onPageError);
    await page.exposeFunction('__reportCspViolation', onViolation);
    await page.evaluateOnNewDocument(reportViolations);
  }
  return problems;
}
