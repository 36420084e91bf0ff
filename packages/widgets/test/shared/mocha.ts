// Mocha's globals (the test runner provides them), typed here because @types/mocha is not installed.
interface MochaGlobals {
  describe(title: string, body: () => void): void;
  it(title: string, body: () => Promise<void> | void): void;
  beforeEach(body: () => Promise<void> | void): void;
  afterEach(body: () => Promise<void> | void): void;
}

export const { describe, it, beforeEach, afterEach } = globalThis as unknown as MochaGlobals;
