// Mocha's globals (the test runner provides them), typed here because @types/mocha is not installed.
type Body = () => Promise<void> | void;

interface MochaIt {
  (title: string, body: Body): void;
  /** A test not run here; only with a comment naming why, and a check that still runs there. */
  skip(title: string, body: Body): void;
}

interface MochaGlobals {
  describe(title: string, body: () => void): void;
  it: MochaIt;
  beforeEach(body: Body): void;
  afterEach(body: Body): void;
}

export const { describe, it, beforeEach, afterEach } = globalThis as unknown as MochaGlobals;
