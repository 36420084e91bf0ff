// Mocha's globals (the test runner provides them), typed here because @types/mocha is not installed.
type Body = () => Promise<void> | void;

interface MochaGlobals {
  describe(title: string, body: () => void): void;
  it(title: string, body: Body): void;
  beforeEach(body: Body): void;
  afterEach(body: Body): void;
}

export const { describe, it, beforeEach, afterEach } = globalThis as unknown as MochaGlobals;
