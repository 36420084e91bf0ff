/**
 * A fresh UUID v4 to pass as `idempotencyKey`: make one per user attempt and reuse it on every
 * retry of that attempt, so a repeated request is replayed by the server instead of applied twice.
 * The client makes one the same way when a state-changing call gets none. Works on pages without a
 * secure context too, where browsers leave out `crypto.randomUUID` (`getRandomValues` fallback).
 */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
