import type { AdjustableClock } from '../state/clock.js';
import type { State } from '../state/model.js';
import type { FaultInjector } from './faults.js';
import type { IdempotencyMemory } from './idempotency.js';
import type { RequestLogEntry } from './request-log.js';

/** The backend's state and clock; `state` is replaced by reset and restore. */
export interface Store {
  state: State;
  clock: AdjustableClock;
}

/** Everything the handlers share. */
export interface Services {
  /** `{baseUrl}/v2/enterprises/multi-accounts`. */
  apiBase: string;
  store: Store;
  faults: FaultInjector;
  idempotency: IdempotencyMemory;
  log: RequestLogEntry[];
}
