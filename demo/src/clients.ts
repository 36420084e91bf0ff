// SDK clients acting as a fixture account: the fake backend accepts the token `token-<account>`.
import { createClient, type Client } from '@enterprise-center/sdk';

export type { Client };

/** How long one attempt may wait for an answer before the SDK gives up and retries. */
export const requestTimeoutMs = 10_000;

/** A client acting as `account` against the fake backend at `baseUrl`. */
export function clientFor(baseUrl: string, account: string): Client {
  return createClient({ baseUrl, token: `token-${account}`, timeout: requestTimeoutMs });
}
