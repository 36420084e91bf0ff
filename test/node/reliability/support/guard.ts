// Fails a test during which a promise rejection went unhandled: a fault or a hostile answer must
// end in one outcome the caller sees, never in a rejection nobody listens to.
import assert from 'node:assert/strict';
import { after, afterEach, before } from 'node:test';
import { setImmediate as nextTurn } from 'node:timers/promises';

/** Registers the guard for the enclosing test file (call at the top level). */
export function failOnUnhandledRejections(): void {
  const unhandled: unknown[] = [];
  const record = (reason: unknown): void => {
    unhandled.push(reason);
  };
  before(() => {
    process.on('unhandledRejection', record);
  });
  afterEach(async () => {
    // A rejection is reported as unhandled only after the microtask queue drained.
    await nextTurn();
    await nextTurn();
    assert.deepEqual(unhandled.splice(0), [], 'promise rejections went unhandled');
  });
  after(() => {
    process.off('unhandledRejection', record);
  });
}
