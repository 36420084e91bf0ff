// Fails a test during which a promise rejection went unhandled in the page: faults, removals
// and hostile answers must end in something the user sees, never in a rejection nobody handles.
// Plain chai, not @open-wc/testing: that loads lit, which the CSP test must load only later.
import { expect } from '@esm-bundle/chai';
import { afterEach, beforeEach } from '../../../../packages/widgets/test/shared/mocha.js';

/** Registers the guard for every test of the enclosing file (call at the top level). */
export function failOnUnhandledRejections(): void {
  const unhandled: unknown[] = [];
  const record = (event: PromiseRejectionEvent): void => {
    unhandled.push(event.reason);
  };
  beforeEach(() => window.addEventListener('unhandledrejection', record));
  afterEach(async () => {
    // The event is dispatched in a task after the microtasks that left the rejection unhandled.
    for (let turn = 0; turn < 2; turn += 1) await new Promise((resolve) => setTimeout(resolve));
    window.removeEventListener('unhandledrejection', record);
    expect(unhandled.splice(0).map(String), 'unhandled promise rejections').to.deep.equal([]);
  });
}
