// `trans_id` replay memory (API.md §1 "Idempotency"): per caller, 24 hours, by the clock.
import { transIdReused } from '../errors/api-errors.js';
import { DAY_MS } from '../state/time.js';
import type { Reply } from './reply.js';

interface Remembered {
  fingerprint: string;
  reply: Reply;
  at: number;
}

/** What the backend remembers of state-changing requests that carried a `trans_id`. */
export interface IdempotencyMemory {
  /**
   * Replays the first reply to `caller`'s `transId` when `fingerprint` is the same request
   * (within 24 h), throws `CBC.99007009` when it is not, or runs `execute` and remembers its
   * reply.
   */
  run(
    key: { caller: string; transId: string; fingerprint: string; now: number },
    execute: () => Reply,
  ): Reply;
  clear(): void;
}

/** Creates an empty memory. */
export function createIdempotencyMemory(): IdempotencyMemory {
  const memory = new Map<string, Remembered>();
  return {
    run({ caller, transId, fingerprint, now }, execute) {
      const id = `${caller}\n${transId}`;
      const earlier = memory.get(id);
      if (earlier && now - earlier.at < DAY_MS) {
        if (earlier.fingerprint !== fingerprint) throw transIdReused();
        return earlier.reply;
      }
      const reply = execute();
      memory.set(id, { fingerprint, reply, at: now });
      return reply;
    },
    clear: () => memory.clear(),
  };
}
