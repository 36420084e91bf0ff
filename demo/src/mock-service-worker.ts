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

/**
 * msw's worker, beside the page (scripts/build-demo.mjs copies it there). Relative, so the demo
 * works from any folder of any static host; its scope is that folder.
 */
export const workerUrl = 'mockServiceWorker.js';

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
 * Registers the worker (its default scope: the page's folder) and waits until it controls this
 * page. msw's worker claims its clients when it activates, so a first visit is controlled moments
 * after install. Always registering (even when a worker controls the page) is msw's own way: its
 * worker unregisters itself when its last page closes, reloads included, so the worker that
 * controls a reloaded page may be on its way out. After a hard reload the page stays
 * uncontrolled; msw's `start()` then reloads it, as it always does.
 */
export async function registerMockServiceWorker(): Promise<void> {
  const { serviceWorker } = navigator;
  await serviceWorker.register(trustedWorkerUrl());
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
