/** One request the fake backend received (no headers, so no tokens). */
export interface RequestLogEntry {
  method: string;
  /** The path below `/v2/enterprises/multi-accounts`, e.g. `/invitations/inv-…/cancel`. */
  path: string;
  query: Record<string, string>;
  /** The status answered; 0 when the client got no response (`timeout` or `drop` faults). */
  status: number;
  /** ISO time by the backend's clock. */
  at: string;
}
