// Fault injection: added latency and one-shot faults, optionally limited to a method/path.

/** Which requests a fault applies to; an absent field matches every request. */
export interface FaultMatch {
  /** HTTP method, case-insensitive. */
  method?: string;
  /**
   * The path below `/v2/enterprises/multi-accounts` (e.g. `/invitations`), compared exactly, or
   * a RegExp tested against it (e.g. `/\/cancel$/`).
   */
  path?: string | RegExp;
}

/** A one-shot fault for the next matching request. */
export type Fault =
  /** Answer with this status (error body `CBC.0999` for 5xx). */
  | { type: 'status'; status: number }
  /** No answer: held until the client aborts (its timeout) or 30 s pass, then a network error. */
  | { type: 'timeout' }
  /** 429 `APIG.0308` with `Retry-After: retryAfter` seconds (default 1). */
  | { type: 'throttle'; retryAfter?: number }
  /** Apply the request, then lose the response as a network error. */
  | { type: 'drop' };

/** The fault controls of a fake backend. */
export interface Faults {
  /** Adds `ms` of latency to every (matching) response; 0 removes it. */
  setLatency(ms: number, match?: FaultMatch): void;
  /** Queues a fault for the next matching request; faults are used once, in order. */
  failNext(fault: Fault, match?: FaultMatch): void;
  /** Removes the latency and every queued fault. */
  clear(): void;
}

/** What happens to one request. */
export interface FaultPlan {
  latency: number;
  fault: Fault | undefined;
}

/** Fault controls plus `take`, which the handlers call once per request. */
export interface FaultInjector extends Faults {
  take(method: string, path: string): FaultPlan;
}

function matches(match: FaultMatch | undefined, method: string, path: string): boolean {
  if (!match) return true;
  if (match.method !== undefined && match.method.toUpperCase() !== method.toUpperCase()) {
    return false;
  }
  if (match.path === undefined) return true;
  return typeof match.path === 'string' ? match.path === path : match.path.test(path);
}

/** Creates an injector with no latency and no faults. */
export function createFaultInjector(): FaultInjector {
  let latency: { ms: number; match?: FaultMatch } = { ms: 0 };
  let queue: { fault: Fault; match?: FaultMatch }[] = [];
  return {
    setLatency(ms, match) {
      if (!Number.isFinite(ms) || ms < 0) throw new RangeError('latency must be >= 0 ms');
      latency = { ms, match };
    },
    failNext(fault, match) {
      if (fault.type === 'status' && !(fault.status >= 400 && fault.status <= 599)) {
        throw new RangeError('a status fault needs a 4xx or 5xx status');
      }
      queue.push({ fault, match });
    },
    clear() {
      latency = { ms: 0 };
      queue = [];
    },
    take(method, path) {
      const index = queue.findIndex((entry) => matches(entry.match, method, path));
      const fault = index >= 0 ? queue.splice(index, 1)[0]?.fault : undefined;
      return { latency: matches(latency.match, method, path) ? latency.ms : 0, fault };
    },
  };
}
