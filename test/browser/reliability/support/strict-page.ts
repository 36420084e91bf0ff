// DOM helpers for tests that put a Content-Security-Policy in force before any product code loads:
// plain DOM only (no lit, no SDK, no @open-wc/testing), so importing them cannot run product code
// before the policy.

/**
 * The strict policy the CSP tests put in force: scripts from this origin only, no plugins, no
 * `<base>`, Trusted Types required with lit's policy allowed; `extra` directives are added.
 */
export const strictPolicy = (...extra: string[]) =>
  [
    "script-src 'self'",
    ...extra,
    "object-src 'none'",
    "base-uri 'none'",
    "require-trusted-types-for 'script'",
    'trusted-types lit-html',
  ].join('; ');

export const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits until `found` returns something truthy (checked every 20 ms, for up to 5 s). */
export async function waitFor<T>(
  found: () => T | null | undefined | false,
  what: string,
): Promise<T> {
  for (let waited = 0; waited < 5000; waited += 20) {
    const value = found();
    if (value) return value;
    await pause(20);
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** The text of `root`, white space folded. */
export const text = (root: ParentNode | null | undefined) =>
  (root?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The button in `root` whose accessible name (its aria-label, else its text) is `name`. */
export const button = (root: ParentNode, name: string) =>
  waitFor(
    () =>
      [...root.querySelectorAll('button')].find(
        (candidate) => (candidate.getAttribute('aria-label') ?? text(candidate)) === name,
      ),
    `the button ${name}`,
  );

/** Puts `policy` in force with a `<meta>`, recording every violation reported into `violations`. */
export function applyPolicy(policy: string, violations: string[]): void {
  document.addEventListener('securitypolicyviolation', (event) =>
    violations.push(`${event.effectiveDirective}: ${event.blockedURI || event.sample || 'inline'}`),
  );
  const meta = document.createElement('meta');
  meta.httpEquiv = 'Content-Security-Policy';
  meta.content = policy;
  document.head.append(meta);
}
