// Registers MSW's service worker through a Trusted Types policy, so the demo pages can require
// Trusted Types for script sinks (`navigator.serviceWorker.register` is one). msw turns its
// `serviceWorker.url` option into a string, which such a page refuses; so the worker is
// registered here first, and `worker.start()` then finds the registration and reuses it.

/** The part of the Trusted Types API used here (TypeScript's DOM library does not declare it). */
interface TrustedTypePolicyFactory {
  createPolicy(
    name: string,
    rules: { createScriptURL(input: string): string },
  ): { createScriptURL(input: string): string };
}

/** The policy's name; the pages' CSP lists it in `trusted-types`. */
export const workerPolicyName = 'ec-demo-msw';

/** Where the dev server serves msw's worker (scripts/mock-service-worker.mjs). */
export const workerUrl = '/mockServiceWorker.js';

/** How long a freshly installed worker may take to take control of the page. */
const claimTimeoutMs = 3000;

function trustedWorkerUrl(): string {
  const factory = (globalThis as { trustedTypes?: TrustedTypePolicyFactory }).trustedTypes;
  if (!factory) return workerUrl;
  const policy = factory.createPolicy(workerPolicyName, {
    createScriptURL(input) {
      if (input !== workerUrl) throw new TypeError(`${workerPolicyName} refuses ${input}`);
      return input;
    },
  });
  return policy.createScriptURL(workerUrl);
}

/**
 * Registers the worker (scope `/`) and waits until it controls this page. msw's worker claims
 * its clients when it activates, so a first visit is controlled moments after install. After a
 * hard reload the page stays uncontrolled; msw's `start()` then reloads it, as it always does.
 */
export async function registerMockServiceWorker(): Promise<void> {
  const { serviceWorker } = navigator;
  await serviceWorker.register(trustedWorkerUrl(), { scope: '/' });
  await serviceWorker.ready;
  if (serviceWorker.controller) return;
  await new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, claimTimeoutMs);
    serviceWorker.addEventListener(
      'controllerchange',
      () => {
        clearTimeout(timer);
        resolve();
      },
      { once: true },
    );
  });
}
