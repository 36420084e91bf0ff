import type { HttpHandler } from 'msw';
import { createControl, type Control } from './control.js';
import { createFaultInjector, type Faults } from './handlers/faults.js';
import { createFetchHandler } from './handlers/fetch.js';
import { createIdempotencyMemory } from './handlers/idempotency.js';
import { createHandlers } from './handlers/index.js';
import type { RequestLogEntry } from './handlers/request-log.js';
import type { Services, Store } from './handlers/services.js';
import { seedState } from './seed/seed-state.js';
import { createClock, type Clock } from './state/clock.js';
import type { State } from './state/model.js';

/** Options of `createFakeBackend`. */
export interface FakeBackendOptions {
  /** Origin (and optional prefix) the handlers answer for; default `https://ec.example.test`. */
  baseUrl?: string;
  /** The clock source in epoch ms; default `Date.now`. */
  now?: () => number;
}

/** The backend's whole state as JSON data (`JSON.stringify`-safe), for `restore`. */
export interface FakeBackendSnapshot {
  version: 1;
  /** The clock's offset from the injected `now`, in ms. */
  clockOffset: number;
  state: State;
}

/** A stateful fake of the Enterprise Center membership API, as MSW handlers. */
export interface FakeBackend {
  readonly baseUrl: string;
  /** MSW handlers for `{baseUrl}/v2/enterprises/multi-accounts/*`: `setupServer(...handlers)`. */
  readonly handlers: HttpHandler[];
  /**
   * The same handlers as a Fetch-standard handler, for servers (`serveFakeBackend` serves it
   * over HTTP) and runtimes without MSW's interception. It answers by path and query at
   * `baseUrl`'s origin, whatever origin the request was sent to; anything outside the API base
   * path is 404 `APIG.0101`. A lost response (`drop` and `timeout` faults) is
   * `Response.error()`, which a server turns into a closed connection.
   */
  fetch(request: Request): Promise<Response>;
  /**
   * Back to a fresh backend: the clock back to the injected `now` (offset 0), the state of
   * FIXTURES.md relative to it, no faults, an empty request log and `trans_id` memory.
   */
  reset(): void;
  /** A deep copy of the state and the clock offset. */
  snapshot(): FakeBackendSnapshot;
  /** Replaces the state and clock offset by a snapshot's; clears `trans_id` memory. */
  restore(snapshot: FakeBackendSnapshot): void;
  readonly clock: Clock;
  readonly control: Control;
  readonly faults: Faults;
  /** The requests served since the last reset or `clearRequests()` (a copy). */
  readonly requests: readonly RequestLogEntry[];
  clearRequests(): void;
}

/** The default `baseUrl`. */
export const DEFAULT_BASE_URL = 'https://ec.example.test';

const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

function isSnapshot(value: unknown): value is FakeBackendSnapshot {
  const s = value as Partial<FakeBackendSnapshot> | null;
  return (
    typeof s === 'object' &&
    s !== null &&
    s.version === 1 &&
    typeof s.clockOffset === 'number' &&
    typeof s.state?.accounts === 'object' &&
    Array.isArray(s.state.invitations) &&
    typeof s.state.invitationSeq === 'number'
  );
}

/**
 * Creates a fake backend seeded with FIXTURES.md.
 *
 * @example
 * const backend = createFakeBackend();
 * const server = setupServer(...backend.handlers);
 */
export function createFakeBackend(options: FakeBackendOptions = {}): FakeBackend {
  const baseUrl = (options.baseUrl ?? DEFAULT_BASE_URL).replace(/\/+$/, '');
  const clock = createClock(options.now);
  const store: Store = { state: seedState(clock.now()), clock };
  const services: Services = {
    apiBase: `${baseUrl}/v2/enterprises/multi-accounts`,
    store,
    faults: createFaultInjector(),
    idempotency: createIdempotencyMemory(),
    log: [],
  };

  const handlers = createHandlers(services);
  return {
    baseUrl,
    handlers,
    fetch: createFetchHandler(services, handlers),
    reset() {
      clock.offset = 0;
      store.state = seedState(clock.now());
      services.faults.clear();
      services.idempotency.clear();
      services.log.length = 0;
    },
    snapshot: () => ({ version: 1, clockOffset: clock.offset, state: copy(store.state) }),
    restore(snapshot) {
      if (!isSnapshot(snapshot)) throw new TypeError('restore: not a fake backend snapshot');
      store.state = copy(snapshot.state);
      clock.offset = snapshot.clockOffset;
      services.idempotency.clear();
    },
    clock,
    control: createControl(store),
    faults: services.faults,
    get requests() {
      return services.log.map((entry) => ({ ...entry, query: { ...entry.query } }));
    },
    clearRequests() {
      services.log.length = 0;
    },
  };
}
