import type { CredentialKind } from './auth.js';

/** One request the fake backend received (no headers or bodies, so no credentials). */
export interface RequestLogEntry {
  method: string;
  /**
   * The path below `/v2/enterprises/multi-accounts`, e.g. `/invitations/inv-…/cancel`; for a
   * request outside that base path (served over HTTP), its whole path.
   */
  path: string;
  query: Record<string, string>;
  /** The status answered; 0 when the client got no response (`timeout` or `drop` faults). */
  status: number;
  /** ISO time by the backend's clock. */
  at: string;
  /** The account the request authenticated as, or `null` when it did not get that far. */
  caller: string | null;
  /** The kind of credentials presented (`'token'`, `'ak-sk'`), or `null` for none. */
  credential: CredentialKind | null;
}
