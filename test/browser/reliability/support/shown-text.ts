// What a value or the console shows, for searching it for credentials in the page (where there
// is no util.inspect): every string reachable through own properties, hidden ones included.

/** Every string reachable from `value` (own properties, enumerable or not; errors' message,
 *  stack and cause), and its JSON, joined by new lines. */
export function everythingIn(value: unknown): string {
  const seen = new Set<unknown>();
  const strings: string[] = [];
  const walk = (item: unknown, depth: number): void => {
    if (typeof item === 'string') strings.push(item);
    if (typeof item !== 'object' || item === null || seen.has(item) || depth > 8) return;
    seen.add(item);
    if (item instanceof Error) strings.push(String(item), String(item.stack));
    for (const key of Object.getOwnPropertyNames(item)) {
      strings.push(key);
      walk((item as Record<string, unknown>)[key], depth + 1);
    }
  };
  walk(value, 0);
  try {
    strings.push(JSON.stringify(value) ?? '');
  } catch (error) {
    strings.push(`not JSON: ${String(error)}`);
  }
  return strings.join('\n');
}

/* eslint-disable no-console -- records what is written to the console */
const METHODS = ['log', 'info', 'warn', 'error', 'debug'] as const;

/** Records everything written through `console` (still passing it on) until `restore()`. */
export function captureConsole(): { output: string[]; restore(): void } {
  const output: string[] = [];
  const originals = METHODS.map((method) => [method, console[method]] as const);
  for (const [method, original] of originals) {
    console[method] = (...args: unknown[]) => {
      output.push(everythingIn(args));
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
