// axe-core (installed with @open-wc/testing's chai-a11y-axe) run inside a page.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';

/** A Playwright or puppeteer page: both evaluate a script given as a string. */
interface ScriptablePage {
  evaluate(script: string): Promise<unknown>;
}

const require = createRequire(import.meta.url);
let source: Promise<string> | undefined;

/** The rule ids and targets axe finds violated on the whole page (shadow roots included). */
export async function axeViolations(page: ScriptablePage): Promise<string[]> {
  source ??= readFile(require.resolve('axe-core/axe.min.js'), 'utf8');
  // Evaluated through the DevTools protocol, so the page's CSP does not block injecting it.
  await page.evaluate(await source);
  return (await page.evaluate(`axe.run(document).then((result) =>
    result.violations.map((v) => v.id + ': ' + v.nodes.map((n) => n.target.join(' ')).join(', ')))`)) as string[];
}
