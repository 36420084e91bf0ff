// Searching what an error, an event or the console shows for credentials.
import assert from 'node:assert/strict';
import { inspect } from 'node:util';

/**
 * Everything `value` can show a person or a log: `util.inspect` at any depth with hidden
 * properties and getters, its JSON, and for errors the message, stack and every cause's.
 */
export function everythingShown(value: unknown): string {
  const parts = [inspect(value, { depth: Infinity, showHidden: true, getters: true })];
  try {
    parts.push(JSON.stringify(value) ?? '');
  } catch (error) {
    parts.push(`JSON.stringify failed: ${String(error)}`);
  }
  for (let cause = value, depth = 0; cause instanceof Error && depth < 10; depth += 1) {
    parts.push(String(cause), cause.message, String(cause.stack));
    cause = cause.cause;
  }
  return parts.join('\n');
}

/** Fails when `shown` contains any of `secrets`. */
export function assertNoSecrets(what: string, shown: string, secrets: readonly string[]): void {
  for (const secret of secrets) {
    assert.equal(
      shown.includes(secret),
      false,
      `${what} shows a credential (${secret.slice(0, 4)}…)`,
    );
  }
}

/* eslint-disable no-console -- this helper wraps the console to record what is written to it */
const CONSOLE_METHODS = ['log', 'info', 'warn', 'error', 'debug', 'trace'] as const;

/** Records everything written through `console` until `restore()` (and still lets it through). */
export function captureConsole(): { output: string[]; restore(): void } {
  const output: string[] = [];
  const originals = CONSOLE_METHODS.map((method) => [method, console[method]] as const);
  for (const [method, original] of originals) {
    console[method] = (...args: unknown[]) => {
      output.push(args.map((arg) => everythingShown(arg)).join(' '));
      original.apply(console, args);
    };
  }
  return {
    output,
    restore: () => {
      for (const [method, original] of originals) console[method] = original;
    },
  };
}
