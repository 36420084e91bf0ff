import type { PrecheckResult } from '@enterprise-center/sdk';
import type { RequestedPaymentMethod } from './payment-field.js';

/** What a precheck is asked about (`''` = not given): the same three give the same answer. */
export interface PrecheckInput {
  accountName: string;
  orgId: string;
  paymentMethod: RequestedPaymentMethod | '';
}

/** The cache key of an input. */
export function precheckKey(input: PrecheckInput): string {
  return JSON.stringify([input.accountName, input.orgId, input.paymentMethod]);
}

/**
 * Recent precheck answers by input, so going back to an input checked a moment ago shows its
 * answer at once instead of asking the server again. Entries expire after `ttl` ms; at most
 * `capacity` are kept (oldest dropped first).
 */
export class PrecheckCache {
  readonly #entries = new Map<string, { result: PrecheckResult; at: number }>();

  constructor(
    private readonly ttl = 30_000,
    private readonly capacity = 50,
    private readonly now: () => number = Date.now,
  ) {}

  get(key: string): PrecheckResult | undefined {
    const entry = this.#entries.get(key);
    if (entry && this.now() - entry.at <= this.ttl) return entry.result;
    this.#entries.delete(key); // expired, if there was one
    return undefined;
  }

  set(key: string, result: PrecheckResult): void {
    this.#entries.delete(key);
    this.#entries.set(key, { result, at: this.now() });
    if (this.#entries.size > this.capacity) {
      const oldest = this.#entries.keys().next().value;
      if (oldest !== undefined) this.#entries.delete(oldest);
    }
  }

  /** Forgets every answer (the server's state changed, e.g. an invitation was sent). */
  clear(): void {
    this.#entries.clear();
  }
}
