import { isEnterpriseCenterError } from '@enterprise-center/sdk';
import type { SharedMessageKey } from './i18n/en.js';
import type { AnyTranslator } from './i18n/translator.js';

/** The sentence for each error code that has its own; every other code gets `error.generic`. */
const messageOf = new Map<string, SharedMessageKey>([
  ['NETWORK_ERROR', 'error.network'],
  ['TIMEOUT', 'error.timeout'],
  ['APIG.0301', 'error.unauthorized'],
  ['CBC.0151', 'error.forbidden'],
  ['APIG.0308', 'error.throttled'],
  ['INVALID_RESPONSE', 'error.invalidResponse'],
  ['INVALID_REQUEST', 'error.invalidRequest'],
  ['CBC.0100', 'error.invalidRequest'],
  ['EM.1001', 'error.conditions'],
  ['EM.1003', 'error.notFound'],
  ['EM.1004', 'error.wrongState'],
  ['EM.1005', 'error.agreementsChanged'],
]);

/** Turns any failure into one sentence a user can act on, in the user's language. */
export function describeError(t: AnyTranslator, error: unknown): string {
  if (!isEnterpriseCenterError(error)) return t('error.generic', { code: 'UNKNOWN' });
  const { code, message, retryAfter, invitationStatus } = error;
  return t(messageOf.get(code) ?? 'error.generic', {
    code,
    message,
    count: retryAfter ?? 1,
    status: t(`status.${invitationStatus ?? 'unknown'}`),
  });
}
