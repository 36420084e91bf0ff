import { agreementsNotAccepted } from '../errors/api-errors.js';
import type { WireAgreement } from '../wire.js';

/** EM.1005 unless every current agreement was sent with its current version. */
export function requireAgreements(
  current: readonly WireAgreement[],
  sent: readonly { id: string; version: string }[],
): void {
  const accepted = current.every((a) => sent.some((s) => s.id === a.id && s.version === a.version));
  if (!accepted) throw agreementsNotAccepted(current);
}
