/** One day in milliseconds. */
export const DAY_MS = 86_400_000;

/** `invitation_ttl_days`: an invitation expires this long after it was created or resent. */
export const INVITATION_TTL_DAYS = 14;

/** Terminal invitations stay listed this long, then are gone. */
export const TERMINAL_RETENTION_DAYS = 30;

/** A clock reading truncated to whole seconds, so stored and shown times agree. */
export function stamp(ms: number): number {
  return Math.floor(ms / 1000) * 1000;
}

/** ISO 8601 UTC without fractions, e.g. `2026-11-26T03:00:00Z` (API.md §1). */
export function iso(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}
