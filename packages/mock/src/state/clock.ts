/** The backend's clock: the injected `now` plus an offset that tests and the demo advance. */
export interface Clock {
  /** Epoch milliseconds. */
  now(): number;
  /** Moves the clock forward by `ms` (≥ 0). */
  advance(ms: number): void;
}

/** The clock with its offset exposed, for snapshot and restore. */
export interface AdjustableClock extends Clock {
  offset: number;
}

/** Creates a clock over `source` (default `Date.now`). */
export function createClock(source: () => number = () => Date.now()): AdjustableClock {
  const clock: AdjustableClock = {
    offset: 0,
    now: () => source() + clock.offset,
    advance(ms) {
      if (!Number.isFinite(ms) || ms < 0) throw new RangeError('clock.advance needs ms >= 0');
      clock.offset += ms;
    },
  };
  return clock;
}
